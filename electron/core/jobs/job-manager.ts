import crypto from 'node:crypto';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { JobStatus } from '../../../shared/domain';
import { AppError, type ErrorInfo } from '../../../shared/errors';
import type { AppEvent } from '../../../shared/events';
import type { Library } from '../library/library';
import { listUserTerms } from '../search/user-terms';
import type { ImportWorkerData, ImportWorkerMessage } from './import-worker-protocol';
import { markInterruptedJobs, recentJobs, saveJob } from './job-store';
import { throttle } from './throttle';

/** The writer thread holds one document at a time; parsers have their own limits. */
const WORKER_HEAP_LIMIT_MB = 1024;
/** Progress events per job at most this often; a big batch would otherwise flood the UI. */
const PROGRESS_INTERVAL_MS = 150;

/** Built worker-thread entries (see runtime/paths). */
export interface JobScripts {
  importWorker: string;
  parseWorker: string;
}

/** Seconds left at the pace so far; null until a few files tell the pace. */
function estimateSeconds(startedMs: number, done: number, total: number): number | null {
  if (done < 2 || total <= done) return null;
  const perFile = (Date.now() - startedMs) / done;
  return Math.round((perFile * (total - done)) / 1000);
}

interface RunningJob {
  status: JobStatus;
  worker: Worker;
  cancelFlag: Int32Array;
  settled: Promise<JobStatus>;
}

/**
 * Runs long jobs in worker threads and reports them as events: one status object per job,
 * re-sent on every change. Lives in whichever process hosts the core (Electron main, the
 * loopback server, the CLI); the work itself never runs on that process's thread.
 */
export class JobManager {
  private readonly running = new Map<string, RunningJob>();

  constructor(
    private readonly library: Library,
    private readonly scripts: JobScripts,
    private readonly emit: (event: AppEvent) => void,
    private readonly parserCount: number = os.availableParallelism(),
  ) {
    markInterruptedJobs(library.db, new Date().toISOString());
  }

  startImport(paths: string[]): JobStatus {
    const status: JobStatus = {
      id: crypto.randomUUID(),
      kind: 'import',
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
    const cancelBuffer = new SharedArrayBuffer(4);
    const data: ImportWorkerData = {
      libraryDir: this.library.dir,
      paths,
      parseWorkerScript: this.scripts.parseWorker,
      parserCount: Math.max(1, this.parserCount),
      userTerms: listUserTerms(this.library.db),
      cancelFlag: cancelBuffer,
    };
    const startedMs = Date.now();
    const worker = new Worker(this.scripts.importWorker, {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_LIMIT_MB },
    });
    const progress = throttle(() => this.publish(status), PROGRESS_INTERVAL_MS);
    const libraryChanged = throttle(
      () => this.emit({ type: 'library-changed' }),
      PROGRESS_INTERVAL_MS * 4,
    );
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
        saveJob(this.library.db, status);
        libraryChanged.flush();
        progress.cancel();
        this.publish(status);
        resolve(status);
      };
      worker.on('message', (message: ImportWorkerMessage) => {
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
            status.etaSeconds = estimateSeconds(startedMs, status.done, status.total);
            if (message.outcome.status === 'imported') libraryChanged.call();
            break;
          case 'finished':
            finish(message.cancelled ? 'cancelled' : 'done', null);
            return;
          case 'error':
            finish('failed', message.error);
            return;
        }
        progress.call();
      });
      worker.on('error', (error) =>
        finish('failed', { code: 'INTERNAL', message: `The import stopped: ${error.message}` }),
      );
      worker.on('exit', () =>
        finish('failed', {
          code: 'INTERNAL',
          message: 'The import stopped unexpectedly; the files finished before were kept.',
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

  /** Asks a running job to stop before its next file. False when it is not running. */
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
    const jobs = [...this.running.values()];
    for (const job of jobs) Atomics.store(job.cancelFlag, 0, 1);
    await Promise.all(jobs.map((job) => job.settled));
  }

  private publish(status: JobStatus): void {
    this.emit({
      type: 'job',
      job: { ...status, outcomes: [...status.outcomes] },
    });
  }
}
