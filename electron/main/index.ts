import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { openCore, type Core } from '../core';
import { startAutomaticBackups } from '../core/backup/auto-backup';
import { listBackups } from '../core/backup/backup-files';
import { recoverLibrary } from '../core/backup/recover';
import { defaultSettings } from '../core/settings/settings';
import { countDocuments } from '../core/library/documents';
import { APP_DATA_FOLDER, usePackagedResources } from '../core/runtime/paths';
import { registerAppScheme, serveRendererFrom } from './app-protocol';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { createElectronPrinter } from './pdf-printer';
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

let core: Core | undefined;
let mainWindow: BrowserWindow | null = null;
let stopAutomaticBackups: (() => void) | undefined;

async function start(): Promise<void> {
  const libraryDir =
    process.env.POLICYLENS_LIBRARY ?? path.join(app.getPath('userData'), 'library');
  const open = () =>
    openCore({ libraryDir, printer: createElectronPrinter(), autoOcr: true, exclusive: true });
  try {
    core = open();
  } catch (error) {
    const recovered = await offerRecovery(error, libraryDir);
    if (!recovered) {
      dialog.showErrorBox(
        'PolicyLens',
        `The library cannot be opened:\n${(error as Error).message}`,
      );
      app.exit(1);
      return;
    }
    core = open();
  }
  if (process.argv.includes('--samples-if-empty') && countDocuments(core.library.db) === 0) {
    core.jobs.startImport([core.paths.seedsDir]);
  }
  stopAutomaticBackups = startAutomaticBackups(core);
  serveRendererFrom(core.paths.rendererDir);
  installMenu(!app.isPackaged);
  registerIpc(core, () => mainWindow);
  mainWindow = createMainWindow(path.join(__dirname, 'preload.cjs'), app.getPath('userData'));
  mainWindow.on('closed', () => (mainWindow = null));
}

/**
 * A damaged library: offer to put the newest backup in its place (the damaged folder is kept
 * aside). Resolves true when a backup was restored.
 */
async function offerRecovery(error: unknown, libraryDir: string): Promise<boolean> {
  if ((error as { code?: string }).code !== 'LIBRARY_CORRUPT') return false;
  const newest = listBackups(defaultSettings(libraryDir).backupDir)[0];
  if (!newest) return false;
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'PolicyLens',
    message: '文库数据库已损坏 / The library is damaged',
    detail: `${(error as Error).message}\n\n恢复最近的备份（${newest.createdAt}）？损坏的文库会保留在旁边。\nRestore the newest backup? The damaged library is kept aside.`,
    buttons: ['恢复备份 Restore', '退出 Quit'],
    defaultId: 0,
    cancelId: 1,
  });
  if (response !== 0) return false;
  await recoverLibrary(libraryDir, newest.path);
  return true;
}

app.on('second-instance', () => {
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('activate', () => {
  if (core && BrowserWindow.getAllWindows().length === 0) {
    mainWindow = createMainWindow(path.join(__dirname, 'preload.cjs'), app.getPath('userData'));
  }
});

let closing = false;
app.on('will-quit', (event) => {
  if (!core || closing) return;
  // Let running imports stop after their current file so nothing is left half-written.
  event.preventDefault();
  closing = true;
  stopAutomaticBackups?.();
  void core.close().finally(() => app.quit());
});

if (singleInstance) void app.whenReady().then(start);
