import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { AppError } from '../../../shared/errors';

/** What the user reads when a backup cannot be read; `detail` says what exactly failed. */
export function damagedBackup(file: string, detail: string): AppError {
  return new AppError(
    'FILE_CORRUPT',
    `This backup file is damaged or is not a PolicyLens backup (${detail}); nothing was restored.`,
    file,
  );
}

/** yauzl's own name checks (absolute paths, `..`, backslashes) surface as these messages. */
const UNSAFE_NAME = /absolute path|invalid relative path|invalid characters in fileName/;

function readError(error: unknown, file: string): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (UNSAFE_NAME.test(message)) {
    return new AppError(
      'FILE_UNSAFE',
      `This backup names a file outside its own folder (${message}); it was refused and nothing was restored.`,
      file,
    );
  }
  return damagedBackup(file, message);
}

/** Opens a backup zip (central directory only); a truncated or non-zip file is FILE_CORRUPT. */
export async function openBackupZip(file: string): Promise<yauzl.ZipFile> {
  try {
    return await yauzl.openPromise(file, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new AppError('FILE_NOT_FOUND', 'The backup file does not exist.', file);
    if (code === 'EACCES' || code === 'EPERM') {
      throw new AppError(
        'FILE_UNREADABLE',
        'The backup file cannot be read (permission denied).',
        file,
      );
    }
    throw readError(error, file);
  }
}

/** Every entry of the central directory, in order. */
export function readEntries(zip: yauzl.ZipFile, file: string): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.isEncrypted()) {
        reject(damagedBackup(file, `“${entry.fileName}” is encrypted`));
        return;
      }
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => reject(readError(error, file)));
    zip.readEntry();
  });
}

/** Streams an entry's inflated bytes; sizes are checked against the directory by yauzl. */
export async function* entryChunks(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  file: string,
): AsyncGenerator<Buffer> {
  let stream: Readable;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (error) {
    throw readError(error, file);
  }
  const iterator = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await iterator.next();
      } catch (error) {
        throw damagedBackup(
          file,
          `“${entry.fileName}”: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    stream.destroy();
  }
}

/** An entry's whole inflated content (small entries only: the manifest). */
export async function readEntryBuffer(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  file: string,
  maxBytes: number,
): Promise<Buffer> {
  if (entry.uncompressedSize > maxBytes) {
    throw damagedBackup(file, `“${entry.fileName}” is ${entry.uncompressedSize} bytes`);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of entryChunks(zip, entry, file)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
