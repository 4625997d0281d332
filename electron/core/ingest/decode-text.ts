import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { AppError } from '../../../shared/errors';
import { looksLikeChinese, profileText, type TextProfile } from './chinese-text';
import { MAX_GARBAGE_RATIO } from './limits';

export interface DecodedText {
  text: string;
  encoding: string;
}

/** The legacy Chinese encodings we read. GB18030 is a superset of GBK and GB2312. */
export type LegacyChineseEncoding = 'gb18030' | 'big5';

/** How much of a file the detector and the scoring look at (the whole file is decoded). */
const SAMPLE_BYTES = 256 * 1024;
/** jschardet confidence at or above which its answer is taken without a second opinion. */
const SURE_CONFIDENCE = 0.9;

/**
 * Decodes a plain-text file: UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, or recognised
 * by its zero bytes), and, for bytes that are not UTF-8, GB18030/GBK or Big5 (see
 * `decodeUnlabelled`). Anything else is refused with a reason rather than imported as mojibake;
 * binary files are recognised by NUL bytes and control characters.
 */
export function decodeText(bytes: Buffer, file: string): DecodedText {
  const decoded = decodeUnlabelled(bytes, file);
  const { text } = decoded;
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
  return decoded;
}

/**
 * Decodes bytes whose encoding nothing declares. In order:
 * 1. a BOM (UTF-8, UTF-16 LE/BE) decides;
 * 2. UTF-16 without BOM, recognised by zero bytes in every other position;
 * 3. valid UTF-8 is UTF-8 — unless it contains no Han character at all while reading it as
 *    GB18030/Big5 gives convincing Chinese (short GBK texts can happen to be valid UTF-8);
 * 4. otherwise NUL bytes mean binary (FILE_BINARY);
 * 5. otherwise GB18030 or Big5 (`decodeLegacyChinese`), or FILE_UNDECODABLE.
 */
export function decodeUnlabelled(bytes: Buffer, file: string): DecodedText {
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

  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) {
    if (!couldBeMisreadChinese(utf8)) return { text: utf8, encoding: 'utf-8' };
    const legacy = decodeLegacyChinese(bytes);
    if (legacy && legacy.profile.commonHan >= 2) return legacy.decoded;
    return { text: utf8, encoding: 'utf-8' };
  }
  if (bytes.includes(0)) {
    throw new AppError(
      'FILE_BINARY',
      'This does not look like a text file (it contains binary data).',
      file,
    );
  }
  const legacy = decodeLegacyChinese(bytes);
  if (legacy) return legacy.decoded;
  throw new AppError(
    'FILE_UNDECODABLE',
    'The text encoding is not recognised: it is not UTF-8 or UTF-16, and read as GB18030/GBK or ' +
      'Big5 it decodes to mostly replacement or unusual characters. Save the file as UTF-8 and ' +
      'import it again.',
    file,
  );
}

/**
 * Decodes bytes whose encoding a header or `<meta charset>` declares. Declarations are often
 * wrong on Chinese web pages, so the bytes win when they clearly disagree: a declared UTF-8 that
 * is not valid UTF-8 is detected instead; bytes that are valid UTF-8 with Han characters are
 * UTF-8 whatever is declared; a declared Latin encoding is overridden when detection finds Han
 * characters. Returns null for a label iconv-lite does not know.
 */
export function decodeLabelled(bytes: Buffer, label: string, file: string): DecodedText | null {
  const encoding = canonicalEncoding(label);
  if (encoding === null) return null;
  if (encoding === 'utf-8') {
    const utf8 = tryUtf8(stripUtf8Bom(bytes));
    return utf8 === null ? decodeUnlabelled(bytes, file) : { text: utf8, encoding: 'utf-8' };
  }
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null && /\P{ASCII}/u.test(utf8) && profileText(utf8).han > 0) {
    return { text: utf8, encoding: 'utf-8' };
  }
  if (/^(iso-?8859-|latin|windows-125|cp125|us-ascii|ascii)/.test(encoding)) {
    // Chinese sites sometimes declare ISO-8859-1 for GBK pages: believe the bytes instead.
    const guessed = tryDecodeUnlabelled(bytes, file);
    if (guessed && profileText(guessed.text).han > 0) return guessed;
  }
  return { text: iconv.decode(bytes, encoding), encoding };
}

/** Maps a charset label to the name iconv-lite decodes with; GB2312/GBK widen to GB18030. */
export function canonicalEncoding(label: string): string | null {
  const name = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(name)) return 'utf-8';
  if (
    /^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn|csgb2312|chinese|gb_2312-80)$/.test(name)
  )
    return 'gb18030';
  if (/^(big5|big5-hkscs|cn-big5|x-x-big5|csbig5|cp950)$/.test(name)) return 'big5';
  if (!iconv.encodingExists(name)) return null;
  return name;
}

function tryDecodeUnlabelled(bytes: Buffer, file: string): DecodedText | null {
  try {
    return decodeUnlabelled(bytes, file);
  } catch {
    return null;
  }
}

interface LegacyResult {
  decoded: DecodedText;
  profile: TextProfile;
}

/**
 * Reads bytes as GB18030 or Big5. jschardet's answer is taken when it is sure (confidence ≥ 0.9)
 * and the result looks like Chinese; otherwise both are tried on a sample and the one giving
 * more common Chinese characters (and fewer replacement characters) wins — jschardet confuses
 * short GBK and Big5 texts. The whole text must then pass `looksLikeChinese`, or null.
 */
function decodeLegacyChinese(bytes: Buffer): LegacyResult | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const detected = jschardet.detect(sample);
  const claimed = detected.encoding ? canonicalEncoding(detected.encoding) : null;
  const candidates: LegacyChineseEncoding[] = ['gb18030', 'big5'];
  const scored = candidates.map((encoding) => {
    const profile = profileText(iconv.decode(sample, encoding));
    return { encoding, profile, plausible: looksLikeChinese(profile) };
  });
  const sure = scored.find(
    (s) => s.encoding === claimed && s.plausible && detected.confidence >= SURE_CONFIDENCE,
  );
  const ranked = [...scored].sort(
    (a, b) =>
      Number(b.plausible) - Number(a.plausible) ||
      score(b.profile) - score(a.profile) ||
      Number(b.encoding === claimed) - Number(a.encoding === claimed),
  );
  const chosen = sure ?? ranked[0];
  if (!chosen?.plausible) return null;
  const text = iconv.decode(bytes, chosen.encoding);
  const profile = bytes.length <= SAMPLE_BYTES ? chosen.profile : profileText(text);
  if (!looksLikeChinese(profile)) return null;
  return { decoded: { text, encoding: chosen.encoding }, profile };
}

function score(profile: TextProfile): number {
  return profile.commonHan - 4 * profile.replacement - profile.privateUse;
}

/** Valid UTF-8 with non-ASCII characters, none of them Han: GBK bytes can look like this. */
function couldBeMisreadChinese(text: string): boolean {
  if (!/\P{ASCII}/u.test(text)) return false;
  const profile = profileText(text.slice(0, SAMPLE_BYTES));
  return profile.han === 0 && profile.otherNonAscii > 0;
}

function tryUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function stripUtf8Bom(bytes: Buffer): Buffer {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

function decodeUtf8(bytes: Buffer, file: string): string {
  const text = tryUtf8(bytes);
  if (text !== null) return text;
  if (bytes.includes(0)) {
    throw new AppError(
      'FILE_BINARY',
      'This does not look like a text file (it contains binary data).',
      file,
    );
  }
  throw new AppError(
    'FILE_UNDECODABLE',
    'The file starts with a UTF-8 marker (BOM) but is not valid UTF-8. Save the file as UTF-8 and import it again.',
    file,
  );
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
