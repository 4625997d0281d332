import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../shared/domain';
import { usePreferences, useUpdatePreferences } from '../api/preferenceQueries';
import { currentLanguage, LANGUAGES, type Language } from '../i18n';
import { storedTheme } from '../theme/themeMode';
import { SettingRow } from './SettingRow';
import { useChooseLanguage } from './useChooseLanguage';

const THEMES: readonly Theme[] = ['light', 'dark', 'system'];
const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

/** Language and theme: preferences of the person, kept across libraries. */
export function AppearanceSection() {
  const { t } = useTranslation();
  const preferences = usePreferences();
  const update = useUpdatePreferences();
  const chooseLanguage = useChooseLanguage();
  const theme = preferences.data?.theme ?? storedTheme();
  return (
    <section className="settings-section" aria-labelledby="settings-appearance">
      <h3 id="settings-appearance">{t('settings.appearance.title')}</h3>
      <SettingRow label={t('settings.appearance.language')}>
        <Segmented<Language>
          data-testid="settings-language"
          value={currentLanguage()}
          // Each language named in itself, so someone lost in the other one can find theirs.
          options={LANGUAGES.map((language) => ({
            value: language,
            label: LANGUAGE_NAMES[language],
          }))}
          onChange={chooseLanguage}
        />
      </SettingRow>
      <SettingRow
        label={t('settings.appearance.theme')}
        {...(theme === 'system' ? { note: t('settings.appearance.systemNote') } : {})}
      >
        <Segmented<Theme>
          data-testid="settings-theme"
          value={theme}
          options={THEMES.map((value) => ({
            value,
            label: t(`settings.appearance.themes.${value}`),
          }))}
          onChange={(value) => update.mutate({ theme: value })}
        />
      </SettingRow>
    </section>
  );
}
