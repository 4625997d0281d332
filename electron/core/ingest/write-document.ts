import type { FileOutcome } from '../../../shared/domain';
import { AppError, toErrorInfo } from '../../../shared/errors';
import { findDocumentIdByContentHash, insertDocument } from '../library/documents';
import type { Library } from '../library/library';
import type { PreparedDocument } from './prepare-document';
import { storeOriginal } from './store-original';

/**
 * Writes a prepared document: duplicate check by content, the original kept in the library,
 * then the document, its sections and pages in one transaction. Never throws: a failure is an
 * outcome naming the file, so the batch goes on.
 */
export function writePreparedDocument(
  library: Library,
  prepared: PreparedDocument,
  bytes: Buffer,
  now: Date = new Date(),
): FileOutcome {
  const { file } = prepared;
  try {
    const existing = findDocumentIdByContentHash(library.db, prepared.contentHash);
    if (existing !== undefined) return { file, status: 'duplicate', duplicateOf: existing };
    const originalPath = storeOriginal(library.dir, bytes, prepared.fileHash, prepared.extension);
    const { file: sourcePath, extension: _extension, ...document } = prepared;
    try {
      const docId = insertDocument(library.db, {
        ...document,
        originalPath,
        sourcePath,
        importedAt: now.toISOString(),
      });
      return {
        file,
        status: 'imported',
        docId,
        ...(prepared.needsOcr ? { needsOcr: true } : {}),
      };
    } catch (error) {
      // Another writer imported the same content between our check and our insert.
      const raced =
        (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE'
          ? findDocumentIdByContentHash(library.db, prepared.contentHash)
          : undefined;
      if (raced === undefined) throw error;
      return { file, status: 'duplicate', duplicateOf: raced };
    }
  } catch (error) {
    // After SQLITE_FULL SQLite may have rolled back more than this document: the caller must
    // abandon its whole transaction rather than go on writing in it.
    if (isDatabaseFull(error)) throw error;
    return failedOutcome(file, translateSqliteError(error, file));
  }
}

export function isDatabaseFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_FULL');
}

export function failedOutcome(file: string, error: unknown): FileOutcome {
  return { file, status: 'failed', error: { ...toErrorInfo(error), file } };
}

function translateSqliteError(error: unknown, file: string): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_FULL') {
    return new AppError('DISK_FULL', 'The disk is full; nothing of this file was saved.', file);
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError(
      'LIBRARY_LOCKED',
      'The library is busy (another program is writing to it). Try again.',
      file,
    );
  }
  return error;
}
