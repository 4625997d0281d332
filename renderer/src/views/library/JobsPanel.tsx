import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useJobs } from '../../api/queries';
import { FileJobCard } from '../reports/FileJobCard';
import { dismissJob, useDismissedJobs } from './dismissedJobs';
import { JobCard } from './JobCard';
import { OcrJobCard } from './OcrJobCard';
import { jobsOfKinds, LIBRARY_JOB_KINDS, selectVisibleJobs } from './visibleJobs';

export function JobsPanel() {
  const { t } = useTranslation();
  const { data: jobs } = useJobs();
  const dismissed = useDismissedJobs();
  const visible = useMemo(
    () => selectVisibleJobs(jobsOfKinds(jobs ?? [], LIBRARY_JOB_KINDS), dismissed),
    [jobs, dismissed],
  );
  if (visible.length === 0) return null;
  return (
    <section className="jobs-panel" aria-label={t('jobs.title')}>
      <Typography.Title level={5} className="jobs-panel-title">
        {t('jobs.title')}
      </Typography.Title>
      {visible.map((job) =>
        job.kind === 'import' ? (
          <JobCard key={job.id} job={job} onDismiss={() => dismissJob(job.id)} />
        ) : job.kind === 'ocr' ? (
          <OcrJobCard key={job.id} job={job} onDismiss={() => dismissJob(job.id)} />
        ) : (
          // A REFI-QDA project is one file: its card shows progress and the outcome, not a batch.
          <FileJobCard key={job.id} job={job} onDismiss={() => dismissJob(job.id)} />
        ),
      )}
    </section>
  );
}
