import { FolderOpenOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { choosePaths, isDesktop } from '../api/client';
import { useOpenLibrary } from '../api/preferenceQueries';
import { ErrorDetails } from '../components/ErrorDetails';
import { useNotifyError } from '../components/useNotifyError';

export type OpenMode = 'open-library' | 'new-library';

/**
 * A library folder by path (all a browser can offer), or chosen with the desktop's folder
 * dialog. Opening closes this library; the page then reloads on the other one.
 */
export function OpenLibraryForm({ mode, onCancel }: { mode: OpenMode; onCancel(): void }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const open = useOpenLibrary();
  const [path, setPath] = useState('');
  const create = mode === 'new-library';

  const submit = (target = path.trim()) => {
    if (target === '') return;
    open.mutate(create ? { path: target, create: true } : { path: target });
  };

  const choose = async () => {
    try {
      const [folder] = await choosePaths('folder');
      if (folder !== undefined) setPath(folder);
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <div className="open-library-form" data-testid="open-library-form">
      <div className="setting-note">
        {t(create ? 'settings.library.newHint' : 'settings.library.openHint')}
      </div>
      <Space.Compact block>
        <Input
          autoFocus
          value={path}
          spellCheck={false}
          placeholder={t('settings.library.pathPlaceholder')}
          aria-label={t('settings.library.pathPlaceholder')}
          data-testid="open-library-path"
          onChange={(event) => setPath(event.target.value)}
          onPressEnter={() => submit()}
        />
        {isDesktop() && (
          <Button icon={<FolderOpenOutlined />} onClick={() => void choose()}>
            {t('reports.settings.choose')}
          </Button>
        )}
      </Space.Compact>
      {open.isError && (
        <Alert
          type="error"
          className="open-library-error"
          title={<ErrorDetails error={open.error} />}
        />
      )}
      <Space className="open-library-actions">
        <Button onClick={onCancel}>{t('settings.library.cancel')}</Button>
        <Button
          type="primary"
          data-testid="open-library-submit"
          disabled={path.trim() === ''}
          loading={open.isPending || open.isSuccess}
          onClick={() => submit()}
        >
          {t(create ? 'settings.library.create' : 'settings.library.open')}
        </Button>
      </Space>
    </div>
  );
}
