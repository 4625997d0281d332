import { imageSize } from 'image-size';
import { AppError } from '../../../../shared/errors';
import {
  checkBmp,
  checkJpeg,
  checkPng,
  checkWebp,
  readTiffPages,
  type PageSize,
} from '../image-check';
import { MAX_IMAGE_FILE_BYTES, MAX_IMAGE_PIXELS } from '../limits';
import type { FormatReader } from './types';

/**
 * Scanned pages and photos of documents. Nothing is decoded here: the size comes from the header
 * (image-size), completeness from the file structure (`image-check`), and the document is
 * imported with no text, every page flagged `needsOcr` for the OCR step. A multi-page TIFF has
 * one page per image directory.
 */
export const imageReader: FormatReader = {
  format: 'image',
  extensions: ['.png', '.jpg', '.jpeg', '.tif', '.tiff', '.bmp', '.webp'],
  maxBytes: MAX_IMAGE_FILE_BYTES,
  read: async (bytes, file) => {
    const pages = imagePages(bytes, file);
    return {
      text: pages.map(() => '').join('\n\n'),
      encoding: null,
      needsOcr: true,
      pages: pages.map((_, index) => ({
        number: index + 1,
        text: '',
        needsOcr: true,
        ocrReason: 'image',
      })),
    };
  },
};

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  png: 'PNG',
  jpg: 'JPEG',
  tiff: 'TIFF',
  bmp: 'BMP',
  webp: 'WebP',
};

function imagePages(bytes: Buffer, file: string): PageSize[] {
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    throw new AppError('FILE_CORRUPT', 'This image is damaged or is not an image.', file);
  }
  const type = size.type ?? 'unknown';
  if (!(type in FORMAT_NAMES)) {
    throw new AppError(
      'UNSUPPORTED_FORMAT',
      `This is a ${type.toUpperCase()} image; only PNG, JPEG, TIFF, BMP and WebP are imported.`,
      file,
    );
  }
  let pages: PageSize[] = [{ width: size.width, height: size.height }];
  let problem: string | null;
  switch (type) {
    case 'png':
      problem = checkPng(bytes);
      break;
    case 'jpg':
      problem = checkJpeg(bytes);
      break;
    case 'bmp':
      problem = checkBmp(bytes);
      break;
    case 'webp':
      problem = checkWebp(bytes);
      break;
    default: {
      const tiff = readTiffPages(bytes);
      problem = tiff.problem;
      if (tiff.pages) pages = tiff.pages;
    }
  }
  // Too large is reported before damaged: a header claiming 30000×30000 is refused as such.
  for (const page of pages) {
    if (page.width * page.height > MAX_IMAGE_PIXELS) {
      throw new AppError(
        'FILE_TOO_LARGE',
        `${page.width}×${page.height} pixels is too large (the limit is ${MAX_IMAGE_PIXELS / 1_000_000} megapixels).`,
        file,
      );
    }
  }
  if (problem) {
    throw new AppError(
      'FILE_CORRUPT',
      `This ${FORMAT_NAMES[type]} image is damaged: ${problem}.`,
      file,
    );
  }
  if (pages.some((page) => page.width <= 0 || page.height <= 0)) {
    throw new AppError('FILE_CORRUPT', `This ${FORMAT_NAMES[type]} image has no pixels.`, file);
  }
  return pages;
}
