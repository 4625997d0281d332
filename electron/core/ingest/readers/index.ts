import path from 'node:path';
import { docxReader } from './docx';
import { htmlReader } from './html';
import { imageReader } from './image';
import { pdfReader } from './pdf';
import { plainTextReader } from './plain-text';
import type { FormatReader } from './types';

const READERS: readonly FormatReader[] = [
  plainTextReader,
  htmlReader,
  docxReader,
  pdfReader,
  imageReader,
];

export function readerFor(file: string): FormatReader | undefined {
  const extension = path.extname(file).toLowerCase();
  return READERS.find((reader) => reader.extensions.includes(extension));
}

export const SUPPORTED_EXTENSIONS: readonly string[] = READERS.flatMap((r) => r.extensions);
