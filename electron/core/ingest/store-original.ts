import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ORIGINALS_DIR } from '../library/library';
import { fileSystemError } from './read-source';

/**
 * Keeps the original bytes in the library, content-addressed so the same file is stored once.
 * Written to a temporary name, flushed and renamed, so a crash never leaves a partial original
 * under its final name. Returns the path relative to the library folder.
 */
export function storeOriginal(
  libraryDir: string,
  bytes: Buffer,
  fileHash: string,
  extension: string,
): string {
  const relative = path.join(ORIGINALS_DIR, fileHash.slice(0, 2), `${fileHash}${extension}`);
  const target = path.join(libraryDir, relative);
  if (fs.existsSync(target)) return relative;
  // Parsers run as threads of one process: the temporary name must be unique per call.
  const temporary = `${target}.${crypto.randomUUID()}.partial`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const fd = fs.openSync(temporary, 'w');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw fileSystemError(error, target);
  }
  return relative;
}
