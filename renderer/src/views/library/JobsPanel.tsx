import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useJobs } from '../../api/queries';
import { dismissJob, useDismissedJobs } from './dismissedJobs';
import { JobCard } from './JobCard';
import { selectVisibleJobs } from './visibleJobs';

export function JobsPanel() {
  const { t } = useTranslation();
  const { data: jobs } = useJobs();
  const dismissed = useDismissedJobs();
  const visible = useMemo(() => selectVisibleJobs(jobs ?? [], dismissed), [jobs, dismissed]);
  if (visible.length === 0) return null;
  return (
    <section className="jobs-panel" aria-label={t('jobs.title')}>
      <Typography.Title level={5} className="jobs-panel-title">
        {t('jobs.title')}
      </Typography.Title>
      {visible.map((job) => (
        <JobCard key={job.id} job={job} onDismiss={() => dismissJob(job.id)} />
      ))}
    </section>
  );
}
