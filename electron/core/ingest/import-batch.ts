import type { FileOutcome } from '../../../shared/domain';
import type { ParserPool } from '../jobs/parser-pool';
import type { ParseResult } from '../jobs/parser-protocol';
import type { Library } from '../library/library';
import { collectFiles } from './collect-files';
import { failedOutcome, writePreparedDocument } from './write-document';

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
 * Imports files and folders: the pool parses ahead on every core while this thread writes the
 * results in file order, one transaction per document. Cancelling stops before the next write:
 * what finished stays, nothing is half-written.
 */
export async function importBatch(
  library: Library,
  inputs: readonly string[],
  pool: ParserPool,
  progress: ImportProgress,
): Promise<ImportBatchResult> {
  const files = collectFiles(inputs);
  progress.onTotal(files.length);
  const outcomes: FileOutcome[] = [];
  const parsing = new Map<number, Promise<ParseResult>>();
  const readAhead = pool.size * 2;
  let queued = 0;
  for (const [index, file] of files.entries()) {
    while (queued < files.length && queued < index + readAhead) {
      parsing.set(queued, pool.parse(files[queued] as string));
      queued++;
    }
    if (progress.isCancelled()) return { outcomes, cancelled: true };
    progress.onFileStart(file, index);
    const result = await (parsing.get(index) as Promise<ParseResult>);
    parsing.delete(index);
    if (progress.isCancelled()) return { outcomes, cancelled: true };
    const outcome = result.ok
      ? writePreparedDocument(library, result.prepared, result.bytes)
      : failedOutcome(file, result.error);
    outcomes.push(outcome);
    progress.onFileDone(outcome, index);
  }
  return { outcomes, cancelled: false };
}
