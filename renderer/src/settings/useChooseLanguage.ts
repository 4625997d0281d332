import { useUpdatePreferences } from '../api/preferenceQueries';
import { setLanguage, type Language } from '../i18n';

/** Switches the UI language now and saves it as the preference every later start applies. */
export function useChooseLanguage(): (language: Language) => void {
  const update = useUpdatePreferences();
  return (language) => {
    setLanguage(language);
    update.mutate({ uiLanguage: language });
  };
}
