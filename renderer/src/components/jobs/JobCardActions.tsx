import { CloseOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, type ProgressProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobState, JobStatus } from '../../../../shared/domain';
import { call } from '../../api/client';
import { isJobActive } from '../../api/jobs';
import { useNotifyError } from '../useNotifyError';

/** How each job state looks, the same on every job card (import, OCR, export, backup). */
export const PROGRESS_STATUS: Record<JobState, ProgressProps['status']> = {
  queued: 'active',
  running: 'active',
  done: 'success',
  cancelled: 'normal',
  failed: 'exception',
};

export const STATE_COLOR: Record<JobState, string> = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  cancelled: 'warning',
  failed: 'error',
};

/** Percent done for a progress bar; a job that has not counted its steps yet shows 0. */
export function jobPercent(job: JobStatus): number {
  if (job.total > 0) return Math.min(100, Math.floor((job.done / job.total) * 100));
  return job.state === 'done' ? 100 : 0;
}

/** Cancels a job; the card reads `isSuccess` to say it is stopping. */
export function useCancelJob(jobId: string) {
  const notifyError = useNotifyError();
  return useMutation({
    mutationFn: () => call('cancelJob', { jobId }),
    onError: (error) => notifyError(error),
  });
}

interface JobCardActionsProps {
  job: JobStatus;
  cancel: ReturnType<typeof useCancelJob>;
  /** Closes a finished card; without it, `idle` is shown instead. */
  onDismiss?: (() => void) | undefined;
  cancelTestId: string;
  idle?: ReactNode;
}

/** A job card's corner: Cancel while the job runs, then a close button (or `idle`). */
export function JobCardActions({
  job,
  cancel,
  onDismiss,
  cancelTestId,
  idle = null,
}: JobCardActionsProps) {
  const { t } = useTranslation();
  if (isJobActive(job)) {
    return (
      <Button
        size="small"
        danger
        data-testid={cancelTestId}
        loading={cancel.isPending}
        disabled={cancel.isSuccess}
        onClick={() => cancel.mutate()}
      >
        {t('jobs.cancel')}
      </Button>
    );
  }
  if (!onDismiss) return <>{idle}</>;
  return (
    <Button
      size="small"
      type="text"
      icon={<CloseOutlined />}
      aria-label={t('jobs.dismiss')}
      title={t('jobs.dismiss')}
      onClick={onDismiss}
    />
  );
}
