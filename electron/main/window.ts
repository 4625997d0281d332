import { BrowserWindow, shell } from 'electron';
import { APP_ORIGIN, isAppUrl, isSafeExternalUrl, secureWebPreferences } from './security';
import { loadWindowState, trackWindowState } from './window-state';

/** The one place windows are made: every window gets the same locked-down preferences. */
export function createMainWindow(preloadPath: string, userDataDir: string): BrowserWindow {
  const state = loadWindowState(userDataDir);
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: '政策镜 PolicyLens',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  });
  if (state.maximized) window.maximize();
  trackWindowState(window, userDataDir);

  const { webContents } = window;
  webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  webContents.on('will-attach-webview', (event) => event.preventDefault());
  webContents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  webContents.session.setPermissionCheckHandler(() => false);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
