import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage, type Language } from '../i18n';
import { useChooseLanguage } from '../settings/useChooseLanguage';

export function LanguageSwitch() {
  // useTranslation re-renders this component whenever the language changes.
  const { t } = useTranslation();
  const choose = useChooseLanguage();
  const value = currentLanguage();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('language.label')}
      value={value}
      options={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      onChange={choose}
    />
  );
}
