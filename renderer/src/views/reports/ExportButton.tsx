import { ExportOutlined } from '@ant-design/icons';
import { Button, Tooltip, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDialog, type ExportDialogProps } from './ExportDialog';

type ExportButtonProps = Omit<ExportDialogProps, 'onClose' | 'source'> & {
  /** Null: nothing exportable yet; `disabledReason` says why. */
  source: ExportDialogProps['source'] | null;
  disabledReason?: string;
  testId: string;
  size?: ButtonProps['size'];
  label?: string;
};

/** "导出…" on a comparison, a tag or a search: opens the export dialog for it. */
export function ExportButton({
  source,
  disabledReason,
  testId,
  size,
  label,
  ...dialog
}: ExportButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = (
    <Button
      size={size}
      icon={<ExportOutlined />}
      data-testid={testId}
      disabled={source === null}
      onClick={() => setOpen(true)}
    >
      {label ?? t('exports.open')}
    </Button>
  );
  return (
    <>
      {source === null && disabledReason ? (
        <Tooltip title={disabledReason}>
          <span>{button}</span>
        </Tooltip>
      ) : (
        button
      )}
      {open && source !== null && (
        <ExportDialog {...dialog} source={source} onClose={() => setOpen(false)} />
      )}
    </>
  );
}
