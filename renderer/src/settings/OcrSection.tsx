import { Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OcrLanguageChoice, Settings } from '../../../shared/domain';
import { SettingRow } from './SettingRow';
import { useSaveSettings } from './useSaveSettings';

const OCR_LANGUAGES: readonly OcrLanguageChoice[] = ['auto', 'chi_sim', 'chi_tra', 'eng'];

/** How scanned pages are read: the library's default language, and whether to start at import. */
export function OcrSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { save } = useSaveSettings();
  return (
    <section className="settings-section" aria-labelledby="settings-ocr">
      <h3 id="settings-ocr">{t('settings.ocr.title')}</h3>
      <SettingRow label={t('settings.ocr.language')} note={t('settings.ocr.languageNote')}>
        <Select<OcrLanguageChoice>
          className="setting-select"
          data-testid="settings-ocr-language"
          value={settings.ocrLanguage}
          options={OCR_LANGUAGES.map((value) => ({ value, label: t(`ocr.lang.${value}`) }))}
          onChange={(ocrLanguage) => save({ ocrLanguage })}
        />
      </SettingRow>
      <SettingRow label={t('settings.ocr.afterImport')} note={t('settings.ocr.afterImportNote')}>
        <Switch
          checked={settings.ocrAfterImport}
          data-testid="settings-ocr-after-import"
          onChange={(ocrAfterImport) => save({ ocrAfterImport })}
        />
      </SettingRow>
    </section>
  );
}
