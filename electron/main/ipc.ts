import fs from 'node:fs';
import path from 'node:path';
import { dialog, ipcMain, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { AppEvent } from '../../shared/events';
import {
  IPC_EVENT,
  IPC_INVOKE,
  IPC_PICK_PATHS,
  IPC_REVEAL_PATH,
  type Envelope,
} from '../../shared/transport';
import type { Core } from '../core';
import type { AppSession } from '../core/session/app-session';
import { isExportedFile } from '../core/settings/exported-files';
import { getSettings } from '../core/settings/settings';
import { isAppUrl } from './security';

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(path.resolve(dir), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Only files the app wrote may be shown: ones the library recorded, or anything in the exports
 * or backup folder (automatic backups are not recorded). The page never gets to open arbitrary
 * paths in the file manager.
 */
export function mayReveal(core: Core, file: unknown): file is string {
  if (typeof file !== 'string' || file === '' || file.length > 4096 || !path.isAbsolute(file)) {
    return false;
  }
  const { db, dir } = core.library;
  if (isExportedFile(db, file)) return true;
  const settings = getSettings(db, dir);
  const resolved = path.resolve(file);
  return isInside(settings.exportsDir, resolved) || isInside(settings.backupDir, resolved);
}

/**
 * Registers the contract on Electron IPC. Every call is checked to come from our own window's
 * top frame showing our own page, then goes through the same `dispatch` (zod validation) as
 * the loopback server.
 */
export function registerIpc(
  session: AppSession,
  getWindow: () => BrowserWindow | null,
): () => void {
  const fromOurWindow = (event: IpcMainInvokeEvent): boolean => {
    const window = getWindow();
    const frame = event.senderFrame;
    return (
      window !== null &&
      event.sender === window.webContents &&
      frame !== null &&
      frame === window.webContents.mainFrame &&
      isAppUrl(frame.url)
    );
  };
  const refused: Envelope<never> = {
    ok: false,
    error: { code: 'FORBIDDEN', message: 'Call refused: not from the PolicyLens window.' },
  };

  ipcMain.handle(IPC_INVOKE, (event, methodName: unknown, input: unknown) =>
    fromOurWindow(event) ? session.dispatch(String(methodName), input) : refused,
  );
  ipcMain.handle(IPC_PICK_PATHS, async (event, kind: unknown) => {
    const window = getWindow();
    if (!fromOurWindow(event) || !window) return [];
    const result = await dialog.showOpenDialog(window, {
      properties: kind === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'],
    });
    return result.canceled ? [] : result.filePaths;
  });
  ipcMain.handle(IPC_REVEAL_PATH, async (event, file: unknown) => {
    if (!fromOurWindow(event)) throw new Error('Call refused: not from the PolicyLens window.');
    if (!mayReveal(session.core, file))
      throw new Error('Only files PolicyLens wrote can be shown.');
    const resolved = path.resolve(file);
    if (fs.existsSync(resolved)) {
      shell.showItemInFolder(resolved);
      return;
    }
    // Moved or deleted since: open the folder it was in, if that is still there.
    const folder = path.dirname(resolved);
    if (!fs.existsSync(folder)) throw new Error(`The folder no longer exists: ${folder}`);
    const failure = await shell.openPath(folder);
    if (failure) throw new Error(failure);
  });

  const unsubscribe = session.onEvent((event: AppEvent) => {
    const window = getWindow();
    if (window && !window.isDestroyed()) window.webContents.send(IPC_EVENT, event);
  });

  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_INVOKE);
    ipcMain.removeHandler(IPC_PICK_PATHS);
    ipcMain.removeHandler(IPC_REVEAL_PATH);
  };
}
