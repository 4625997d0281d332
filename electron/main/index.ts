import path from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import { openCore, type Core } from '../core';
import { startAutomaticBackups } from '../core/backup/auto-backup';
import { countDocuments } from '../core/library/documents';
import { openAppLog, logsDir } from '../core/log/app-log';
import { PreferencesStore, preferencesFile } from '../core/preferences/preferences';
import { APP_DATA_FOLDER, usePackagedResources } from '../core/runtime/paths';
import { AppSession } from '../core/session/app-session';
import { IPC_EVENT } from '../../shared/transport';
import type { UiCommand } from '../../shared/commands';
import { registerAppScheme, serveRendererFrom } from './app-protocol';
import { firstLibrary, qdpxFilesIn } from './library-choice';
import { chooseLibraryFolder } from './library-dialog';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { createElectronPrinter } from './pdf-printer';
import { offerRecovery } from './recovery';
import { createMainWindow } from './window';

/**
 * Electron main: windows, security, menu and IPC registration only. All domain work is in
 * electron/core, shared with the CLI and the loopback server.
 */
app.setName(APP_DATA_FOLDER);
if (app.isPackaged) usePackagedResources(process.resourcesPath);
registerAppScheme();

const singleInstance = app.requestSingleInstanceLock();
if (!singleInstance) app.quit();

// Tests and portable setups keep preferences, logs and the default library elsewhere.
if (process.env.POLICYLENS_APP_DATA) app.setPath('userData', process.env.POLICYLENS_APP_DATA);
const userData = app.getPath('userData');
const log = openAppLog(userData);
const preferences = new PreferencesStore(preferencesFile(userData));
let session: AppSession | undefined;
let mainWindow: BrowserWindow | null = null;
let stopAutomaticBackups: (() => void) | undefined;
/** .qdpx files the system asked us to open before the library was ready (macOS open-file). */
const pendingProjects: string[] = qdpxFilesIn(process.argv);

function openAppCore(libraryDir: string): Core {
  return openCore({ libraryDir, printer: createElectronPrinter(), autoOcr: true, exclusive: true });
}

async function start(): Promise<void> {
  const libraryDir = firstLibrary(
    process.env.POLICYLENS_LIBRARY,
    preferences.read(),
    path.join(userData, 'library'),
  );
  let core: Core;
  try {
    core = openAppCore(libraryDir);
  } catch (error) {
    log.error(`cannot open ${libraryDir}: ${(error as Error).message}`);
    const recovered = await offerRecovery(error, libraryDir);
    if (!recovered) {
      dialog.showErrorBox(
        'PolicyLens',
        `文库无法打开 / The library cannot be opened:\n${libraryDir}\n\n${(error as Error).message}`,
      );
      app.exit(1);
      return;
    }
    core = openAppCore(libraryDir);
  }
  await preferences.rememberLibrary(core.library.dir);
  session = new AppSession(core, { preferences, log, openCore: openAppCore });
  if (process.argv.includes('--samples-if-empty') && countDocuments(core.library.db) === 0) {
    core.jobs.startImport([core.paths.seedsDir]);
  }
  stopAutomaticBackups = startAutomaticBackups(core);
  session.onLibraryOpened((opened) => {
    stopAutomaticBackups?.();
    stopAutomaticBackups = startAutomaticBackups(opened);
    refreshMenu();
  });
  serveRendererFrom(core.paths.rendererDir);
  registerIpc(session, () => mainWindow);
  refreshMenu();
  openWindow();
  importPendingProjects();
}

function openWindow(): void {
  mainWindow = createMainWindow(path.join(__dirname, 'preload.cjs'), userData);
  mainWindow.on('closed', () => (mainWindow = null));
  // The menu follows the UI language, which the page changes in Settings.
  mainWindow.webContents.on('page-title-updated', refreshMenu);
}

function sendCommand(command: UiCommand): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    mainWindow.webContents.send(IPC_EVENT, { type: 'command', command });
  }
}

function refreshMenu(): void {
  if (!session) return;
  const prefs = preferences.read();
  installMenu(
    {
      isDev: !app.isPackaged,
      language: prefs.uiLanguage,
      recentLibraries: prefs.recentLibraries,
      currentLibrary: session.core.library.dir,
    },
    {
      sendCommand,
      openLibraryFolder: () => void openLibraryFromDialog(),
      openRecentLibrary: (dir) => void switchLibrary(dir),
      openLogs: () => void shell.openPath(logsDir(userData)),
      openDocs: () =>
        void shell.openPath(path.join(session?.core.paths.appRoot ?? '', 'README.md')),
      showAbout: () => app.showAboutPanel(),
    },
  );
}

async function openLibraryFromDialog(): Promise<void> {
  const chosen = await chooseLibraryFolder(mainWindow, preferences.read().uiLanguage);
  if (chosen) await switchLibrary(chosen);
}

async function switchLibrary(dir: string): Promise<void> {
  if (!session) return;
  try {
    await session.openLibrary(dir, false);
  } catch (error) {
    dialog.showErrorBox('PolicyLens', `${dir}\n\n${(error as Error).message}`);
  }
}

/** A .qdpx double-clicked in the file manager is imported into the open library. */
function importPendingProjects(): void {
  if (!session) return;
  for (const file of pendingProjects.splice(0)) {
    void session.handlers.startQdpxImport({ path: file });
  }
  mainWindow?.show();
}

app.on('open-file', (event, file) => {
  if (!file.toLowerCase().endsWith('.qdpx')) return;
  event.preventDefault();
  pendingProjects.push(file);
  importPendingProjects();
});

app.on('second-instance', (_event, argv) => {
  pendingProjects.push(...qdpxFilesIn(argv));
  importPendingProjects();
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('activate', () => {
  if (session && BrowserWindow.getAllWindows().length === 0) openWindow();
});

let closing = false;
app.on('will-quit', (event) => {
  if (!session || closing) return;
  // Let running imports stop after their current file so nothing is left half-written.
  event.preventDefault();
  closing = true;
  stopAutomaticBackups?.();
  void session.close().finally(() => app.quit());
});

app.setAboutPanelOptions({
  applicationName: '政策镜 PolicyLens',
  applicationVersion: app.getVersion(),
  copyright: '© 2026 PolicyLens · MIT',
});

if (singleInstance) void app.whenReady().then(start);
