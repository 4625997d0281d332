import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { AppEvent } from '../../shared/events';
import {
  IPC_EVENT,
  IPC_INVOKE,
  IPC_PICK_PATHS,
  IPC_REVEAL_PATH,
  type DesktopBridge,
} from '../../shared/transport';

/**
 * Exposes exactly one object, `window.api`, to the sandboxed renderer. It forwards contract
 * calls to main (which validates them) and never hands the page `ipcRenderer` itself.
 */
const bridge: DesktopBridge = {
  invoke: (method, input) => ipcRenderer.invoke(IPC_INVOKE, method, input),
  onEvent(listener) {
    const forward = (_event: Electron.IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(IPC_EVENT, forward);
    return () => {
      ipcRenderer.off(IPC_EVENT, forward);
    };
  },
  pickPaths: (kind) => ipcRenderer.invoke(IPC_PICK_PATHS, kind),
  pathForFile: (file) => webUtils.getPathForFile(file),
  revealPath: (path) => ipcRenderer.invoke(IPC_REVEAL_PATH, path),
};

contextBridge.exposeInMainWorld('api', bridge);
