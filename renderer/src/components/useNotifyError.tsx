import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDetails } from './ErrorDetails';

/** Shows a failed action as a notification: the friendly message, the API's details on demand. */
export function useNotifyError(): (error: unknown, title?: string) => void {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, title?: string) => {
      notification.error({
        title: title ?? t('errors.title'),
        description: <ErrorDetails error={error} />,
      });
    },
    [notification, t],
  );
}
