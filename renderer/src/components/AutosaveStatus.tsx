import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AutosaveStatus as Status } from './useAutosavedText';

/**
 * Where an autosaved text stands (正在保存… / 已保存 / 未保存), read out to screen readers.
 * `keys` is the translation prefix holding `saving`, `saved` and `unsaved`.
 */
export function AutosaveStatus({
  status,
  keys,
  className,
}: {
  status: Status;
  keys: string;
  className: string;
}) {
  const { t } = useTranslation();
  const label = status === 'idle' ? '' : t(`${keys}.${status === 'failed' ? 'unsaved' : status}`);
  return (
    <Typography.Text type="secondary" className={className} aria-live="polite">
      {label}
    </Typography.Text>
  );
}
