import type { MethodInput, MethodName, MethodResult } from '../../../shared/api';
import { isErrorInfo, type ErrorCode, type ErrorInfo } from '../../../shared/errors';
import { UI_COMMAND_NAMES } from '../../../shared/commands';
import type { AppEvent, AppEventListener } from '../../../shared/events';
import {
  HTTP_API_PREFIX,
  HTTP_EVENTS_PATH,
  HTTP_FILE_PATH,
  HTTP_UPLOAD_PATH,
  TOKEN_QUERY_PARAM,
  type DesktopBridge,
  type Envelope,
} from '../../../shared/transport';

/**
 * The renderer's only door to the core. Inside Electron the preload exposes `window.api`; in a
 * plain browser the same page talks to the loopback server on its own origin. Everything above
 * this file sees one typed `call`, one event stream and two import helpers, whatever the transport.
 */

/** An `ok:false` envelope (or a transport failure) as a throwable the UI can inspect by code. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;

  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.code = info.code;
    if (info.file !== undefined) this.file = info.file;
  }
}

export function isDesktop(): boolean {
  return typeof window !== 'undefined' && window.api !== undefined;
}

function desktopBridge(): DesktopBridge | undefined {
  return typeof window === 'undefined' ? undefined : window.api;
}

// ---------------------------------------------------------------------------------------------
// Browser-mode access token

const TOKEN_STORAGE_KEY = 'policylens.token';
let cachedToken: string | null | undefined;

/**
 * The server prints a URL carrying `?token=…`. It is kept in sessionStorage so reloads still work,
 * and removed from the address bar so it does not end up in history, bookmarks or screenshots.
 */
function browserToken(): string | null {
  if (cachedToken !== undefined) return cachedToken;
  const url = new URL(window.location.href);
  const fromQuery = url.searchParams.get(TOKEN_QUERY_PARAM);
  if (fromQuery) {
    try {
      sessionStorage.setItem(TOKEN_STORAGE_KEY, fromQuery);
    } catch {
      // Storage may be disabled; the in-memory copy still serves this page's lifetime.
    }
    url.searchParams.delete(TOKEN_QUERY_PARAM);
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  cachedToken = fromQuery || readStoredToken();
  return cachedToken;
}

function readStoredToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

function requireToken(): string {
  const token = browserToken();
  if (!token) {
    throw new ApiError({
      code: 'UNAUTHORIZED',
      message:
        'No access token. Open the address printed by `policylens serve` (it ends in ?token=…).',
    });
  }
  return token;
}

/** Runs the token capture at start-up so the token leaves the address bar before anything renders. */
export function initTransport(): void {
  if (!isDesktop()) browserToken();
}

// ---------------------------------------------------------------------------------------------
// Calls

function unwrap<T>(envelope: unknown): T {
  const value = envelope as Envelope<T> | null;
  if (value && value.ok === true) return value.result;
  if (value && value.ok === false && isErrorInfo(value.error)) throw new ApiError(value.error);
  throw new ApiError({
    code: 'INTERNAL',
    message: 'The server sent a reply this app cannot read.',
  });
}

function transportFailure(error: unknown, what: string): ApiError {
  if (error instanceof ApiError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiError({ code: 'INTERNAL', message: `${what}: ${detail}` });
}

async function readEnvelope<T>(response: Response): Promise<T> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError({
      code: response.status === 401 ? 'UNAUTHORIZED' : 'INTERNAL',
      message: `The server answered HTTP ${response.status} without a readable reply.`,
    });
  }
  return unwrap<T>(body);
}

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const token = requireToken();
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(body ?? {}),
    });
  } catch (error) {
    throw transportFailure(error, 'Cannot reach the PolicyLens server');
  }
  return readEnvelope<T>(response);
}

export async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodResult<M>> {
  const bridge = desktopBridge();
  if (!bridge) return postJson<MethodResult<M>>(HTTP_API_PREFIX + method, input);
  let envelope: Envelope<MethodResult<M>>;
  try {
    envelope = await bridge.invoke(method, input);
  } catch (error) {
    throw transportFailure(error, 'The desktop bridge failed');
  }
  return unwrap<MethodResult<M>>(envelope);
}

// ---------------------------------------------------------------------------------------------
// Events: one underlying connection, shared by every subscriber

const listeners = new Set<AppEventListener>();
let detachSource: (() => void) | null = null;

function emit(event: AppEvent): void {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch (error) {
      // One faulty listener must not starve the others of events.
      console.error('AppEvent listener failed', error);
    }
  }
}

/**
 * A structural check rather than the zod schema: events come from our own core, and keeping zod
 * out of the page keeps it small and free of zod's eval probe, which the CSP would report.
 */
function parseEvent(data: unknown): AppEvent | null {
  if (typeof data !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const event = value as { type?: unknown; job?: unknown; path?: unknown; command?: unknown };
  if (event.type === 'library-changed') return { type: 'library-changed' };
  if (event.type === 'command') {
    const command = UI_COMMAND_NAMES.find((name) => name === event.command);
    return command ? { type: 'command', command } : null;
  }
  if (event.type === 'library-opened' && typeof event.path === 'string') {
    return { type: 'library-opened', path: event.path };
  }
  if (event.type !== 'job' || typeof event.job !== 'object' || event.job === null) return null;
  const job = event.job as { id?: unknown; state?: unknown; outcomes?: unknown };
  const plausible =
    typeof job.id === 'string' && typeof job.state === 'string' && Array.isArray(job.outcomes);
  return plausible ? (value as AppEvent) : null;
}

function attachEventSource(): () => void {
  const bridge = desktopBridge();
  if (bridge) return bridge.onEvent(emit);
  const token = browserToken();
  if (!token) return () => undefined;
  const source = new EventSource(
    `${HTTP_EVENTS_PATH}?${TOKEN_QUERY_PARAM}=${encodeURIComponent(token)}`,
  );
  let lostConnection = false;
  source.onmessage = (message) => {
    const event = parseEvent(message.data);
    if (event) emit(event);
  };
  source.onerror = () => {
    lostConnection = true;
  };
  source.onopen = () => {
    // EventSource reconnects by itself but events sent meanwhile are gone; ask views to refetch.
    if (lostConnection) emit({ type: 'library-changed' });
    lostConnection = false;
  };
  return () => source.close();
}

export function subscribe(listener: AppEventListener): () => void {
  listeners.add(listener);
  if (!detachSource) detachSource = attachEventSource();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && detachSource) {
      detachSource();
      detachSource = null;
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Imports

export interface ImportStarted {
  /** Null when nothing could be handed to the importer (see `failures`). */
  jobId: string | null;
  /** Files that never reached the importer, e.g. an upload that failed. */
  failures: ErrorInfo[];
}

export type UploadProgress = (sent: number, total: number) => void;

async function uploadOne(file: File): Promise<string> {
  const token = requireToken();
  let response: Response;
  try {
    response = await fetch(`${HTTP_UPLOAD_PATH}?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream' },
      body: file,
    });
  } catch (error) {
    throw transportFailure(error, 'Upload failed');
  }
  const result = await readEnvelope<{ path: string }>(response);
  return result.path;
}

async function stagePaths(
  files: File[],
  onProgress?: UploadProgress,
): Promise<{ paths: string[]; failures: ErrorInfo[] }> {
  const paths: string[] = [];
  const failures: ErrorInfo[] = [];
  const bridge = desktopBridge();
  if (bridge) {
    for (const file of files) {
      const path = bridge.pathForFile(file);
      if (path) paths.push(path);
      else failures.push({ code: 'FILE_NOT_FOUND', message: 'No path on disk.', file: file.name });
    }
    return { paths, failures };
  }
  // Sequential on purpose: the server is local, and one at a time keeps memory flat for big PDFs.
  for (const [index, file] of files.entries()) {
    onProgress?.(index, files.length);
    try {
      paths.push(await uploadOne(file));
    } catch (error) {
      const info = transportFailure(error, 'Upload failed');
      failures.push({ code: info.code, message: info.message, file: file.name });
    }
  }
  onProgress?.(files.length, files.length);
  return { paths, failures };
}

/** Imports dropped or chosen File objects: by path in Electron, by upload in the browser. */
export async function uploadAndImport(
  files: File[],
  onProgress?: UploadProgress,
): Promise<ImportStarted> {
  if (files.length === 0) return { jobId: null, failures: [] };
  const { paths, failures } = await stagePaths(files, onProgress);
  if (paths.length === 0) {
    const first = failures[0];
    if (first && failures.length === 1) throw new ApiError(first);
    return { jobId: null, failures };
  }
  const { jobId } = await call('startImport', { paths });
  return { jobId, failures };
}

/** Opens the native dialog (desktop only); resolves to the new job id, or null when cancelled. */
export async function pickAndImport(kind: 'files' | 'folder'): Promise<string | null> {
  const bridge = desktopBridge();
  if (!bridge) {
    throw new ApiError({
      code: 'BAD_REQUEST',
      message: 'The file dialog is only available in the desktop app.',
    });
  }
  let paths: string[];
  try {
    paths = await bridge.pickPaths(kind);
  } catch (error) {
    throw transportFailure(error, 'The file dialog failed');
  }
  if (paths.length === 0) return null;
  const { jobId } = await call('startImport', { paths });
  return jobId;
}

/** The native dialog (desktop only); resolves to the chosen paths, empty when cancelled. */
export async function choosePaths(kind: 'files' | 'folder'): Promise<string[]> {
  const bridge = desktopBridge();
  if (!bridge) {
    throw new ApiError({
      code: 'BAD_REQUEST',
      message: 'The file dialog is only available in the desktop app.',
    });
  }
  try {
    return await bridge.pickPaths(kind);
  } catch (error) {
    throw transportFailure(error, 'The file dialog failed');
  }
}

/** A chosen File as a path the core can read: its own path in Electron, an upload in the browser. */
export async function stageFile(file: File): Promise<string> {
  const bridge = desktopBridge();
  if (!bridge) return uploadOne(file);
  const path = bridge.pathForFile(file);
  if (!path)
    throw new ApiError({ code: 'FILE_NOT_FOUND', message: 'No path on disk.', file: file.name });
  return path;
}

// ---------------------------------------------------------------------------------------------
// Files the app wrote

/** The browser-mode download address of a file the app wrote (the server checks it). */
export function exportedFileUrl(path: string): string {
  const token = requireToken();
  const query = new URLSearchParams({ path, [TOKEN_QUERY_PARAM]: token });
  return `${HTTP_FILE_PATH}?${query.toString()}`;
}

/**
 * "Open" for an export or a backup: the desktop app shows it in the file manager; a browser,
 * which cannot reach the user's folders, downloads it instead.
 */
export async function openExportedFile(path: string): Promise<void> {
  const bridge = desktopBridge();
  if (bridge) {
    try {
      await bridge.revealPath(path);
    } catch (error) {
      throw transportFailure(error, 'Cannot show the file');
    }
    return;
  }
  const link = document.createElement('a');
  link.href = exportedFileUrl(path);
  link.download = path.split(/[\\/]/).pop() ?? '';
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}
