import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { startReplacing, useJobStarted } from '../../api/exportQueries';
import { useNotifyError } from '../../components/useNotifyError';
import { useConfirmReplace } from './useConfirmReplace';

/**
 * Starts a backup into the backup folder (asking before replacing a file of the same name):
 * the Reports view's 备份 button and File ▸ 立即备份 both use this.
 */
export function useStartBackup(onStarted?: () => void) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const confirmReplace = useConfirmReplace();
  const jobStarted = useJobStarted();
  return useMutation({
    mutationFn: () =>
      startReplacing(
        (overwrite) => call('startBackup', overwrite ? { overwrite: true } : {}),
        confirmReplace,
      ),
    onSuccess: (started) => {
      if (!started) return;
      jobStarted();
      onStarted?.();
    },
    onError: (error) => notifyError(error, t('reports.backups.failed')),
  });
}
