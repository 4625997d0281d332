import { ScanOutlined } from '@ant-design/icons';
import { Alert, Card, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FileOutcome, JobStatus } from '../../../../shared/domain';
import { isJobActive } from '../../api/jobs';
import { useFormatters } from '../../format';
import { routeHref } from '../../router';
import { baseName } from './baseName';
import { JobEta } from './JobCard';
import {
  JobCardActions,
  jobPercent,
  useCancelJob,
  PROGRESS_STATUS,
  STATE_COLOR,
} from '../../components/jobs/JobCardActions';

interface OutcomeListProps {
  outcomes: FileOutcome[];
  /** Failures open in the proofreading view; annotation warnings in the Reader. */
  kind: 'failed' | 'attention';
}

/**
 * Documents OCR could not finish, or whose annotations lost their place when the new text came
 * in: which and why, each with a way to open it.
 */
function OcrOutcomeList({ outcomes, kind }: OutcomeListProps) {
  const { t } = useTranslation();
  return (
    <Alert
      type={kind === 'failed' ? 'error' : 'warning'}
      showIcon
      className="job-failures"
      data-testid={kind === 'failed' ? 'ocr-job-failures' : 'ocr-job-attention'}
      title={t(kind === 'failed' ? 'jobs.ocr.failed' : 'jobs.ocr.attention', {
        count: outcomes.length,
      })}
      description={
        <ul className="job-failure-list">
          {outcomes.map((outcome, index) => (
            <li key={`${outcome.file}-${index}`}>
              {outcome.docId !== undefined ? (
                <a
                  href={routeHref({
                    view: 'doc',
                    id: outcome.docId,
                    ...(kind === 'failed' ? { params: { mode: 'ocr' } } : {}),
                  })}
                  className="outcome-file"
                >
                  {baseName(outcome.file)}
                </a>
              ) : (
                <span className="outcome-file">{baseName(outcome.file)}</span>
              )}
              <Typography.Text type={kind === 'failed' ? 'danger' : 'warning'}>
                {outcome.error?.message ?? ''}
              </Typography.Text>
            </li>
          ))}
        </ul>
      }
    />
  );
}

interface OcrJobCardProps {
  job: JobStatus;
  onDismiss(): void;
}

/**
 * A batch of scanned pages being recognised: 第 N / M 页 with the time left for the batch, the
 * document and page being read, and cancel; then how many documents were read and which failed.
 */
export function OcrJobCard({ job, onDismiss }: OcrJobCardProps) {
  const { t } = useTranslation();
  const { number, dateTime } = useFormatters();
  const active = isJobActive(job);
  const cancel = useCancelJob(job.id);
  const percent = jobPercent(job);
  // While running, the page being read is the next one; once finished, the pages read.
  const shown = active ? Math.min(job.done + 1, job.total) : job.done;
  const failures = job.outcomes.filter((outcome) => outcome.status === 'failed');
  // Read, but some annotations could not follow the new text (reported with the document).
  const attention = job.outcomes.filter(
    (outcome) => outcome.status !== 'failed' && outcome.error !== undefined,
  );
  const documents = job.outcomes.length - failures.length;

  return (
    <Card
      size="small"
      className="job-card ocr-job-card"
      data-testid="ocr-job"
      data-state={job.state}
      title={
        <Space size="small">
          <ScanOutlined className="ocr-job-icon" />
          <Typography.Text strong>{t('jobs.ocr.title')}</Typography.Text>
          <Tag color={STATE_COLOR[job.state]}>{t(`jobs.ocr.state.${job.state}`)}</Tag>
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
        data-testid="ocr-job-progress"
        percent={percent}
        status={PROGRESS_STATUS[job.state]}
        format={() => t('jobs.ocr.pages', { current: number(shown), total: number(job.total) })}
      />
      {active && (
        <div className="job-status-line">
          <Typography.Text type="secondary" className="job-current" ellipsis>
            {cancel.isSuccess
              ? t('jobs.ocr.cancelRequested')
              : job.currentFile
                ? t('jobs.ocr.current', { label: job.currentFile })
                : t('jobs.ocr.preparing')}
          </Typography.Text>
          {job.etaSeconds !== null && !cancel.isSuccess && <JobEta seconds={job.etaSeconds} />}
        </div>
      )}
      {!active && (
        <>
          <Space size="small" wrap className="job-summary">
            <Tag color="success">
              {t('jobs.ocr.summary', { count: documents, pages: number(job.done) })}
            </Tag>
            {failures.length > 0 && (
              <Tag color="error">{t('jobs.ocr.failedCount', { count: failures.length })}</Tag>
            )}
          </Space>
          {job.error && (
            <Alert type="error" showIcon className="job-error" title={job.error.message} />
          )}
          {failures.length > 0 && <OcrOutcomeList outcomes={failures} kind="failed" />}
          {attention.length > 0 && <OcrOutcomeList outcomes={attention} kind="attention" />}
        </>
      )}
    </Card>
  );
}
