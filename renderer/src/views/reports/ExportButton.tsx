import { ExportOutlined } from '@ant-design/icons';
import { Button, Tooltip, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandOverride } from '../../commands/commandOverrides';
import { ExportDialog, type ExportDialogProps } from './ExportDialog';

type ExportButtonProps = Omit<ExportDialogProps, 'onClose' | 'source'> & {
  /** Null: nothing exportable yet; `disabledReason` says why. */
  source: ExportDialogProps['source'] | null;
  disabledReason?: string;
  testId: string;
  size?: ButtonProps['size'];
  label?: string;
  /** Whether Ctrl+E (File ▸ Export report) opens this dialog while the button is shown. */
  claimsShortcut?: boolean;
};

/** "导出…" on a comparison, a tag or a search: opens the export dialog for it. */
export function ExportButton({
  source,
  disabledReason,
  testId,
  size,
  label,
  claimsShortcut = true,
  ...dialog
}: ExportButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  useCommandOverride('export-report', claimsShortcut && source !== null, () => setOpen(true));
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
