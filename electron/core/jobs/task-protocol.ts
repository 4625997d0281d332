import type { FileOutcome, JobKind } from '../../../shared/domain';
import type { ErrorInfo } from '../../../shared/errors';
import type { PrintOptions } from '../export/pdf-printer';

/** Data the job manager hands a task worker (every job but imports). */
export interface TaskWorkerData {
  kind: Exclude<JobKind, 'import'>;
  libraryDir: string;
  dictDir: string;
  userTerms: string[];
  /** The validated request of the kind (see tasks.ts). */
  params: unknown;
  /** Int32Array over this buffer; element 0 set to 1 means "stop at the next step". */
  cancelFlag: SharedArrayBuffer;
}

/** Messages a task worker posts back. */
export type TaskWorkerMessage =
  | { type: 'progress'; done: number; total: number; step: string | null }
  | { type: 'outcome'; outcome: FileOutcome }
  | { type: 'print'; requestId: number; html: string; options: PrintOptions }
  | { type: 'finished'; output: string | null; cancelled: boolean }
  | { type: 'error'; error: ErrorInfo };

/** The host's answer to a print request. */
export type TaskHostMessage =
  | { type: 'printed'; requestId: number; pdf: Uint8Array }
  | { type: 'print-failed'; requestId: number; error: ErrorInfo };
