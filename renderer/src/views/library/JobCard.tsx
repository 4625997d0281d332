import { Alert, Card, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JobStatus } from '../../../../shared/domain';
import { countNeedsOcr, countOutcomes, isJobActive } from '../../api/jobs';
import { useFormatters } from '../../format';
import {
  JobCardActions,
  jobPercent,
  useCancelJob,
  PROGRESS_STATUS,
  STATE_COLOR,
} from '../../components/jobs/JobCardActions';
import { baseName } from './baseName';
import { describeEta } from './eta';
import { JobOutcomes } from './JobOutcomes';

export function JobEta({ seconds }: { seconds: number }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const eta = describeEta(seconds);
  return (
    <Typography.Text type="secondary" className="job-eta tabular" data-testid="job-eta">
      {t(`jobs.eta.${eta.unit}`, { count: number(eta.count) })}
    </Typography.Text>
  );
}

interface JobCardProps {
  job: JobStatus;
  onDismiss(): void;
}

export function JobCard({ job, onDismiss }: JobCardProps) {
  const { t } = useTranslation();
  const { number, dateTime } = useFormatters();
  const active = isJobActive(job);
  const cancel = useCancelJob(job.id);

  const percent = jobPercent(job);
  const counts = countOutcomes(job);
  const needsOcr = countNeedsOcr(job);

  return (
    <Card
      size="small"
      className="job-card"
      data-testid="import-job"
      data-state={job.state}
      title={
        <Space size="small">
          <Tag color={STATE_COLOR[job.state]}>{t(`jobs.state.${job.state}`)}</Tag>
          <Typography.Text type="secondary" className="tabular">
            {dateTime(job.startedAt)}
          </Typography.Text>
        </Space>
      }
      extra={
        <JobCardActions job={job} cancel={cancel} onDismiss={onDismiss} cancelTestId="job-cancel" />
      }
    >
      <Progress
        data-testid="job-progress"
        percent={percent}
        status={PROGRESS_STATUS[job.state]}
        format={() => `${number(job.done)} / ${number(job.total)}`}
      />
      {active && (
        <div className="job-status-line">
          <Typography.Text type="secondary" className="job-current" ellipsis>
            {cancel.isSuccess
              ? t('jobs.cancelRequested')
              : job.currentFile
                ? t('jobs.current', { file: baseName(job.currentFile) })
                : t('jobs.preparing')}
          </Typography.Text>
          {job.etaSeconds !== null && !cancel.isSuccess && <JobEta seconds={job.etaSeconds} />}
        </div>
      )}
      {!active && (
        <>
          <Space size="small" wrap className="job-summary">
            <Tag color="success">{t('jobs.summary.imported', { count: counts.imported })}</Tag>
            <Tag color="gold">{t('jobs.summary.duplicate', { count: counts.duplicate })}</Tag>
            <Tag color={counts.failed > 0 ? 'error' : 'default'}>
              {t('jobs.summary.failed', { count: counts.failed })}
            </Tag>
            {needsOcr > 0 && (
              <Tag color="orange">{t('jobs.summary.needsOcr', { count: needsOcr })}</Tag>
            )}
          </Space>
          {job.error && (
            <Alert type="error" showIcon className="job-error" title={job.error.message} />
          )}
          <JobOutcomes outcomes={job.outcomes} />
        </>
      )}
    </Card>
  );
}
