import { useSyncExternalStore } from 'react';
import type { Theme } from '../../../shared/domain';

export type Appearance = 'light' | 'dark';

const STORAGE_KEY = 'policylens.theme';
const THEMES: readonly Theme[] = ['light', 'dark', 'system'];
const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * The theme chosen last time on this machine: read before the preferences arrive so the first
 * paint is not a white flash in a dark setup. The saved preference still wins once loaded.
 */
export function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return THEMES.includes(value as Theme) ? (value as Theme) : 'light';
  } catch {
    return 'light';
  }
}

export function rememberTheme(theme: Theme): void {
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Without storage the first paint is light until the preferences load.
  }
}

function subscribeSystem(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function systemIsDark(): boolean {
  return window.matchMedia(DARK_QUERY).matches;
}

/** Whether the operating system is in dark mode, following it live. */
export function useSystemDark(): boolean {
  return useSyncExternalStore(subscribeSystem, systemIsDark);
}

export function resolveAppearance(theme: Theme, systemDark: boolean): Appearance {
  if (theme === 'system') return systemDark ? 'dark' : 'light';
  return theme;
}

/** The app's own CSS (styles.css) switches its colour variables on this attribute. */
export function reflectAppearance(appearance: Appearance): void {
  document.documentElement.dataset.theme = appearance;
  document.documentElement.style.colorScheme = appearance;
}

/** Before the first render: the remembered theme, so a dark setup does not flash white. */
export function applyStoredAppearance(): void {
  reflectAppearance(resolveAppearance(storedTheme(), systemIsDark()));
}
