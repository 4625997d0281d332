import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { CoreHandlers } from '../../shared/api';
import type { AppEvent, AppEventListener } from '../../shared/events';
import { createChromiumPrinter } from './export/chromium-printer';
import type { PdfPrinter } from './export/pdf-printer';
import { JobManager } from './jobs/job-manager';
import { acquireAppLock } from './library/app-lock';
import { assertLibraryHealthy } from './library/library-health';
import { defaultSettings, getSettings } from './settings/settings';
import type { Db } from './db/connection';
import { startAutomaticOcr } from './ocr/auto-ocr';
import { openLibrary, type Library } from './library/library';
import { cleanUpOrphanOriginals } from './library/orphan-originals';
import { runtimePaths, type RuntimePaths } from './runtime/paths';
import { indexMissingDocuments } from './search/index-missing';
import { configureSegmenter, preloadSegmenter } from './search/segment';
import { listUserTerms } from './search/user-terms';
import { createHandlers } from './service';
import { purgeTrash } from './trash/trash';

/** Everything a host process (Electron main, loopback server, CLI) needs from the core. */
export interface Core {
  library: Library;
  jobs: JobManager;
  handlers: CoreHandlers;
  paths: RuntimePaths;
  onEvent(listener: AppEventListener): () => void;
  close(): Promise<void>;
}

export interface CoreOptions {
  libraryDir?: string;
  /** Parser threads for imports (default: one per core). */
  parserCount?: number;
  /** PDF printer: Electron's printToPDF in the app; headless Chromium elsewhere (default). */
  printer?: PdfPrinter;
  /**
   * Recognise scanned pages without being asked: after each import, and pages left waiting by
   * an earlier run (the app and browser mode; the CLI runs OCR itself).
   */
  autoOcr?: boolean;
  /**
   * The app's own open (desktop window, `serve`): one app per library (lock), and a health check
   * of the database before anything is written.
   */
  exclusive?: boolean;
}

export function openCore(options: CoreOptions = {}): Core {
  const paths = runtimePaths();
  const libraryDir = path.resolve(options.libraryDir ?? paths.defaultLibraryDir);
  let releaseLock: () => void = () => undefined;
  if (options.exclusive) {
    fs.mkdirSync(libraryDir, { recursive: true });
    releaseLock = acquireAppLock(libraryDir);
  }
  let library: Library;
  try {
    library = openLibrary(
      libraryDir,
      options.exclusive
        ? {
            beforeMigrate: (db) =>
              assertLibraryHealthy(db, libraryDir, backupDirOf(db, libraryDir)),
          }
        : {},
    );
  } catch (error) {
    releaseLock();
    throw error;
  }
  // Originals left by an import that crashed before its row was written (the lock is held).
  if (options.exclusive) cleanUpOrphanOriginals(library.db, libraryDir);
  configureSegmenter(paths.dictDir, listUserTerms(library.db));
  // The app's own open: pay for the dictionaries at start, not on the first search.
  if (options.exclusive) preloadSegmenter();
  // A library from before the search index (schema < 3) becomes searchable on first open.
  indexMissingDocuments(library.db);
  // What was deleted more than 30 days ago leaves the trash for good.
  purgeTrash(library.db);
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const emit = (event: AppEvent) => events.emit('event', event);
  const printer = options.printer ?? createChromiumPrinter();
  const jobs = new JobManager(library, paths, emit, printer, options.parserCount);
  if (options.autoOcr) startAutomaticOcr(library, jobs);
  const handlers = createHandlers({
    library,
    jobs,
    seedsDir: paths.seedsDir,
    dictDir: paths.dictDir,
    appVersion: readAppVersion(paths.appRoot),
  });
  return {
    library,
    jobs,
    handlers,
    paths,
    onEvent(listener) {
      events.on('event', listener);
      return () => events.off('event', listener);
    },
    async close() {
      await jobs.shutdown();
      await printer.close();
      library.close();
      releaseLock();
    },
  };
}

function readAppVersion(appRoot: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** The backup folder the user chose, or the default (also for a library from before settings). */
function backupDirOf(db: Db, libraryDir: string): string {
  try {
    return getSettings(db, libraryDir).backupDir;
  } catch {
    return defaultSettings(libraryDir).backupDir;
  }
}
