import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AppError } from '../../../../shared/errors';
import { normaliseCjkCompatibility, profileText } from '../chinese-text';
import { MAX_IMAGE_PIXELS, MAX_PDF_FILE_BYTES, MAX_PDF_PAGES } from '../limits';
import { buildLines, joinLines, type PositionedText } from '../pdf-layout';
import { openPdf } from '../pdfjs';
import { assessTextLayer, MIN_PAGE_LETTERS } from '../text-layer';
import { throwIfCancelled } from './cancel';
import type { ExtractedPage, ExtractedText, FormatReader, ReadOptions } from './types';

/**
 * PDF files, read with pdf.js: page by page, text rebuilt into paragraphs (`pdf-layout`), and
 * every page checked for a usable text layer (`text-layer`): scanned pages and garbled layers
 * are flagged `needsOcr` with a reason. A garbled layer's text is dropped, not imported.
 *
 * pdf.js runs with eval off, no font loading, no system fonts, and CMaps / standard fonts read
 * from the installed package. Pages are processed one at a time and cleaned up after use.
 */
export const pdfReader: FormatReader = {
  format: 'pdf',
  extensions: ['.pdf'],
  maxBytes: MAX_PDF_FILE_BYTES,
  read: (bytes, file, options) => readPdf(bytes, file, options),
};

async function readPdf(
  bytes: Buffer,
  file: string,
  options: ReadOptions = {},
): Promise<ExtractedText> {
  if (!bytes.subarray(0, 1024).includes('%PDF-')) {
    throw new AppError('FILE_CORRUPT', 'This is not a PDF file (it has no PDF header).', file);
  }
  // Images above the image reader's pixel limit are not decoded (nor counted as images).
  const { pdfjs, task } = await openPdf(bytes, MAX_IMAGE_PIXELS);
  try {
    const document = await task.promise;
    if (document.numPages > MAX_PDF_PAGES) {
      throw new AppError(
        'FILE_TOO_LARGE',
        `The PDF has ${document.numPages} pages; the limit is ${MAX_PDF_PAGES}. Split it and import the parts.`,
        file,
      );
    }
    const imageOps = new Set([
      pdfjs.OPS.paintImageXObject,
      pdfjs.OPS.paintImageXObjectRepeat,
      pdfjs.OPS.paintInlineImageXObject,
      pdfjs.OPS.paintInlineImageXObjectGroup,
      pdfjs.OPS.paintImageMaskXObject,
      pdfjs.OPS.paintImageMaskXObjectGroup,
      pdfjs.OPS.paintImageMaskXObjectRepeat,
    ]);
    const pages: ExtractedPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      throwIfCancelled(options, file);
      pages.push(await readPage(document, number, imageOps));
    }
    const title = await infoTitle(document);
    const allNeedOcr = pages.length > 0 && pages.every((page) => page.needsOcr);
    return {
      text: pages.map((page) => page.text).join('\n\n'),
      encoding: null,
      pages,
      metadata: title ? { title } : {},
      ...(allNeedOcr ? { needsOcr: true } : {}),
    };
  } catch (error) {
    throw translateError(error, file);
  } finally {
    await task.destroy();
  }
}

async function readPage(
  document: PDFDocumentProxy,
  number: number,
  imageOps: ReadonlySet<number>,
): Promise<ExtractedPage> {
  const page = await document.getPage(number);
  try {
    const content = await page.getTextContent();
    const items: PositionedText[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      items.push({
        str: normaliseCjkCompatibility(item.str),
        transform: item.transform as number[],
        width: item.width,
        height: item.height,
        hasEOL: item.hasEOL,
      });
    }
    const text = joinLines(buildLines(items));
    const profile = profileText(text);
    // Listing the page's drawing operations costs more than its text: only when text is scarce.
    const hasImages =
      profile.han + profile.asciiAlnum < MIN_PAGE_LETTERS && (await pageHasImages(page, imageOps));
    const verdict = assessTextLayer(text, hasImages);
    return {
      number,
      text: verdict.garbled ? '' : text,
      needsOcr: verdict.needsOcr,
      ...(verdict.reason ? { ocrReason: verdict.reason } : {}),
    };
  } finally {
    page.cleanup();
  }
}

async function pageHasImages(page: PDFPageProxy, imageOps: ReadonlySet<number>): Promise<boolean> {
  const operators = await page.getOperatorList();
  return operators.fnArray.some((op) => imageOps.has(op));
}

/** The Info dictionary's Title, unless it is empty, a file name or a placeholder. */
async function infoTitle(document: PDFDocumentProxy): Promise<string | undefined> {
  const { info } = await document.getMetadata().catch(() => ({ info: {} }));
  const raw = (info as { Title?: unknown }).Title;
  if (typeof raw !== 'string') return undefined;
  const title = raw
    .replace(/^Microsoft Word - /i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (title.length === 0 || title.includes('\ufffd')) return undefined;
  if (/\.(docx?|wps|pdf|txt|rtf|xlsx?|pptx?|html?)$/i.test(title)) return undefined;
  if (/^(untitled|无标题|無標題|document\s*\d*|文档\s*\d*|新建.*文档.*)$/i.test(title))
    return undefined;
  const profile = profileText(title);
  return profile.han + profile.asciiAlnum > 0 ? title : undefined;
}

function translateError(error: unknown, file: string): AppError {
  if (error instanceof AppError) return error;
  const name = (error as { name?: string }).name;
  const message = (error as Error).message ?? String(error);
  if (name === 'PasswordException') {
    return new AppError(
      'FILE_ENCRYPTED',
      'The PDF is password-protected. Remove the password (or print it to a new PDF) and import it again.',
      file,
    );
  }
  return new AppError(
    'FILE_CORRUPT',
    `The PDF is damaged or incomplete and cannot be read (${message}).`,
    file,
  );
}
