import type { FileOutcome } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { ParserPool } from '../jobs/parser-pool';
import type { ParseResult } from '../jobs/parser-protocol';
import type { Library } from '../library/library';
import { collectFiles } from './collect-files';
import { failedOutcome, isDatabaseFull, writePreparedDocument } from './write-document';

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

/** Documents committed together: one fsync for many, each still whole or absent. */
const GROUP_MAX_DOCUMENTS = 50;
const GROUP_MAX_MS = 250;

/**
 * Imports files and folders: the pool parses ahead on every core while this thread writes the
 * results in file order. Writes are grouped: a group of documents is one transaction (each
 * document inside its own savepoint, so a failing one fails alone) and outcomes are reported
 * only after the group has committed. Cancelling stops before the next group: what finished
 * stays, nothing is half-written.
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
  const readAhead = pool.size * 4;
  let queued = 0;
  const refill = (upTo: number) => {
    while (queued < files.length && queued < upTo + readAhead) {
      parsing.set(queued, pool.parse(files[queued] as string));
      queued++;
    }
  };

  let index = 0;
  while (index < files.length) {
    const group: { file: string; index: number; result: ParseResult }[] = [];
    const groupStarted = Date.now();
    do {
      refill(index);
      if (progress.isCancelled()) break;
      const file = files[index] as string;
      progress.onFileStart(file, index);
      const result = await (parsing.get(index) as Promise<ParseResult>);
      parsing.delete(index);
      group.push({ file, index, result });
      index++;
    } while (
      index < files.length &&
      group.length < GROUP_MAX_DOCUMENTS &&
      Date.now() - groupStarted < GROUP_MAX_MS
    );
    if (group.length === 0) return { outcomes, cancelled: true };
    for (const [i, outcome] of writeGroup(library, group).entries()) {
      outcomes.push(outcome);
      progress.onFileDone(outcome, group[i]?.index ?? 0);
    }
    if (progress.isCancelled() && index < files.length) return { outcomes, cancelled: true };
  }
  return { outcomes, cancelled: false };
}

function writeGroup(
  library: Library,
  group: readonly { file: string; result: ParseResult }[],
): FileOutcome[] {
  try {
    return library.db.transaction(() =>
      group.map(({ file, result }) =>
        result.ok
          ? writePreparedDocument(library, result.prepared, result.bytes)
          : failedOutcome(file, result.error),
      ),
    )();
  } catch (error) {
    // The disk filled up: the whole group's transaction is abandoned (never continued after
    // SQLITE_FULL), then each file is tried on its own so the ones that fit are still saved.
    if (isDatabaseFull(error) && group.length > 1) {
      return group.flatMap((item) => writeGroup(library, [item]));
    }
    const reason = isDatabaseFull(error)
      ? new AppError('DISK_FULL', 'The disk is full; this file was not saved.')
      : error;
    return group.map(({ file }) => failedOutcome(file, reason));
  }
}
