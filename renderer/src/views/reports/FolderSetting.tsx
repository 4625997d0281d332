import { FolderOpenOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { choosePaths, isDesktop } from '../../api/client';
import { useNotifyError } from '../../components/useNotifyError';

interface FolderSettingProps {
  value: string;
  saving: boolean;
  testId: string;
  onSave(folder: string): void;
}

/**
 * A folder as text (what a browser can offer), plus the native chooser in the desktop app.
 * Keyed by the saved value, so a saved change starts a fresh draft.
 */
export function FolderSetting({ value, saving, testId, onSave }: FolderSettingProps) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [draft, setDraft] = useState(value);
  const changed = draft.trim() !== '' && draft.trim() !== value;

  const choose = async () => {
    try {
      const [folder] = await choosePaths('folder');
      if (folder !== undefined) onSave(folder);
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Space.Compact block className="folder-setting">
      <Input
        value={draft}
        data-testid={testId}
        spellCheck={false}
        onChange={(event) => setDraft(event.target.value)}
        onPressEnter={() => changed && onSave(draft.trim())}
      />
      {isDesktop() && (
        <Button icon={<FolderOpenOutlined />} onClick={() => void choose()}>
          {t('reports.settings.choose')}
        </Button>
      )}
      {changed && (
        <Button
          type="primary"
          loading={saving}
          data-testid={`${testId}-save`}
          onClick={() => onSave(draft.trim())}
        >
          {t('reports.settings.save')}
        </Button>
      )}
    </Space.Compact>
  );
}
