import { FolderAddOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../api/preferenceQueries';
import { useLibraryInfo } from '../api/queries';
import { OpenLibraryForm, type OpenMode } from './OpenLibraryForm';
import { RecentLibraries } from './RecentLibraries';
import { SettingRow } from './SettingRow';

/** Which library is open, opening or creating another, and the ones opened before. */
export function LibrarySection({ initialMode }: { initialMode: OpenMode | null }) {
  const { t } = useTranslation();
  const info = useLibraryInfo();
  const preferences = usePreferences();
  const [mode, setMode] = useState<OpenMode | null>(initialMode);
  return (
    <section className="settings-section" aria-labelledby="settings-library">
      <h3 id="settings-library">{t('settings.library.title')}</h3>
      <SettingRow label={t('settings.library.current')}>
        <Typography.Text
          className="settings-library-path"
          copyable
          data-testid="settings-library-path"
        >
          {info.data?.path ?? '…'}
        </Typography.Text>
      </SettingRow>
      <div className="settings-library-actions">
        {mode === null ? (
          <Space wrap>
            <Button
              icon={<FolderOpenOutlined />}
              data-testid="settings-open-library"
              onClick={() => setMode('open-library')}
            >
              {t('settings.library.openOther')}
            </Button>
            <Button
              icon={<FolderAddOutlined />}
              data-testid="settings-new-library"
              onClick={() => setMode('new-library')}
            >
              {t('settings.library.new')}
            </Button>
          </Space>
        ) : (
          <OpenLibraryForm key={mode} mode={mode} onCancel={() => setMode(null)} />
        )}
      </div>
      <h4 className="settings-subtitle">{t('settings.library.recent')}</h4>
      <RecentLibraries
        recent={preferences.data?.recentLibraries ?? []}
        currentPath={info.data?.path}
      />
    </section>
  );
}
