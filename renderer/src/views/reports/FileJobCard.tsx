import {
  CheckCircleFilled,
  CloudUploadOutlined,
  ExportOutlined,
  HistoryOutlined,
  ImportOutlined,
  ScanOutlined,
  ShareAltOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Progress, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { JobKind, JobStatus } from '../../../../shared/domain';
import { isJobActive } from '../../api/jobs';
import { useFormatters } from '../../format';
import {
  JobCardActions,
  jobPercent,
  useCancelJob,
  PROGRESS_STATUS,
  STATE_COLOR,
} from '../../components/jobs/JobCardActions';
import { navigate } from '../../router';
import { describeEta } from '../library/eta';
import { fileName } from './filePath';
import { OpenFileButton } from './OpenFileButton';
import './reports.css';

const KIND_ICON: Record<JobKind, ReactNode> = {
  import: <ImportOutlined />,
  ocr: <ScanOutlined />,
  export: <ExportOutlined />,
  'qdpx-export': <ShareAltOutlined />,
  'qdpx-import': <ImportOutlined />,
  backup: <CloudUploadOutlined />,
  restore: <HistoryOutlined />,
};

/** Named stages of the runners; anything else is the item being worked on (a document). */
const STEPS = new Set(['compare', 'render', 'write', 'database', 'originals', 'verify', 'open']);

function describeStep(step: string, t: TFunction): string {
  return STEPS.has(step) ? t(`fileJobs.step.${step}`) : t('fileJobs.step.item', { name: step });
}

function DoneNote({ job }: { job: JobStatus }) {
  const { t } = useTranslation();
  const output = job.output;
  if (job.kind === 'qdpx-import') {
    return (
      <Alert
        type="success"
        showIcon
        title={t('fileJobs.done.qdpx-import')}
        action={
          <Button size="small" onClick={() => navigate({ view: 'library' })}>
            {t('fileJobs.toLibrary')}
          </Button>
        }
      />
    );
  }
  if (!output) return <Alert type="success" showIcon title={t(`fileJobs.done.${job.kind}`)} />;
  if (job.kind === 'restore') {
    const command = `policylens serve --library "${output}"`;
    return (
      <Alert
        type="success"
        showIcon
        data-testid="restore-done"
        title={t('fileJobs.done.restore')}
        description={
          <div className="file-job-output">
            <Typography.Text code copyable className="file-job-path">
              {output}
            </Typography.Text>
            <Typography.Paragraph type="secondary" className="file-job-hint">
              {t('restore.howToOpen')}
            </Typography.Paragraph>
            <Typography.Paragraph copyable className="file-job-command">
              {command}
            </Typography.Paragraph>
          </div>
        }
      />
    );
  }
  return (
    <div className="file-job-done" data-testid="file-job-done">
      <CheckCircleFilled className="file-job-done-icon" />
      <span className="file-job-done-text">
        <Typography.Text>{t(`fileJobs.done.${job.kind}`)}</Typography.Text>
        <Typography.Text
          type="secondary"
          className="file-job-path"
          ellipsis={{ tooltip: output }}
          copyable={{ text: output }}
        >
          {output}
        </Typography.Text>
      </span>
      <OpenFileButton path={output} size="small" type="primary" testId="job-open-file" />
    </div>
  );
}

interface FileJobCardProps {
  job: JobStatus;
  /** Finished cards can be closed (the Reports and Library panels); omitted in the dialog. */
  onDismiss?: () => void;
}

/** One export, project exchange, backup or restore: progress and cancel, then where it went. */
export function FileJobCard({ job, onDismiss }: FileJobCardProps) {
  const { t } = useTranslation();
  const { number, dateTime } = useFormatters();
  const active = isJobActive(job);
  const cancel = useCancelJob(job.id);
  const percent = jobPercent(job);
  const eta = job.etaSeconds !== null ? describeEta(job.etaSeconds) : null;
  const name = job.label ?? (job.output ? fileName(job.output) : t(`fileJobs.kind.${job.kind}`));

  return (
    <Card
      size="small"
      className="file-job-card"
      data-testid="file-job"
      data-kind={job.kind}
      data-state={job.state}
      title={
        <span className="file-job-title">
          <span className="file-job-icon">{KIND_ICON[job.kind]}</span>
          <Typography.Text strong ellipsis className="file-job-name" title={name}>
            {name}
          </Typography.Text>
          <Tag className="file-job-kind">{t(`fileJobs.kind.${job.kind}`)}</Tag>
          <Tag color={STATE_COLOR[job.state]} data-testid="file-job-state">
            {t(`fileJobs.state.${job.state}`)}
          </Tag>
        </span>
      }
      extra={
        <JobCardActions
          job={job}
          cancel={cancel}
          onDismiss={onDismiss}
          cancelTestId="file-job-cancel"
          idle={
            <Typography.Text type="secondary" className="tabular">
              {dateTime(job.finishedAt ?? job.startedAt)}
            </Typography.Text>
          }
        />
      }
    >
      {(active || job.state !== 'done') && (
        <Progress
          data-testid="file-job-progress"
          percent={percent}
          status={PROGRESS_STATUS[job.state]}
          format={(value) => `${number(value ?? 0)}%`}
        />
      )}
      {active && (
        <div className="job-status-line">
          <Typography.Text type="secondary" className="job-current" ellipsis>
            {cancel.isSuccess
              ? t('fileJobs.cancelRequested')
              : job.currentFile
                ? describeStep(job.currentFile, t)
                : t('fileJobs.preparing')}
          </Typography.Text>
          {eta && !cancel.isSuccess && (
            <Typography.Text type="secondary" className="job-eta tabular">
              {t(`jobs.eta.${eta.unit}`, { count: number(eta.count) })}
            </Typography.Text>
          )}
        </div>
      )}
      {job.state === 'done' && <DoneNote job={job} />}
      {job.state === 'cancelled' && (
        <Typography.Text type="secondary">{t(`fileJobs.cancelled.${job.kind}`)}</Typography.Text>
      )}
      {job.state === 'failed' && (
        <Alert
          type="error"
          showIcon
          className="job-error"
          data-testid="file-job-error"
          title={job.error?.message ?? t('fileJobs.failed')}
        />
      )}
      {!active && job.kind === 'qdpx-import' && job.outcomes.length > 0 && (
        <Typography.Text type="secondary">
          {t('fileJobs.outcomes', { count: job.outcomes.length })}
        </Typography.Text>
      )}
    </Card>
  );
}
