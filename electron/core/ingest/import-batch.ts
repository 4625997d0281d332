import type { FileOutcome } from '../../../shared/domain';
import type { Library } from '../library/library';
import { collectFiles } from './collect-files';
import { importFile } from './import-file';

export interface ImportProgress {
  onTotal(total: number): void;
  onFileStart(file: string, index: number): void;
  onFileDone(outcome: FileOutcome, index: number): void;
  isCancelled(): boolean;
}

export interface ImportBatchResult {
  outcomes: FileOutcome[];
  cancelled: boolean;
}

/**
 * Imports files and folders one document at a time, each in its own transaction. Cancelling
 * stops before the next file: what finished stays, nothing is half-written.
 */
export function importBatch(
  library: Library,
  inputs: readonly string[],
  progress: ImportProgress,
): ImportBatchResult {
  const files = collectFiles(inputs);
  progress.onTotal(files.length);
  const outcomes: FileOutcome[] = [];
  for (const [index, file] of files.entries()) {
    if (progress.isCancelled()) return { outcomes, cancelled: true };
    progress.onFileStart(file, index);
    const outcome = importFile(library, file);
    outcomes.push(outcome);
    progress.onFileDone(outcome, index);
  }
  return { outcomes, cancelled: false };
}
