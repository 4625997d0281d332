import { Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { describeError, type ErrorDescription } from './describeError';

/**
 * The sentence a researcher reads first: what happened and what to do, in the UI's language.
 * The core's own message (English, written for whoever debugs) waits behind 详情.
 */
export function friendlyMessage(description: ErrorDescription, t: TFunction): string {
  const key = `errors.code.${description.code ?? 'UNKNOWN'}`;
  return t(key, { defaultValue: t('errors.code.UNKNOWN') });
}

interface ErrorDetailsProps {
  error: unknown;
  /** More for the details (a render error's stack). */
  extra?: string;
  /** Rendered before the toggle, e.g. the boundary's own explanation. */
  lead?: ReactNode;
}

/** One failure as shown everywhere: the friendly message, then 详情 with code, file and raw text. */
export function ErrorDetails({ error, extra, lead }: ErrorDetailsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const description = describeError(error);
  return (
    <div className="error-details" data-testid="error-details">
      {lead}
      <div className="error-details-message" data-testid="error-friendly">
        {friendlyMessage(description, t)}
      </div>
      <Button
        type="link"
        size="small"
        className="error-details-toggle"
        aria-expanded={open}
        data-testid="error-details-toggle"
        onClick={() => setOpen((value) => !value)}
      >
        {open ? t('errors.hideDetails') : t('errors.showDetails')}
      </Button>
      {open && (
        <dl className="error-details-body" data-testid="error-details-body">
          {description.code && (
            <>
              <dt>{t('errors.details.code')}</dt>
              <dd>
                <code>{description.code}</code>
              </dd>
            </>
          )}
          {description.file && (
            <>
              <dt>{t('errors.details.file')}</dt>
              <dd className="error-details-file">{description.file}</dd>
            </>
          )}
          <dt>{t('errors.details.message')}</dt>
          <dd>{description.message}</dd>
          {extra && (
            <>
              <dt>{t('errors.details.stack')}</dt>
              <dd>
                <pre className="error-details-stack">{extra}</pre>
              </dd>
            </>
          )}
        </dl>
      )}
    </div>
  );
}
