import fs from 'node:fs';
import path from 'node:path';
import { readSourceFile } from '../../electron/core/ingest/read-source';
import { readerFor } from '../../electron/core/ingest/readers';
import type { ExtractedText } from '../../electron/core/ingest/readers/types';
import { AppError } from '../../shared/errors';

/** Reads a file the way the import pipeline does: pick the reader, check the size, read. */
export async function extract(file: string): Promise<ExtractedText> {
  const reader = readerFor(file);
  if (!reader) throw new Error(`no reader for ${file}`);
  return reader.read(readSourceFile(file, reader.maxBytes), file);
}

/** The AppError a file is refused with; fails the test if it is read or fails otherwise. */
export async function extractError(file: string): Promise<AppError> {
  try {
    await extract(file);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw new Error(`expected an AppError for ${file}, got: ${String(error)}`);
  }
  throw new Error(`expected ${file} to be refused`);
}

/** Writes a fixture into `dir` and returns its path. */
export function writeFixture(dir: string, name: string, data: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

/** Non-empty, trimmed lines of a seed file. */
export function seedParagraphs(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
