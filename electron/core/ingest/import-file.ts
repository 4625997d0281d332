import crypto from 'node:crypto';
import path from 'node:path';
import type { FileOutcome } from '../../../shared/domain';
import { AppError, toErrorInfo } from '../../../shared/errors';
import { countCodePoints, findDocumentIdByContentHash, insertDocument } from '../library/documents';
import type { Library } from '../library/library';
import { readSourceFile } from './read-source';
import { readerFor } from './readers';
import { storeOriginal } from './store-original';

const TITLE_MAX_CHARS = 80;

/**
 * Imports one file: read, extract, detect a duplicate by content, keep the original, then
 * write the document and its sections in one transaction. Never throws: every failure becomes
 * an outcome naming the file and the reason, so a batch goes on.
 */
export function importFile(library: Library, file: string, now: Date = new Date()): FileOutcome {
  try {
    const reader = readerFor(file);
    if (!reader) {
      throw new AppError(
        'UNSUPPORTED_FORMAT',
        `Files of type "${path.extname(file) || '(none)'}" cannot be imported.`,
        file,
      );
    }
    const bytes = readSourceFile(file, reader.maxBytes);
    const extracted = reader.read(bytes, file);
    const text = normaliseNewlines(extracted.text);
    const contentHash = sha256(text);

    const existing = findDocumentIdByContentHash(library.db, contentHash);
    if (existing !== undefined) return { file, status: 'duplicate', duplicateOf: existing };

    const fileHash = sha256(bytes);
    const extension = path.extname(file).toLowerCase();
    const originalPath = storeOriginal(library.dir, bytes, fileHash, extension);
    const title = titleFrom(text, file);
    const insert = () =>
      insertDocument(library.db, {
        title,
        fileName: path.basename(file),
        format: reader.format,
        originalPath,
        sourcePath: file,
        encoding: extracted.encoding,
        byteSize: bytes.length,
        contentHash,
        fileHash,
        text,
        importedAt: now.toISOString(),
        sections: [
          { level: 0, title, start: 0, end: countCodePoints(text), page: null, parentIndex: null },
        ],
      });
    try {
      return { file, status: 'imported', docId: insert() };
    } catch (error) {
      // Another writer imported the same content between our check and our insert.
      const raced = isUniqueViolation(error)
        ? findDocumentIdByContentHash(library.db, contentHash)
        : undefined;
      if (raced === undefined) throw error;
      return { file, status: 'duplicate', duplicateOf: raced };
    }
  } catch (error) {
    return {
      file,
      status: 'failed',
      error: { ...toErrorInfo(translateSqliteError(error, file)), file },
    };
  }
}

function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\s+$/u, '');
}

function sha256(data: string | Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** The first non-empty line, shortened; the file name when the text has none worth showing. */
function titleFrom(text: string, file: string): string {
  const firstLine = text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0);
  if (!firstLine) return path.basename(file, path.extname(file));
  const chars = Array.from(firstLine);
  return chars.length > TITLE_MAX_CHARS
    ? `${chars.slice(0, TITLE_MAX_CHARS).join('')}…`
    : firstLine;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function translateSqliteError(error: unknown, file: string): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_FULL')
    return new AppError('DISK_FULL', 'The disk is full; nothing of this file was saved.', file);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError(
      'LIBRARY_LOCKED',
      'The library is busy (another program is writing to it). Try again.',
      file,
    );
  }
  return error;
}
