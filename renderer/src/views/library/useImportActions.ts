import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/errors';
import { call, isDesktop, pickAndImport, uploadAndImport } from '../../api/client';
import { queryKeys } from '../../api/queries';
import { useNotifyError } from '../../components/useNotifyError';

const UPLOAD_MESSAGE_KEY = 'policylens-upload';

export interface ImportActions {
  importSamples(): void;
  /** Files chosen in the browser picker or dropped on the view. */
  importFiles(files: File[]): void;
  /** The native dialog; desktop only. */
  pickPaths(kind: 'files' | 'folder'): void;
  samplesPending: boolean;
  /** Any import being handed over (dialog open, upload running, request in flight). */
  pending: boolean;
}

/** Every way to start an import, each reporting its own failure as a notification. */
export function useImportActions(): ImportActions {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const queryClient = useQueryClient();
  const notifyError = useNotifyError();

  const onStarted = (jobId: string | null) => {
    // The job's own events follow, but fetch the list now so the panel appears at once.
    if (jobId) void queryClient.invalidateQueries({ queryKey: queryKeys.jobs });
  };

  const reportUndelivered = (failures: ErrorInfo[]) => {
    if (failures.length === 0) return;
    notification.warning({
      title: t('library.import.uploadFailed', { count: failures.length }),
      description: failures
        .slice(0, 10)
        .map((failure) => `${failure.file ?? ''}: ${failure.message}`)
        .join('\n'),
      styles: { description: { whiteSpace: 'pre-line' } },
    });
  };

  const samples = useMutation({
    mutationFn: () => call('importSamples', {}),
    onSuccess: ({ jobId }) => onStarted(jobId),
    onError: (error) => notifyError(error),
  });

  const picked = useMutation({
    mutationFn: (kind: 'files' | 'folder') => pickAndImport(kind),
    onSuccess: onStarted,
    onError: (error) => notifyError(error),
  });

  const uploaded = useMutation({
    mutationFn: (files: File[]) =>
      uploadAndImport(files, (sent, total) => {
        if (isDesktop() || sent >= total) return;
        message.open({
          key: UPLOAD_MESSAGE_KEY,
          type: 'loading',
          content: t('library.import.uploading', { sent, total }),
          duration: 0,
        });
      }),
    onSuccess: ({ jobId, failures }) => {
      onStarted(jobId);
      reportUndelivered(failures);
    },
    onError: (error) => notifyError(error),
    onSettled: () => message.destroy(UPLOAD_MESSAGE_KEY),
  });

  return {
    importSamples: () => samples.mutate(),
    importFiles: (files) => {
      if (files.length === 0) {
        message.info(t('library.import.nothingToImport'));
        return;
      }
      uploaded.mutate(files);
    },
    pickPaths: (kind) => picked.mutate(kind),
    samplesPending: samples.isPending,
    pending: samples.isPending || picked.isPending || uploaded.isPending,
  };
}
