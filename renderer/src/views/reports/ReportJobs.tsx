import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_JOB_KINDS } from '../../api/exportQueries';
import { useJobs } from '../../api/queries';
import { dismissJob, useDismissedJobs } from '../library/dismissedJobs';
import { jobsOfKinds, selectVisibleJobs } from '../library/visibleJobs';
import { FileJobCard } from './FileJobCard';

/** Exports, project exchange, backups and restores: running ones, then the few just finished. */
export function ReportJobs() {
  const { t } = useTranslation();
  const { data: jobs } = useJobs();
  const dismissed = useDismissedJobs();
  const visible = useMemo(
    () => selectVisibleJobs(jobsOfKinds(jobs ?? [], FILE_JOB_KINDS), dismissed),
    [jobs, dismissed],
  );
  if (visible.length === 0) return null;
  return (
    <section className="reports-section reports-jobs" aria-label={t('reports.jobs')}>
      <Typography.Title level={5} className="reports-section-title">
        {t('reports.jobs')}
      </Typography.Title>
      <div className="reports-job-list">
        {visible.map((job) => (
          <FileJobCard key={job.id} job={job} onDismiss={() => dismissJob(job.id)} />
        ))}
      </div>
    </section>
  );
}
