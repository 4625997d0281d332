import { DownloadOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Button, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { isDesktop, openExportedFile } from '../../api/client';
import { useNotifyError } from '../../components/useNotifyError';

interface OpenFileButtonProps {
  path: string;
  size?: ButtonProps['size'];
  type?: ButtonProps['type'];
  disabled?: boolean;
  testId?: string;
}

/** "Show in folder" in the desktop app; "Download" in a browser, which cannot open folders. */
export function OpenFileButton({ path, size, type, disabled, testId }: OpenFileButtonProps) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const desktop = isDesktop();
  return (
    <Button
      size={size}
      type={type}
      disabled={disabled}
      icon={desktop ? <FolderOpenOutlined /> : <DownloadOutlined />}
      data-testid={testId ?? 'open-file'}
      onClick={() => openExportedFile(path).catch((error: unknown) => notifyError(error))}
    >
      {desktop ? t('exports.openFolder') : t('exports.download')}
    </Button>
  );
}
