import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { openCore, type Core } from '../core';
import { startAutomaticBackups } from '../core/backup/auto-backup';
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
  try {
    core = openCore({ libraryDir, printer: createElectronPrinter(), autoOcr: true });
  } catch (error) {
    dialog.showErrorBox('PolicyLens', `The library cannot be opened:\n${(error as Error).message}`);
    app.exit(1);
    return;
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
