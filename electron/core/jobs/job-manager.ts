import crypto from 'node:crypto';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { JobKind, JobStatus } from '../../../shared/domain';
import { AppError, toErrorInfo, type ErrorInfo } from '../../../shared/errors';
import type { AppEvent } from '../../../shared/events';
import type { PdfPrinter } from '../export/pdf-printer';
import type { Library } from '../library/library';
import { listUserTerms } from '../search/user-terms';
import { recordExportedFile } from '../settings/exported-files';
import type { ImportWorkerData, ImportWorkerMessage } from './import-worker-protocol';
import { markInterruptedJobs, recentJobs, saveJob } from './job-store';
import type { TaskKind, TaskParams } from './task-context';
import type { TaskHostMessage, TaskWorkerData, TaskWorkerMessage } from './task-protocol';
import { throttle } from './throttle';

/** The writer thread holds one document at a time; parsers have their own limits. */
const WORKER_HEAP_LIMIT_MB = 1024;
/** Progress events per job at most this often; a big batch would otherwise flood the UI. */
const PROGRESS_INTERVAL_MS = 150;
/** Jobs whose output is a file the Reports view lists. */
const FILE_JOBS: ReadonlySet<JobKind> = new Set(['export', 'qdpx-export', 'backup']);

/** Built worker-thread entries (see runtime/paths). */
export interface JobScripts {
  importWorker: string;
  parseWorker: string;
  taskWorker: string;
  dictDir: string;
}

/** Seconds left at the pace so far; null until a few steps tell the pace. */
function estimateSeconds(startedMs: number, done: number, total: number): number | null {
  if (done < 2 || total <= done) return null;
  const perStep = (Date.now() - startedMs) / done;
  return Math.round((perStep * (total - done)) / 1000);
}

interface RunningJob {
  status: JobStatus;
  worker: Worker;
  cancelFlag: Int32Array;
  settled: Promise<JobStatus>;
}

/** How a tracked worker's messages change its job; `finish` ends the job. */
type MessageHandler<M> = (
  message: M,
  status: JobStatus,
  finish: (state: JobStatus['state'], error: ErrorInfo | null) => void,
) => void;

/**
 * Runs long jobs in worker threads and reports them as events: one status object per job,
 * re-sent on every change. Lives in whichever process hosts the core (Electron main, the
 * loopback server, the CLI); the work itself never runs on that process's thread.
 */
export class JobManager {
  private readonly running = new Map<string, RunningJob>();
  private readonly finishedListeners = new Set<(job: JobStatus) => void>();

  constructor(
    private readonly library: Library,
    private readonly scripts: JobScripts,
    private readonly emit: (event: AppEvent) => void,
    private readonly printer: PdfPrinter,
    private readonly parserCount: number = os.availableParallelism(),
  ) {
    markInterruptedJobs(library.db, new Date().toISOString());
  }

  startImport(paths: string[]): JobStatus {
    const cancelBuffer = new SharedArrayBuffer(4);
    const data: ImportWorkerData = {
      libraryDir: this.library.dir,
      paths,
      parseWorkerScript: this.scripts.parseWorker,
      parserCount: Math.max(1, this.parserCount),
      userTerms: listUserTerms(this.library.db),
      cancelFlag: cancelBuffer,
    };
    const worker = new Worker(this.scripts.importWorker, {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_LIMIT_MB },
    });
    const libraryChanged = throttle(
      () => this.emit({ type: 'library-changed' }),
      PROGRESS_INTERVAL_MS * 4,
    );
    return this.track(
      'import',
      null,
      worker,
      cancelBuffer,
      libraryChanged.flush,
      (message: ImportWorkerMessage, status, finish) => {
        switch (message.type) {
          case 'total':
            status.total = message.total;
            break;
          case 'file-start':
            status.currentFile = message.file;
            break;
          case 'file-done':
            status.outcomes.push(message.outcome);
            status.done = status.outcomes.length;
            status.etaSeconds = estimateSeconds(
              Date.parse(status.startedAt),
              status.done,
              status.total,
            );
            if (message.outcome.status === 'imported') libraryChanged.call();
            break;
          case 'finished':
            finish(message.cancelled ? 'cancelled' : 'done', null);
            break;
          case 'error':
            finish('failed', message.error);
            break;
        }
      },
    );
  }

  /** Starts an export, REFI-QDA, backup or restore job in a task worker. */
  startTask<K extends TaskKind>(kind: K, params: TaskParams[K], label: string): JobStatus {
    const cancelBuffer = new SharedArrayBuffer(4);
    const data: TaskWorkerData = {
      kind,
      libraryDir: this.library.dir,
      dictDir: this.scripts.dictDir,
      userTerms: listUserTerms(this.library.db),
      params,
      cancelFlag: cancelBuffer,
    };
    const worker = new Worker(this.scripts.taskWorker, {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_LIMIT_MB * 2 },
    });
    const changesLibrary = kind === 'qdpx-import';
    const afterFinish = () => {
      if (changesLibrary) this.emit({ type: 'library-changed' });
    };
    return this.track(
      kind,
      label,
      worker,
      cancelBuffer,
      afterFinish,
      (message: TaskWorkerMessage, status, finish) => {
        switch (message.type) {
          case 'progress':
            status.done = message.done;
            status.total = message.total;
            status.currentFile = message.step;
            status.etaSeconds = estimateSeconds(
              Date.parse(status.startedAt),
              message.done,
              message.total,
            );
            break;
          case 'outcome':
            status.outcomes.push(message.outcome);
            break;
          case 'print':
            this.printer.print(message.html, message.options).then(
              (pdf) =>
                worker.postMessage({
                  type: 'printed',
                  requestId: message.requestId,
                  pdf,
                } satisfies TaskHostMessage),
              (error: unknown) =>
                worker.postMessage({
                  type: 'print-failed',
                  requestId: message.requestId,
                  error: toErrorInfo(error),
                } satisfies TaskHostMessage),
            );
            break;
          case 'finished':
            status.output = message.output;
            if (!message.cancelled && message.output && FILE_JOBS.has(kind)) {
              try {
                recordExportedFile(this.library.db, { path: message.output, kind, title: label });
              } catch {
                // The file is written; only the Reports view's list misses it (disk full).
              }
            }
            finish(message.cancelled ? 'cancelled' : 'done', null);
            break;
          case 'error':
            finish('failed', message.error);
            break;
        }
      },
    );
  }

  /** Calls `listener` with each job's final status (e.g. to start OCR after an import). */
  onFinished(listener: (job: JobStatus) => void): () => void {
    this.finishedListeners.add(listener);
    return () => this.finishedListeners.delete(listener);
  }

  /** Whether a job of this kind is running now. */
  isRunning(kind: JobKind): boolean {
    return [...this.running.values()].some((job) => job.status.kind === kind);
  }

  /** Asks a running job to stop at its next step. False when it is not running. */
  cancel(jobId: string): boolean {
    const job = this.running.get(jobId);
    if (!job) return false;
    Atomics.store(job.cancelFlag, 0, 1);
    return true;
  }

  /** Resolves with the final status of a job started by this manager. */
  async wait(jobId: string): Promise<JobStatus> {
    const job = this.running.get(jobId);
    if (job) return job.settled;
    const stored = recentJobs(this.library.db).find((j) => j.id === jobId);
    if (!stored) throw new AppError('NOT_FOUND', `No job ${jobId}.`);
    return stored;
  }

  /** Running jobs first, then the most recent finished ones (kept in the library). */
  list(): JobStatus[] {
    const live = [...this.running.values()].map((job) => ({ ...job.status }));
    const liveIds = new Set(live.map((job) => job.id));
    return [...live, ...recentJobs(this.library.db).filter((job) => !liveIds.has(job.id))];
  }

  /** Cancels every job and waits until each worker has stopped writing. */
  async shutdown(): Promise<void> {
    this.finishedListeners.clear();
    const jobs = [...this.running.values()];
    for (const job of jobs) Atomics.store(job.cancelFlag, 0, 1);
    await Promise.all(jobs.map((job) => job.settled));
  }

  /** Registers a job's worker, publishes its status on every message, and settles once. */
  private track<M>(
    kind: JobKind,
    label: string | null,
    worker: Worker,
    cancelBuffer: SharedArrayBuffer,
    afterFinish: () => void,
    onMessage: MessageHandler<M>,
  ): JobStatus {
    const status: JobStatus = {
      id: crypto.randomUUID(),
      kind,
      label,
      output: null,
      state: 'running',
      total: 0,
      done: 0,
      currentFile: null,
      etaSeconds: null,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      outcomes: [],
      error: null,
    };
    saveJob(this.library.db, status);
    const progress = throttle(() => this.publish(status), PROGRESS_INTERVAL_MS);
    const settled = new Promise<JobStatus>((resolve) => {
      let finished = false;
      const finish = (state: JobStatus['state'], error: ErrorInfo | null) => {
        if (finished) return;
        finished = true;
        status.state = state;
        status.error = error;
        status.currentFile = null;
        status.etaSeconds = null;
        status.finishedAt = new Date().toISOString();
        this.running.delete(status.id);
        try {
          saveJob(this.library.db, status);
        } catch {
          // A full disk (or a locked library) must not take the app down with the job: the
          // final status still reaches the UI; only the job history misses this entry.
        }
        afterFinish();
        progress.cancel();
        this.publish(status);
        resolve(status);
        for (const listener of this.finishedListeners) {
          try {
            listener({ ...status });
          } catch {
            // A follow-up (e.g. starting OCR) that cannot start now is tried on the next run.
          }
        }
      };
      worker.on('message', (message: M) => {
        if (finished) return;
        onMessage(message, status, finish);
        if (!finished) progress.call();
      });
      worker.on('error', (error) =>
        finish('failed', { code: 'INTERNAL', message: `The job stopped: ${error.message}` }),
      );
      worker.on('exit', () =>
        finish('failed', {
          code: 'INTERNAL',
          message: 'The job stopped unexpectedly; nothing half-written was kept.',
        }),
      );
    });
    this.running.set(status.id, {
      status,
      worker,
      cancelFlag: new Int32Array(cancelBuffer),
      settled,
    });
    this.publish(status);
    return { ...status };
  }

  private publish(status: JobStatus): void {
    this.emit({
      type: 'job',
      job: { ...status, outcomes: [...status.outcomes] },
    });
  }
}
