import type { ErrorInfo } from './errors';
import type { AppEventListener } from './events';
import type { MethodInput, MethodName, MethodResult } from './api';

/** What one call returns over any transport: never a thrown error across the boundary. */
export type Envelope<T> = { ok: true; result: T } | { ok: false; error: ErrorInfo };

/** IPC channel names, in one place for main and preload. */
export const IPC_INVOKE = 'policylens:invoke';
export const IPC_EVENT = 'policylens:event';
export const IPC_PICK_PATHS = 'policylens:pick-paths';
export const IPC_REVEAL_PATH = 'policylens:reveal-path';

/**
 * The object the preload script exposes as `window.api` (and nothing else). Typed here so the
 * renderer and the preload agree without the renderer importing Electron.
 */
export interface DesktopBridge {
  invoke<M extends MethodName>(
    method: M,
    input: MethodInput<M>,
  ): Promise<Envelope<MethodResult<M>>>;
  onEvent(listener: AppEventListener): () => void;
  /** Native open dialog; resolves to chosen paths (empty when cancelled). */
  pickPaths(kind: 'files' | 'folder'): Promise<string[]>;
  /** Absolute path of a dropped File (Electron's webUtils), or '' where unknown. */
  pathForFile(file: File): string;
  /**
   * Shows a file the app wrote (an export or a backup) in the system file manager. Main refuses
   * any path outside the exports and backup folders that the library has not recorded.
   */
  revealPath(path: string): Promise<void>;
}

/** HTTP routes of the loopback server. */
export const HTTP_API_PREFIX = '/api/';
export const HTTP_EVENTS_PATH = '/api/_events';
export const HTTP_UPLOAD_PATH = '/api/_upload';
/** GET `?path=…`: downloads a file the app wrote (browser mode's "open" for exports). */
export const HTTP_FILE_PATH = '/api/_file';
export const TOKEN_QUERY_PARAM = 'token';
