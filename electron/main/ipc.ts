import { dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { dispatch } from '../../shared/dispatch';
import type { AppEvent } from '../../shared/events';
import { IPC_EVENT, IPC_INVOKE, IPC_PICK_PATHS, type Envelope } from '../../shared/transport';
import type { Core } from '../core';
import { isAppUrl } from './security';

/**
 * Registers the contract on Electron IPC. Every call is checked to come from our own window's
 * top frame showing our own page, then goes through the same `dispatch` (zod validation) as
 * the loopback server.
 */
export function registerIpc(core: Core, getWindow: () => BrowserWindow | null): () => void {
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
    fromOurWindow(event) ? dispatch(core.handlers, String(methodName), input) : refused,
  );
  ipcMain.handle(IPC_PICK_PATHS, async (event, kind: unknown) => {
    const window = getWindow();
    if (!fromOurWindow(event) || !window) return [];
    const result = await dialog.showOpenDialog(window, {
      properties: kind === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'],
    });
    return result.canceled ? [] : result.filePaths;
  });

  const unsubscribe = core.onEvent((event: AppEvent) => {
    const window = getWindow();
    if (window && !window.isDestroyed()) window.webContents.send(IPC_EVENT, event);
  });

  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_INVOKE);
    ipcMain.removeHandler(IPC_PICK_PATHS);
  };
}
