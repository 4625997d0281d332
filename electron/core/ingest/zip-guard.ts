import yauzl from 'yauzl';
import { AppError } from '../../../shared/errors';
import {
  DOCX_RATIO_MIN_BYTES,
  MAX_DOCX_COMPRESSION_RATIO,
  MAX_DOCX_ENTRIES,
  MAX_DOCX_UNCOMPRESSED_BYTES,
} from './limits';

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

export interface CheckedZip {
  entries: ZipEntryInfo[];
  /** Inflated contents of the entries asked for in `keep`, by name. */
  kept: Map<string, Buffer>;
}

export interface ZipGuardOptions {
  /** What the user is told when the bytes are not a zip at all. */
  notZipMessage: string;
  /** Entries whose inflated bytes are returned (small XML parts such as docProps/core.xml). */
  keep?: readonly string[];
}

/** Entries never parsed as XML, so not inflated for the markup check. */
const BINARY_ENTRY = /\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|webp|jfif|bin|ttf|odttf|otf|wdp)$/i;

/**
 * Checks a zip (.docx) before anything inflates it, using only its central directory: at most
 * MAX_DOCX_ENTRIES entries, at most MAX_DOCX_UNCOMPRESSED_BYTES declared in total, no entry above
 * DOCX_RATIO_MIN_BYTES inflating more than MAX_DOCX_COMPRESSION_RATIO times (a zip bomb). Then
 * it inflates the markup entries (yauzl validates the actual sizes against the declared ones, so
 * a lying directory is caught) and refuses any that declares a DTD or entities (`<!DOCTYPE`,
 * `<!ENTITY`): Office never writes them, and they are how XXE and "billion laughs" attacks work.
 */
export async function checkZip(
  bytes: Buffer,
  file: string,
  options: ZipGuardOptions,
): Promise<CheckedZip> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch {
    throw new AppError('FILE_CORRUPT', options.notZipMessage, file);
  }
  try {
    if (zip.entryCount > MAX_DOCX_ENTRIES) throw tooManyEntries(zip.entryCount, file);
    const entries = await readCentralDirectory(zip, file);
    const kept = new Map<string, Buffer>();
    for (const entry of entries) {
      if (entry.fileName.endsWith('/') || BINARY_ENTRY.test(entry.fileName)) continue;
      const keep = options.keep?.includes(entry.fileName) ?? false;
      const data = await scanEntry(zip, entry, keep, file);
      if (keep && data) kept.set(entry.fileName, data);
    }
    return {
      entries: entries.map((entry) => ({
        name: entry.fileName,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
      })),
      kept,
    };
  } finally {
    zip.close();
  }
}

function readCentralDirectory(zip: yauzl.ZipFile, file: string): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    let total = 0;
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      total += entry.uncompressedSize;
      if (entries.length > MAX_DOCX_ENTRIES) return reject(tooManyEntries(entries.length, file));
      if (total > MAX_DOCX_UNCOMPRESSED_BYTES) {
        return reject(
          new AppError(
            'FILE_TOO_LARGE',
            `The document would unpack to more than ${MAX_DOCX_UNCOMPRESSED_BYTES / 1024 / 1024} MB; ` +
              'it was refused before unpacking.',
            file,
          ),
        );
      }
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > DOCX_RATIO_MIN_BYTES && ratio > MAX_DOCX_COMPRESSION_RATIO) {
        return reject(
          new AppError(
            'FILE_UNSAFE',
            `Part "${entry.fileName}" would unpack to ${Math.round(ratio)} times its size ` +
              '(a "zip bomb"); the document was refused before unpacking.',
            file,
          ),
        );
      }
      if (entry.isEncrypted()) {
        return reject(new AppError('FILE_ENCRYPTED', 'The document is password-protected.', file));
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) =>
      reject(new AppError('FILE_CORRUPT', `The document is damaged: ${error.message}`, file)),
    );
    zip.readEntry();
  });
}

/** Inflates one entry, refusing DTDs and entity declarations; returns the bytes if kept. */
async function scanEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  keep: boolean,
  file: string,
): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let tail = '';
  try {
    const stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (keep) chunks.push(chunk);
      // Dropping NULs lets the same test see UTF-16 markup.
      const text = tail + chunk.toString('latin1').replace(/\0/g, '');
      if (/<!\s*(DOCTYPE|ENTITY)/i.test(text)) {
        throw new AppError(
          'FILE_UNSAFE',
          `Part "${entry.fileName}" declares a DTD or entities (<!DOCTYPE>/<!ENTITY>), which ` +
            'Word never writes and which can be used to read other files; the document was refused.',
          file,
        );
      }
      tail = text.slice(-16);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'FILE_CORRUPT',
      `The document is damaged (part "${entry.fileName}": ${(error as Error).message}).`,
      file,
    );
  }
  return keep ? Buffer.concat(chunks) : null;
}

function tooManyEntries(count: number, file: string): AppError {
  return new AppError(
    'FILE_UNSAFE',
    `The document holds ${count} parts (the limit is ${MAX_DOCX_ENTRIES}); it was refused ` +
      'before unpacking.',
    file,
  );
}
