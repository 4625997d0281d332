import type { WebPreferences } from 'electron';

/**
 * Security policy of every window, as data and pure functions so tests check them without
 * starting Electron. `createMainWindow` is the only place that creates windows and uses these.
 */

export const APP_PROTOCOL = 'app';
export const APP_HOST = 'policylens';
export const APP_ORIGIN = `${APP_PROTOCOL}://${APP_HOST}`;

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    // A middle click must not open windows behind the window-open handler's back.
    disableBlinkFeatures: 'Auxclick',
  };
}

/** Only our own bundled pages may be shown in the window. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_PROTOCOL}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Links a document contains open in the user's browser only when they are plain https. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
