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
 * Files handed to the parsers ahead of the writer. Writing a group blocks this thread, so the
 * parsers must hold enough work to stay busy through it: with only a few files queued they sat
 * idle half the time (profile at 2,000 documents: 45 % idle parser threads).
 */
const READ_AHEAD = GROUP_MAX_DOCUMENTS * 2;

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
  const readAhead = Math.max(pool.size * 4, READ_AHEAD);
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
    for (const [i, outcome] of (await writeGroup(library, group)).entries()) {
      outcomes.push(outcome);
      progress.onFileDone(outcome, group[i]?.index ?? 0);
    }
    if (progress.isCancelled() && index < files.length) return { outcomes, cancelled: true };
  }
  return { outcomes, cancelled: false };
}

/**
 * Writes a group in one IMMEDIATE transaction (each document in its own savepoint, inside
 * writePreparedDocument), yielding to the event loop between documents: the parsers' results
 * arrive on this thread, and the pool hands a parser its next file only when this thread sees
 * that result. Written in one synchronous block, a group left both parsers idle for as long as
 * it took (a third of the import at 10,000 documents; see docs/performance.md).
 */
async function writeGroup(
  library: Library,
  group: readonly { file: string; result: ParseResult }[],
): Promise<FileOutcome[]> {
  const db = library.db;
  try {
    db.exec('BEGIN IMMEDIATE');
    const outcomes: FileOutcome[] = [];
    for (const { file, result } of group) {
      outcomes.push(
        result.ok
          ? writePreparedDocument(library, result.prepared, result.bytes)
          : failedOutcome(file, result.error),
      );
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    db.exec('COMMIT');
    return outcomes;
  } catch (error) {
    // SQLite may have rolled back already (SQLITE_FULL): only roll back what is still open.
    if (db.inTransaction) db.exec('ROLLBACK');
    // The disk filled up: the whole group's transaction is abandoned (never continued after
    // SQLITE_FULL), then each file is tried on its own so the ones that fit are still saved.
    if (isDatabaseFull(error) && group.length > 1) {
      const outcomes: FileOutcome[] = [];
      for (const item of group) outcomes.push(...(await writeGroup(library, [item])));
      return outcomes;
    }
    const reason = isDatabaseFull(error)
      ? new AppError('DISK_FULL', 'The disk is full; this file was not saved.')
      : error;
    return group.map(({ file }) => failedOutcome(file, reason));
  }
}
