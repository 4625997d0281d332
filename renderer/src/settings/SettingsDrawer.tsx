import { Drawer, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../api/exportQueries';
import { QueryError } from '../components/QueryError';
import { AppearanceSection } from './AppearanceSection';
import { FilesSection } from './FilesSection';
import { LibrarySection } from './LibrarySection';
import { OcrSection } from './OcrSection';
import type { OpenMode } from './OpenLibraryForm';
import { ReportFontsSection } from './ReportFontsSection';

/** The library's own settings (OCR, fonts, backups, folders), loaded together. */
function LibrarySettings() {
  const settings = useSettings();
  if (settings.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (settings.isError) {
    return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  }
  return (
    <>
      <OcrSection settings={settings.data} />
      <ReportFontsSection settings={settings.data} />
      <FilesSection settings={settings.data} />
    </>
  );
}

/**
 * 设置: the person's preferences first (language, theme), then this library's settings, then
 * switching libraries. Opened from the header and with Ctrl+, (File ▸ Settings).
 */
export function SettingsDrawer({ focus, onClose }: { focus: OpenMode | null; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      open
      title={t('settings.title')}
      size={580}
      onClose={onClose}
      className="settings-drawer"
    >
      <div data-testid="settings-drawer">
        {/* Switching libraries comes first when a command asked for it. */}
        {focus && <LibrarySection initialMode={focus} />}
        <AppearanceSection />
        <LibrarySettings />
        {!focus && <LibrarySection initialMode={null} />}
      </div>
    </Drawer>
  );
}
