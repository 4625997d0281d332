import { FolderOpenOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { isDesktop } from '../../api/client';
import { ImportFilesButton } from './ImportFilesButton';
import type { ImportActions } from './useImportActions';

export function ImportToolbar({ actions }: { actions: ImportActions }) {
  const { t } = useTranslation();
  return (
    <Space>
      <ImportFilesButton actions={actions} type="primary" />
      {/* A browser page cannot be given folder paths; folders can still be dropped there. */}
      {isDesktop() && (
        <Button icon={<FolderOpenOutlined />} onClick={() => actions.pickPaths('folder')}>
          {t('library.import.folder')}
        </Button>
      )}
    </Space>
  );
}
