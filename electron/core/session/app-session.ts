import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { Handlers, SessionHandlers } from '../../../shared/api';
import type { LibraryInfo } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { AppEvent, AppEventListener } from '../../../shared/events';
import { dispatch } from '../../../shared/dispatch';
import type { Envelope } from '../../../shared/transport';
import type { Core } from '../index';
import type { AppLog } from '../log/app-log';
import { DATABASE_FILE } from '../library/library';
import type { PreferencesStore } from '../preferences/preferences';

export interface AppSessionOptions {
  /** Opens the core of a library folder (the host decides printer, locking, automatic OCR). */
  openCore(libraryDir: string): Core;
  preferences: PreferencesStore;
  /** Where failures are written for "Help ▸ Open logs" (optional: tests run without). */
  log?: AppLog;
}

/**
 * The app above its libraries: one library open at a time, switched without restarting, and
 * the person's preferences. Both transports (Electron IPC and the loopback server) serve
 * `handlers` from here, so switching libraries works the same in the window and the browser.
 */
export class AppSession {
  private current: Core;
  private unsubscribeCore: () => void;
  private readonly events = new EventEmitter();
  private readonly switchListeners = new Set<(core: Core) => void>();
  private switching: Promise<LibraryInfo> | null = null;
  readonly preferences: PreferencesStore;
  private readonly openCoreFor: (libraryDir: string) => Core;
  private readonly log: AppLog | undefined;

  constructor(initial: Core, options: AppSessionOptions) {
    this.events.setMaxListeners(0);
    this.current = initial;
    this.preferences = options.preferences;
    this.openCoreFor = options.openCore;
    this.log = options.log;
    this.log?.info(`library opened: ${initial.library.dir}`);
    this.unsubscribeCore = this.forwardEvents(initial);
  }

  get core(): Core {
    return this.current;
  }

  /** Every contract method: the current library's, plus preferences and switching. */
  get handlers(): Handlers {
    return { ...this.current.handlers, ...this.sessionHandlers() };
  }

  /**
   * Serves one call for a transport. Failures the user cannot act on (INTERNAL) go to the log
   * with the method name, so a bug report can include them.
   */
  async dispatch(methodName: string, input: unknown): Promise<Envelope<unknown>> {
    const envelope = await dispatch(this.handlers, methodName, input);
    if (!envelope.ok && envelope.error.code === 'INTERNAL') {
      this.log?.error(`${methodName}: ${envelope.error.message}`);
    }
    return envelope;
  }

  onEvent(listener: AppEventListener): () => void {
    this.events.on('event', listener);
    return () => this.events.off('event', listener);
  }

  /** Hosts restart per-library work (automatic backups, menus, the title) on a switch. */
  onLibraryOpened(listener: (core: Core) => void): () => void {
    this.switchListeners.add(listener);
    return () => this.switchListeners.delete(listener);
  }

  /**
   * Closes the current library and opens another. When the new one cannot be opened, the
   * previous library is opened again, so the app is never left without one.
   */
  openLibrary(libraryDir: string, create = false): Promise<LibraryInfo> {
    if (this.switching) {
      throw new AppError('LIBRARY_LOCKED', 'Another library is being opened; try again.');
    }
    this.switching = this.switchTo(path.resolve(libraryDir), create).finally(() => {
      this.switching = null;
    });
    return this.switching;
  }

  async close(): Promise<void> {
    this.unsubscribeCore();
    await this.current.close();
  }

  private async switchTo(target: string, create: boolean): Promise<LibraryInfo> {
    if (target === this.current.library.dir) return this.current.handlers.libraryInfo({});
    assertLibraryFolder(target, create);
    const previous = this.current.library.dir;
    this.unsubscribeCore();
    await this.current.close();
    try {
      this.current = this.openCoreFor(target);
    } catch (error) {
      this.current = this.openCoreFor(previous);
      this.unsubscribeCore = this.forwardEvents(this.current);
      throw error;
    }
    this.unsubscribeCore = this.forwardEvents(this.current);
    await this.preferences.rememberLibrary(target);
    this.log?.info(`library opened: ${target}`);
    for (const listener of this.switchListeners) listener(this.current);
    this.emit({ type: 'library-opened', path: target });
    return this.current.handlers.libraryInfo({});
  }

  private sessionHandlers(): SessionHandlers {
    return {
      getPreferences: () => this.preferences.read(),
      updatePreferences: (changes) => this.preferences.update(changes),
      openLibrary: ({ path: dir, create }) => this.openLibrary(dir, create === true),
    };
  }

  private forwardEvents(core: Core): () => void {
    return core.onEvent((event) => {
      if (event.type === 'job' && event.job.state === 'failed') {
        this.log?.warn(`${event.job.kind} job failed: ${event.job.error?.message ?? ''}`);
      }
      this.emit(event);
    });
  }

  private emit(event: AppEvent): void {
    this.events.emit('event', event);
  }
}

/**
 * A library folder holds library.sqlite. Creating one needs a folder that does not exist yet
 * or is empty, so a library is never spread over someone's Documents folder by a misclick.
 */
function assertLibraryFolder(dir: string, create: boolean): void {
  if (!path.isAbsolute(dir)) {
    throw new AppError('BAD_REQUEST', 'Give the library folder as a full path.', dir);
  }
  if (fs.existsSync(path.join(dir, DATABASE_FILE))) return;
  if (!create) {
    throw new AppError(
      fs.existsSync(dir) ? 'NOT_A_LIBRARY' : 'FILE_NOT_FOUND',
      fs.existsSync(dir)
        ? 'This folder is not a PolicyLens library. Choose a library folder, or create a new library in an empty folder.'
        : 'The library folder does not exist (moved or deleted?).',
      dir,
    );
  }
  if (fs.existsSync(dir)) {
    const stat = fs.statSync(dir);
    if (!stat.isDirectory()) {
      throw new AppError('NOT_A_LIBRARY', 'This is a file, not a folder.', dir);
    }
    const entries = fs.readdirSync(dir).filter((name) => !name.startsWith('.'));
    if (entries.length > 0) {
      throw new AppError(
        'NOT_A_LIBRARY',
        'A new library needs an empty folder; this one holds other files.',
        dir,
      );
    }
  }
}
