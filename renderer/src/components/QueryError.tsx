import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDetails } from './ErrorDetails';

interface QueryErrorProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  extra?: ReactNode;
}

/** A failed load, shown in place of the content it was meant to fill. */
export function QueryError({ error, title, onRetry, extra }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={title ?? t('errors.loadFailed')}
      subTitle={<ErrorDetails error={error} />}
      extra={
        <>
          {extra}
          {onRetry && <Button onClick={onRetry}>{t('errors.retry')}</Button>}
        </>
      }
    />
  );
}
