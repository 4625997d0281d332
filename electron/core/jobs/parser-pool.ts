import { Worker } from 'node:worker_threads';
import type { PreparedDocument } from '../ingest/prepare-document';
import type { ParseRequest, ParseResponse, ParseResult } from './parser-protocol';

export interface ParserPoolOptions {
  size: number;
  /** A file still parsing after this long fails, and its parser is replaced. */
  taskTimeoutMs: number;
  heapLimitMb: number;
  /** The import's cancel flag (Int32 at 0), read by the parsers between pages. */
  cancelFlag: SharedArrayBuffer;
}

interface Task {
  id: number;
  file: string;
  resolve(result: ParseResult): void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  /** Called once the task in progress has settled (close() waits for it). */
  onIdle: (() => void) | null;
}

/** How long close() waits for a parser to finish its file before terminating it. */
const CLOSE_GRACE_MS = 10_000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Parses files on every core: one worker thread per slot, one file per worker at a time.
 * A parser that crashes (e.g. out of memory on a hostile file) or runs past the time limit
 * fails that file only; the slot gets a fresh worker and the queue goes on.
 */
export class ParserPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextTaskId = 0;
  private closed = false;

  constructor(
    private readonly script: string,
    private readonly userTerms: readonly string[],
    private readonly options: ParserPoolOptions,
  ) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  parse(file: string): Promise<ParseResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextTaskId++, file, resolve });
      this.pump();
    });
  }

  /**
   * The import was cancelled: files not started are answered at once; files being read stop at
   * their next page (the parsers see the shared flag) and answer JOB_CANCELLED themselves.
   */
  cancelQueued(): void {
    for (const task of this.queue.splice(0)) {
      task.resolve({
        ok: false,
        error: { code: 'JOB_CANCELLED', message: 'Cancelled.', file: task.file },
      });
    }
  }

  /**
   * Stops the parsers once they are idle. A thread is never terminated while it reads: stopping
   * it inside native code (jieba, the canvas) aborts the whole process. A parser still busy
   * after the grace period (a runaway file) is terminated anyway.
   */
  async close(graceMs = CLOSE_GRACE_MS): Promise<void> {
    this.closed = true;
    this.cancelQueued();
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.task) {
          await Promise.race([new Promise<void>((idle) => (slot.onIdle = idle)), delay(graceMs)]);
        }
        this.settle(slot, { ok: false, error: { code: 'JOB_CANCELLED', message: 'Cancelled.' } });
        await slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, {
      workerData: { userTerms: this.userTerms, cancelFlag: this.options.cancelFlag },
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapLimitMb },
    });
    const slot: Slot = { worker, task: null, timer: null, onIdle: null };
    worker.on('message', (response: ParseResponse) => {
      if (slot.task?.id !== response.taskId) return;
      this.settle(
        slot,
        response.ok
          ? { ok: true, prepared: revive(response.prepared), bytes: Buffer.from(response.bytes) }
          : { ok: false, error: response.error },
      );
      this.pump();
    });
    const replace = (message: string) => {
      // 'error' is followed by 'exit': replace the worker once.
      if (this.closed || !this.slots.includes(slot)) return;
      const file = slot.task?.file;
      this.settle(slot, {
        ok: false,
        error: { code: 'FILE_UNREADABLE', message, ...(file ? { file } : {}) },
      });
      this.slots[this.slots.indexOf(slot)] = this.spawn();
      void worker.terminate();
      this.pump();
    };
    worker.on('error', (error) =>
      replace(
        /memory/i.test(error.message)
          ? 'The file is too complex to read: reading it needed more memory than allowed.'
          : `Reading the file failed: ${error.message}`,
      ),
    );
    worker.on('exit', () => replace('Reading the file stopped unexpectedly.'));
    return slot;
  }

  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (slot.task || this.queue.length === 0) continue;
      const task = this.queue.shift() as Task;
      slot.task = task;
      slot.timer = setTimeout(() => {
        const seconds = Math.round(this.options.taskTimeoutMs / 1000);
        this.settle(slot, {
          ok: false,
          error: {
            code: 'FILE_TOO_LARGE',
            message: `Reading the file took longer than ${seconds} s; it was stopped.`,
            file: task.file,
          },
        });
        const index = this.slots.indexOf(slot);
        this.slots[index] = this.spawn();
        void slot.worker.terminate();
        this.pump();
      }, this.options.taskTimeoutMs);
      const request: ParseRequest = { taskId: task.id, file: task.file };
      slot.worker.postMessage(request);
    }
  }

  private settle(slot: Slot, result: ParseResult): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const task = slot.task;
    slot.task = null;
    task?.resolve(result);
    slot.onIdle?.();
    slot.onIdle = null;
  }
}

/** Buffers arrive from another thread as plain Uint8Arrays. */
function revive(prepared: PreparedDocument): PreparedDocument {
  return {
    ...prepared,
    offsetMap: prepared.offsetMap ? Buffer.from(prepared.offsetMap) : null,
  };
}
