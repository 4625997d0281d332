import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain';
import { FontSetting } from './FontSetting';
import { SettingRow } from './SettingRow';
import { useSaveSettings } from './useSaveSettings';

const FONTS = [
  { key: 'reportBodyFont', label: 'body' },
  { key: 'reportHeadingFont', label: 'heading' },
  { key: 'reportLatinFont', label: 'latin' },
] as const;

/** The fonts reports are set in unless an export chooses others (the export dialog starts here). */
export function ReportFontsSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { save } = useSaveSettings();
  return (
    <section className="settings-section" aria-labelledby="settings-fonts">
      <h3 id="settings-fonts">{t('settings.fonts.title')}</h3>
      {FONTS.map(({ key, label }) => (
        <SettingRow key={key} label={t(`settings.fonts.${label}`)}>
          <FontSetting
            key={settings[key]}
            value={settings[key]}
            testId={`settings-font-${label}`}
            onSave={(font) => save({ [key]: font })}
          />
        </SettingRow>
      ))}
      <div className="setting-note settings-section-note">{t('settings.fonts.note')}</div>
    </section>
  );
}
