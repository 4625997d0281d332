import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { createWorker, type Worker as TesseractWorker } from 'tesseract.js';
import type { OcrLanguage } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { languageDataPath } from './languages';
import { toRecognizedPage, type RecognizedPage } from './page-result';

export type { RecognizedPage } from './page-result';

export interface OcrPoolOptions {
  /** Recognition threads (each holds one language model). */
  size: number;
  /**
   * Where earlier versions let tesseract.js keep the unpacked language data (the library's
   * `cache/ocr`). Nothing is written there any more (see `cacheMethod` below); `*.traineddata`
   * files left in it, whole or half-written, are removed when the pool starts.
   */
  cacheDir?: string;
  /** The folder holding `<lang>.traineddata.gz` (default: the installed language data). */
  langPath?: (lang: OcrLanguage) => string;
  /**
   * Starting a thread (loading and initialising its language model, ~0.2 s) taking longer is
   * given up with OCR_ENGINE_FAILED; the pages waiting for that language fail at once rather than
   * each waiting again.
   */
  startTimeoutMs?: number;
  /** A page taking longer is given up and its thread replaced. */
  pageTimeoutMs?: number;
  /** A thread is replaced after this many pages: tesseract's memory grows with use. */
  recycleAfterPages?: number;
}

interface Slot {
  worker: TesseractWorker | null;
  lang: OcrLanguage | null;
  pages: number;
  busy: boolean;
}

interface Task {
  png: Buffer;
  lang: OcrLanguage;
  resolve: (page: RecognizedPage) => void;
  reject: (error: Error) => void;
}

const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_START_TIMEOUT_MS = 60_000;
const DEFAULT_RECYCLE_AFTER = 50;

const gunzip = promisify(zlib.gunzip);

/** The bundled model is readable and unpacks (a truncated or damaged file does not). */
async function checkLanguageData(langPath: string, lang: OcrLanguage): Promise<void> {
  const file = path.join(langPath, `${lang}.traineddata.gz`);
  let problem: string;
  try {
    const unpacked = await gunzip(await fs.promises.readFile(file));
    if (unpacked.length >= 1024) return;
    problem = `it holds only ${unpacked.length} bytes`;
  } catch (error) {
    problem = (error as Error).message;
  }
  throw new AppError(
    'OCR_ENGINE_FAILED',
    `The OCR engine could not start: the language data for ${lang} is missing or damaged ` +
      `(${problem}). Reinstall PolicyLens to restore it.`,
    file,
  );
}

/** Removes language caches of earlier versions (a crash could leave them half-written). */
function removeLegacyCache(dir: string | undefined): void {
  if (!dir) return;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return; // no cache folder: nothing to do
  }
  for (const name of names) {
    if (name.endsWith('.traineddata')) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * A pool of tesseract.js threads with one queue: each page is a task given to the next free
 * thread (loaded for the page's language, switched when needed). A page that hangs is given up
 * with a clear error and its thread terminated and replaced; a thread is also replaced after
 * `recycleAfterPages` pages, which caps the memory tesseract accumulates.
 */
export class OcrPool {
  readonly size: number;
  private readonly slots: Slot[];
  private readonly queue: Task[] = [];
  private closed = false;
  /** Languages whose engine could not be started in this pool (a job): later pages fail fast. */
  private readonly startFailures = new Map<OcrLanguage, AppError>();

  constructor(private readonly options: OcrPoolOptions) {
    this.size = Math.max(1, Math.floor(options.size));
    try {
      removeLegacyCache(options.cacheDir);
    } catch {
      // a file in use (Windows): harmless, it is never read again
    }
    this.slots = Array.from({ length: this.size }, () => ({
      worker: null,
      lang: null,
      pages: 0,
      busy: false,
    }));
  }

  recognize(png: Buffer, lang: OcrLanguage): Promise<RecognizedPage> {
    if (this.closed) return Promise.reject(new AppError('INTERNAL', 'The OCR pool is closed.'));
    return new Promise((resolve, reject) => {
      this.queue.push({ png, lang, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) {
      task.reject(new AppError('JOB_CANCELLED', 'OCR stopped before this page.'));
    }
    await Promise.all(this.slots.map((slot) => this.retire(slot)));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      // Prefer a task in the language this thread already holds.
      const index = Math.max(
        0,
        this.queue.findIndex((task) => task.lang === slot.lang),
      );
      const task = this.queue.splice(index, 1)[0];
      if (!task) return;
      slot.busy = true;
      void this.run(slot, task).finally(() => {
        slot.busy = false;
        if (!this.closed) this.dispatch();
      });
    }
  }

  private async run(slot: Slot, task: Task): Promise<void> {
    const timeoutMs = this.options.pageTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    try {
      const worker = await this.workerFor(slot, task.lang);
      const reading = worker.recognize(task.png, {}, { text: true, blocks: true });
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new AppError(
                'INTERNAL',
                `Reading this page took longer than ${Math.round(timeoutMs / 1000)} s; it was given up.`,
              ),
            ),
          timeoutMs,
        );
      });
      const { data } = await Promise.race([reading, timeout]);
      slot.pages++;
      task.resolve(await toRecognizedPage(data, task.png));
      if (slot.pages >= (this.options.recycleAfterPages ?? DEFAULT_RECYCLE_AFTER)) {
        await this.retire(slot);
      }
    } catch (error) {
      // A hung or crashed thread is not reused.
      await this.retire(slot);
      task.reject(error instanceof Error ? error : new Error(String(error)));
    } finally {
      clearTimeout(timer);
    }
  }

  private async workerFor(slot: Slot, lang: OcrLanguage): Promise<TesseractWorker> {
    if (slot.worker && slot.lang === lang) return slot.worker;
    // Another language: a fresh thread (switching in place would keep both models in memory).
    if (slot.worker) await this.retire(slot);
    const failed = this.startFailures.get(lang);
    if (failed) throw failed;
    slot.worker = await this.startWorker(lang);
    slot.lang = lang;
    slot.pages = 0;
    return slot.worker;
  }

  /**
   * A new tesseract.js thread for `lang`, or OCR_ENGINE_FAILED when it fails or does not start
   * within `startTimeoutMs`.
   *
   * `cacheMethod: 'none'`: tesseract.js would otherwise write the unpacked model
   * (`<lang>.traineddata`, 2.5 MB for chi_sim) into `cachePath` with a plain `fs.writeFile` —
   * not atomic, and done by every thread that starts, so a crash or two threads starting
   * together could leave a half-written file that the next start reads and fails on. The cache
   * only saves gunzipping the bundled `.traineddata.gz`, which measured nothing: a thread of
   * chi_sim started in 200–260 ms from the cache and 220–250 ms without (tesseract.js 7, Node 20,
   * 3 runs each). So the data is read from the installed `.gz` every time and nothing is written.
   * The check of the data before starting (read + gunzip) adds 10–20 ms per thread.
   */
  private async startWorker(lang: OcrLanguage): Promise<TesseractWorker> {
    const timeoutMs = this.options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
    const langPath = (this.options.langPath ?? languageDataPath)(lang);
    // tesseract.js 7 given a model it cannot load never settles createWorker (and throws an
    // uncaught TypeError from its message handler), so the data is checked first; the timeout
    // covers the check too (a file that cannot be read, e.g. on a stuck drive).
    const starting = checkLanguageData(langPath, lang).then(() =>
      createWorker(lang, 1, {
        langPath,
        cacheMethod: 'none',
        gzip: true,
        logger: () => undefined,
        errorHandler: () => undefined,
      }),
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new AppError(
              'OCR_ENGINE_FAILED',
              `The OCR engine did not start within ${Math.round(timeoutMs / 1000)} s ` +
                `(language ${lang}); the pages of this language were not read. ` +
                'Close other programs and run OCR again; if it keeps happening, reinstall PolicyLens.',
              langPath,
            ),
          ),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([starting, timeout]);
    } catch (error) {
      // A thread that starts after all is not used: end it. (One that never starts cannot be
      // reached through tesseract.js; it ends with the job's thread.)
      starting.then((late) => late.terminate()).catch(() => undefined);
      const failure =
        error instanceof AppError
          ? error
          : new AppError(
              'OCR_ENGINE_FAILED',
              `The OCR engine could not start (language ${lang}): ${
                error instanceof Error ? error.message : String(error)
              }. The language data may be damaged; reinstall PolicyLens.`,
              langPath,
            );
      this.startFailures.set(lang, failure);
      throw failure;
    } finally {
      clearTimeout(timer);
    }
  }

  private async retire(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = null;
    slot.lang = null;
    slot.pages = 0;
    if (worker) await worker.terminate().catch(() => undefined);
  }
}
