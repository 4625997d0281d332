import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zhCN from './zh-CN.json';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const DEFAULT_LANGUAGE: Language = 'zh-CN';
const STORAGE_KEY = 'policylens.language';

function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function reflectOnDocument(language: string): void {
  // Screen readers and the browser's CJK font fallback both read <html lang>.
  document.documentElement.lang = language;
}

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: zhCN },
    en: { translation: en },
  },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  // Only the exact codes exist; do not look up 'zh' or 'en-US' resources that are not there.
  load: 'currentOnly',
  // Resources are bundled, so initialise synchronously and render translated text on first paint.
  initAsync: false,
  // React already escapes text nodes.
  interpolation: { escapeValue: false },
});

reflectOnDocument(i18n.language);
i18n.on('languageChanged', reflectOnDocument);

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Without storage the choice lasts for this session only.
  }
  void i18n.changeLanguage(language);
}

export default i18n;
