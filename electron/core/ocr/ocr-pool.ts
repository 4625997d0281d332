import { createWorker, type Worker as TesseractWorker } from 'tesseract.js';
import type { OcrLanguage } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { languageDataPath } from './languages';
import { toRecognizedPage, type RecognizedPage } from './page-result';

export type { RecognizedPage } from './page-result';

export interface OcrPoolOptions {
  /** Recognition threads (each holds one language model). */
  size: number;
  /** tesseract.js keeps the unpacked language data here (in the library's cache folder). */
  cacheDir: string;
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
const DEFAULT_RECYCLE_AFTER = 50;

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

  constructor(private readonly options: OcrPoolOptions) {
    this.size = Math.max(1, Math.floor(options.size));
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
    slot.worker = await createWorker(lang, 1, {
      langPath: languageDataPath(lang),
      cachePath: this.options.cacheDir,
      gzip: true,
      logger: () => undefined,
      errorHandler: () => undefined,
    });
    slot.lang = lang;
    slot.pages = 0;
    return slot.worker;
  }

  private async retire(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = null;
    slot.lang = null;
    slot.pages = 0;
    if (worker) await worker.terminate().catch(() => undefined);
  }
}
