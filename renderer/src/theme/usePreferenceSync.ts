import { useEffect } from 'react';
import { usePreferences } from '../api/preferenceQueries';
import { currentLanguage, setLanguage } from '../i18n';
import {
  reflectAppearance,
  rememberTheme,
  resolveAppearance,
  storedTheme,
  useSystemDark,
  type Appearance,
} from './themeMode';

/**
 * Applies the saved preferences: the UI language and the theme. Until they load, the copies
 * kept in localStorage give the first paint; once loaded, the preferences win (and refresh the
 * copies), so a choice made in another browser or in the desktop app carries over.
 */
export function usePreferenceSync(): Appearance {
  const preferences = usePreferences();
  const systemDark = useSystemDark();
  const language = preferences.data?.uiLanguage;
  const theme = preferences.data?.theme ?? storedTheme();
  const appearance = resolveAppearance(theme, systemDark);

  useEffect(() => {
    if (language && language !== currentLanguage()) setLanguage(language);
  }, [language]);

  useEffect(() => {
    rememberTheme(theme);
  }, [theme]);

  useEffect(() => {
    reflectAppearance(appearance);
  }, [appearance]);

  return appearance;
}
