import iconv from 'iconv-lite';
import { AppError } from '../../../shared/errors';
import { MAX_GARBAGE_RATIO } from './limits';

export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Decodes a plain-text file: UTF-8 (with or without BOM) and UTF-16 LE/BE (with BOM, or
 * recognised by its zero bytes). Anything else that is not valid UTF-8 is refused with a reason
 * rather than imported as mojibake; binary files are recognised by NUL bytes.
 */
export function decodeText(bytes: Buffer, file: string): DecodedText {
  const { text, encoding } = decodeByBomOrShape(bytes, file);
  const garbage = countGarbage(text);
  if (text.length > 0 && garbage / text.length > MAX_GARBAGE_RATIO) {
    throw new AppError(
      'FILE_BINARY',
      'This does not look like a text file (it contains binary data).',
      file,
    );
  }
  if (text.trim().length === 0) {
    throw new AppError('FILE_EMPTY', 'The file contains no text, only white space.', file);
  }
  return { text, encoding };
}

function decodeByBomOrShape(bytes: Buffer, file: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3), file), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { text: iconv.decode(bytes, utf16), encoding: utf16 };
  return { text: decodeUtf8(bytes, file), encoding: 'utf-8' };
}

function decodeUtf8(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (bytes.includes(0)) {
      throw new AppError(
        'FILE_BINARY',
        'This does not look like a text file (it contains binary data).',
        file,
      );
    }
    throw new AppError(
      'FILE_UNDECODABLE',
      'The text encoding is not recognised (not UTF-8 or UTF-16). Save the file as UTF-8 and import it again.',
      file,
    );
  }
}

/**
 * UTF-16 without a BOM: ASCII and CJK punctuation put a zero in every other byte. Requiring
 * most even (or odd) bytes to be zero and the other half almost never zero tells it apart from
 * a binary file.
 */
function guessBomlessUtf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros / pairs > 0.3 && evenZeros / pairs < 0.02) return 'utf-16le';
  if (evenZeros / pairs > 0.3 && oddZeros / pairs < 0.02) return 'utf-16be';
  return null;
}

/** Replacement characters and C0 controls other than tab, newline, carriage return, form feed. */
function countGarbage(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) {
      count++;
    }
  }
  return count;
}
