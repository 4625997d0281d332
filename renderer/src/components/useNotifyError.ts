import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './describeError';

/** Shows a failed action as a notification carrying the API's message (and file, if any). */
export function useNotifyError(): (error: unknown, title?: string) => void {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, title?: string) => {
      const { message, file } = describeError(error);
      notification.error({
        title: title ?? t('errors.title'),
        description: file ? `${message}\n${t('errors.fileLabel', { file })}` : message,
        styles: { description: { whiteSpace: 'pre-line' } },
      });
    },
    [notification, t],
  );
}
