import type { FileOutcome, StartExport, StartOcr } from '../../../shared/domain';
import type { PrintOptions } from '../export/pdf-printer';
import type { Library } from '../library/library';

/** What each kind of task is asked to do (validated and resolved by the handler that starts it). */
export interface TaskParams {
  export: StartExport & { path: string };
  'qdpx-export': { path: string; overwrite?: boolean };
  'qdpx-import': { path: string };
  backup: { path: string; overwrite?: boolean; automatic?: boolean };
  restore: { file: string; targetDir: string };
  /** `workers`: recognition threads for this run (default: the library's setting). */
  ocr: StartOcr & { workers?: number };
}
export type TaskKind = keyof TaskParams;

/** Thrown by `checkCancelled`; the worker reports the job as cancelled, not failed. */
export class TaskCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** What a task sees of the world: its own library connection, progress, cancel, a PDF printer. */
export interface TaskContext {
  library: Library;
  dictDir: string;
  progress(done: number, total: number, step?: string | null): void;
  /** One line of the job's per-file report (a REFI-QDA source imported, a passage not placed). */
  outcome(outcome: FileOutcome): void;
  /** Throws TaskCancelled once the user has asked to stop; call it between steps. */
  checkCancelled(): void;
  /** Prints HTML to PDF in the host process (Electron's printToPDF or headless Chromium). */
  printPdf(html: string, options: PrintOptions): Promise<Uint8Array>;
}

/** Runs one task; resolves with the file or folder it wrote (null if none). */
export type TaskRunner<K extends TaskKind> = (
  ctx: TaskContext,
  params: TaskParams[K],
) => Promise<string | null>;
