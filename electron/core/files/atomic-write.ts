import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

/** Why a file could not be written, in words a user can act on. */
export function writeError(error: unknown, file: string): AppError {
  if (error instanceof AppError) return error;
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOSPC':
      return new AppError('DISK_FULL', 'The disk is full; nothing was written.', file);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError(
        'FORBIDDEN',
        'This folder cannot be written to (permission denied).',
        file,
      );
    case 'ENOENT':
      return new AppError('FILE_NOT_FOUND', 'The folder does not exist.', file);
    default:
      return new AppError(
        'INTERNAL',
        `The file could not be written: ${(error as Error).message}`,
        file,
      );
  }
}

/** FILE_EXISTS unless the caller said to replace the file. */
export function assertWritable(target: string, overwrite: boolean | undefined): void {
  if (!overwrite && fs.existsSync(target)) {
    throw new AppError(
      'FILE_EXISTS',
      'A file with this name exists already; choose another name or allow replacing it.',
      target,
    );
  }
}

/**
 * Writes a file so that it is either complete or absent: the bytes go to a temporary name in the
 * same folder, are flushed to disk, and only then take the final name. A failure (disk full,
 * cancel, crash) leaves no half-written file behind.
 */
export async function writeFileAtomic(
  target: string,
  write: (temporaryPath: string) => Promise<void> | void,
  options: { overwrite?: boolean } = {},
): Promise<number> {
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${crypto.randomUUID().slice(0, 8)}.partial`,
  );
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    assertWritable(target, options.overwrite);
    await write(temporary);
    const fd = fs.openSync(temporary, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    assertWritable(target, options.overwrite);
    fs.renameSync(temporary, target);
    return fs.statSync(target).size;
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw writeError(error, target);
  }
}
