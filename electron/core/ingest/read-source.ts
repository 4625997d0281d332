import fs from 'node:fs';
import { AppError } from '../../../shared/errors';

/**
 * Reads a file the user asked to import, turning every way that can fail into an AppError a
 * researcher understands (naming the file).
 */
export function readSourceFile(file: string, maxBytes: number): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw fileSystemError(error, file);
  }
  if (stat.isDirectory()) throw new AppError('UNSUPPORTED_FORMAT', 'This is a folder.', file);
  if (!stat.isFile()) throw new AppError('UNSUPPORTED_FORMAT', 'Not a regular file.', file);
  if (stat.size === 0) throw new AppError('FILE_EMPTY', 'The file is empty (0 bytes).', file);
  if (stat.size > maxBytes) {
    throw new AppError(
      'FILE_TOO_LARGE',
      `The file is ${formatMegabytes(stat.size)}; the limit for this format is ${formatMegabytes(maxBytes)}.`,
      file,
    );
  }
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw fileSystemError(error, file);
  }
}

export function fileSystemError(error: unknown, file: string): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new AppError('FILE_NOT_FOUND', 'The file does not exist.', file);
    case 'EACCES':
    case 'EPERM':
      return new AppError('FILE_UNREADABLE', 'Permission denied: the file cannot be read.', file);
    case 'ENOSPC':
      return new AppError('DISK_FULL', 'The disk is full.', file);
    case 'EISDIR':
      return new AppError('UNSUPPORTED_FORMAT', 'This is a folder.', file);
    default:
      return new AppError(
        'FILE_UNREADABLE',
        `The file cannot be read: ${(error as Error).message}`,
        file,
      );
  }
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
