import type { FileOutcome } from '../../../shared/domain';
import type { ErrorInfo } from '../../../shared/errors';

/** Data the job manager hands an import worker. */
export interface ImportWorkerData {
  libraryDir: string;
  paths: string[];
  /** Built parser-thread script and how many parsers to run (one per core by default). */
  parseWorkerScript: string;
  parserCount: number;
  /** The user's dictionary words, so parsers segment like the rest of the app. */
  userTerms: string[];
  /** Int32Array over this buffer; element 0 set to 1 means "stop before the next file". */
  cancelFlag: SharedArrayBuffer;
}

/** Messages an import worker posts back, in order. */
export type ImportWorkerMessage =
  | { type: 'total'; total: number }
  | { type: 'file-start'; file: string; index: number }
  | { type: 'file-done'; outcome: FileOutcome; index: number }
  | { type: 'finished'; cancelled: boolean }
  | { type: 'error'; error: ErrorInfo };
