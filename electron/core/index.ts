import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../shared/api';
import type { AppEvent, AppEventListener } from '../../shared/events';
import { createChromiumPrinter } from './export/chromium-printer';
import type { PdfPrinter } from './export/pdf-printer';
import { JobManager } from './jobs/job-manager';
import { startAutomaticOcr } from './ocr/auto-ocr';
import { openLibrary, type Library } from './library/library';
import { runtimePaths, type RuntimePaths } from './runtime/paths';
import { indexMissingDocuments } from './search/index-missing';
import { configureSegmenter } from './search/segment';
import { listUserTerms } from './search/user-terms';
import { createHandlers } from './service';

/** Everything a host process (Electron main, loopback server, CLI) needs from the core. */
export interface Core {
  library: Library;
  jobs: JobManager;
  handlers: Handlers;
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
}

export function openCore(options: CoreOptions = {}): Core {
  const paths = runtimePaths();
  const library = openLibrary(options.libraryDir ?? paths.defaultLibraryDir);
  configureSegmenter(paths.dictDir, listUserTerms(library.db));
  // A library from before the search index (schema < 3) becomes searchable on first open.
  indexMissingDocuments(library.db);
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
    },
  };
}

function readAppVersion(appRoot: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}
