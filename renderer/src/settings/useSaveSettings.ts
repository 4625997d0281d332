import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain';
import { useUpdateSettings } from '../api/exportQueries';
import { useNotifyError } from '../components/useNotifyError';

/** Saves library settings, confirming briefly or showing why it failed. */
export function useSaveSettings() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const update = useUpdateSettings();
  const save = (changes: Partial<Settings>) =>
    update.mutate(changes, {
      onSuccess: () => message.success(t('reports.settings.saved')),
      onError: (error) => notifyError(error),
    });
  return { save, saving: update.isPending };
}
