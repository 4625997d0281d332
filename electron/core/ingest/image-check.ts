/**
 * Structural checks on image files that need no pixel decoding: is the file complete, and how
 * many pages (TIFF directories) does it have, with what size. Each returns a reason string when
 * the file is damaged, so the reader can say what is wrong.
 */

export interface PageSize {
  width: number;
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Walks the PNG chunks: each must fit in the file, and the file must reach IEND. */
export function checkPng(bytes: Buffer): string | null {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'not a PNG signature';
  let offset = 8;
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > bytes.length) return `the image data is cut off (in chunk ${type})`;
    if (type === 'IEND') return null;
    offset = end;
  }
  return 'the image data is cut off (no end marker)';
}

/**
 * A JPEG is complete when an end-of-image marker (FF D9) follows the first start-of-scan (FF DA).
 * Inside entropy-coded data FF is always followed by 00 or a restart marker, so FF D9 after the
 * scan starts is the real end (an EXIF thumbnail's own FF D9 comes before the main scan).
 */
export function checkJpeg(bytes: Buffer): string | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return 'not a JPEG signature';
  const scan = bytes.indexOf(Buffer.from([0xff, 0xda]), 2);
  if (scan < 0) return 'the image has no image data';
  if (bytes.indexOf(Buffer.from([0xff, 0xd9]), scan + 2) < 0) return 'the image data is cut off';
  return null;
}

/** BMP: the file size in the header must not exceed the bytes present. */
export function checkBmp(bytes: Buffer): string | null {
  if (bytes.length < 26) return 'the header is cut off';
  const declared = bytes.readUInt32LE(2);
  const dataOffset = bytes.readUInt32LE(10);
  if (dataOffset > bytes.length || (declared > 0 && declared > bytes.length)) {
    return 'the image data is cut off';
  }
  return null;
}

/** WebP: the RIFF size must not exceed the bytes present. */
export function checkWebp(bytes: Buffer): string | null {
  if (bytes.length < 12) return 'the header is cut off';
  if (bytes.readUInt32LE(4) + 8 > bytes.length) return 'the image data is cut off';
  return null;
}

const TIFF_MAX_PAGES = 10_000;
const TAG_WIDTH = 256;
const TAG_HEIGHT = 257;
const TAG_STRIP_OFFSETS = 273;
const TAG_STRIP_BYTE_COUNTS = 279;
const TAG_TILE_OFFSETS = 324;
const TAG_TILE_BYTE_COUNTS = 325;

/**
 * Walks a classic TIFF's chain of image file directories (one per page) and reads each page's
 * width and height. Every directory, and every strip or tile of image data, must lie inside the
 * file. BigTIFF is not walked (null pages: the caller falls back to one page).
 */
export function readTiffPages(bytes: Buffer): { pages: PageSize[] | null; problem: string | null } {
  if (bytes.length < 8) return { pages: null, problem: 'the header is cut off' };
  const order = bytes.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return { pages: null, problem: 'not a TIFF signature' };
  const le = order === 'II';
  const u16 = (at: number) => (le ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
  const u32 = (at: number) => (le ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  if (u16(2) === 43) return { pages: null, problem: null };
  if (u16(2) !== 42) return { pages: null, problem: 'not a TIFF signature' };

  const pages: PageSize[] = [];
  const seen = new Set<number>();
  let ifd = u32(4);
  while (ifd !== 0) {
    if (seen.has(ifd) || pages.length >= TIFF_MAX_PAGES) {
      return { pages: null, problem: 'its page directory is damaged (a loop)' };
    }
    seen.add(ifd);
    if (ifd + 2 > bytes.length) return { pages: null, problem: 'the file is cut off' };
    const count = u16(ifd);
    if (ifd + 2 + count * 12 + 4 > bytes.length) {
      return { pages: null, problem: 'the file is cut off' };
    }
    const values = new Map<number, number[]>();
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      const tag = u16(entry);
      const type = u16(entry + 2);
      const n = u32(entry + 4);
      const size = type === 3 ? 2 : type === 4 ? 4 : 0;
      if (size === 0 || n === 0 || n > 1_000_000) continue;
      const at = n * size <= 4 ? entry + 8 : u32(entry + 8);
      if (at + n * size > bytes.length) return { pages: null, problem: 'the file is cut off' };
      const list: number[] = [];
      for (let k = 0; k < n; k++) list.push(size === 2 ? u16(at + k * 2) : u32(at + k * 4));
      values.set(tag, list);
    }
    const problem =
      checkDataRanges(values.get(TAG_STRIP_OFFSETS), values.get(TAG_STRIP_BYTE_COUNTS), bytes) ??
      checkDataRanges(values.get(TAG_TILE_OFFSETS), values.get(TAG_TILE_BYTE_COUNTS), bytes);
    if (problem) return { pages: null, problem };
    pages.push({
      width: values.get(TAG_WIDTH)?.[0] ?? 0,
      height: values.get(TAG_HEIGHT)?.[0] ?? 0,
    });
    ifd = u32(ifd + 2 + count * 12);
  }
  return { pages, problem: pages.length === 0 ? 'it has no pages' : null };
}

function checkDataRanges(
  offsets: number[] | undefined,
  counts: number[] | undefined,
  bytes: Buffer,
): string | null {
  if (!offsets || !counts) return null;
  for (let i = 0; i < Math.min(offsets.length, counts.length); i++) {
    if (offsets[i]! + counts[i]! > bytes.length) return 'the image data is cut off';
  }
  return null;
}
