import crypto from 'node:crypto';
import path from 'node:path';
import type { DetectedFieldInfo } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { DocumentFields, NewPage, NewSection } from '../library/documents';
import { countCodePoints } from '../library/documents';
import { detectMetadata, type DetectedMetadata } from '../metadata/detect';
import { runtimePaths } from '../runtime/paths';
import { indexDocument, type ChunkToIndex } from '../search/index-document';
import { configureSegmenter } from '../search/segment';
import { builtInStopwords } from '../search/stopwords';
import { detectOutline } from '../structure/outline';
import { cleanText } from '../text/clean';
import { buildOffsetMap, toCleanedOffset } from './offset-map';
import { readSourceFile } from './read-source';
import { readerFor } from './readers';
import { throwIfCancelled } from './readers/cancel';
import type { ExtractedPage, ExtractedText } from './readers/types';

/**
 * The dictionaries' folder, looked up once per thread: runtimePaths() searches the disk for the
 * app's folder, which was 3 % of a parser's time when done for every file.
 */
let cachedDictDir: string | undefined;
function dictionaryDir(): string {
  cachedDictDir ??= runtimePaths().dictDir;
  return cachedDictDir;
}

/** A document ready to be written: everything but the database work. */
export interface PreparedDocument extends DocumentFields {
  file: string;
  fileName: string;
  extension: string;
  format: string;
  encoding: string | null;
  byteSize: number;
  fileHash: string;
  contentHash: string;
  title: string;
  text: string;
  extractedText: string;
  offsetMap: Buffer | null;
  needsOcr: boolean;
  detected: Record<string, DetectedFieldInfo>;
  sections: NewSection[];
  pages: NewPage[];
  chunks: ChunkToIndex[];
  terms: [string, number][];
}

export interface PrepareOptions {
  /** Text for some pages instead of what the file holds: OCR results and their corrections. */
  pageTexts?: ReadonlyMap<number, string>;
  /** The import was cancelled: long reads stop between pages, and nothing more is done. */
  isCancelled?: () => boolean;
}

/** Puts recognised (or corrected) text in place of pages that had none; they no longer wait. */
function withPageTexts(
  extracted: ExtractedText,
  pageTexts: ReadonlyMap<number, string> | undefined,
): ExtractedText {
  if (!pageTexts || pageTexts.size === 0 || !extracted.pages) return extracted;
  const pages = extracted.pages.map((page) => {
    const text = pageTexts.get(page.number);
    if (text === undefined) return page;
    const { ocrReason: _reason, ...rest } = page;
    return { ...rest, text, needsOcr: false };
  });
  return {
    ...extracted,
    pages,
    text: pages.map((page) => page.text).join('\n\n'),
    needsOcr: pages.some((page) => page.needsOcr),
  };
}

/**
 * Reads one file and turns it into a document: extract (per format), clean, detect
 * town/year/kind/title, find the outline. Pure apart from reading the file, so it runs in the
 * parser workers on every core. Throws an AppError naming the file when it cannot.
 */
export async function prepareDocument(
  file: string,
  options: PrepareOptions = {},
): Promise<{ prepared: PreparedDocument; bytes: Buffer }> {
  const reader = readerFor(file);
  if (!reader) {
    throw new AppError(
      'UNSUPPORTED_FORMAT',
      `Files of type "${path.extname(file) || '(none)'}" cannot be imported.`,
      file,
    );
  }
  const bytes = readSourceFile(file, reader.maxBytes);
  const readOptions = options.isCancelled ? { isCancelled: options.isCancelled } : {};
  const extracted = withPageTexts(await reader.read(bytes, file, readOptions), options.pageTexts);
  throwIfCancelled(readOptions, file);
  const extractedText = extracted.text.replace(/\r\n?/g, '\n');
  const cleaned = cleanText(extractedText, { format: reader.format });
  const text = cleaned.text;
  const cleanedLength = countCodePoints(text);
  const fileHash = sha256(bytes);
  const needsOcr = extracted.needsOcr === true || (extracted.pages ?? []).some((p) => p.needsOcr);
  if (cleanedLength === 0 && !needsOcr) {
    throw new AppError('FILE_EMPTY', 'The file contains no text.', file);
  }

  const metadata = detectMetadata({
    original: extractedText,
    cleaned: text,
    fileName: path.basename(file),
    ...(extracted.metadata?.title ? { sourceTitle: extracted.metadata.title } : {}),
    ...(extracted.metadata?.published ? { published: extracted.metadata.published } : {}),
    ...(extracted.headings ? { headings: extracted.headings.map((h) => h.text) } : {}),
  });
  const pages = mapPages(extracted, cleanedLength, cleaned.toOriginal);
  const outline = detectOutline(text, extracted.headings ? { headings: extracted.headings } : {});
  const title = metadata.title.value ?? path.basename(file, path.extname(file));
  const sections: NewSection[] = outline.map((section) => ({
    level: section.level,
    title: section.title,
    marker: section.marker ?? null,
    start: section.start,
    end: section.end,
    parentIndex: section.parentIndex,
    page: pageAt(pages, section.start),
  }));

  const dictDir = dictionaryDir();
  configureSegmenter(dictDir);
  const { chunks, terms } = indexDocument(text, sections, builtInStopwords(dictDir));

  return {
    bytes,
    prepared: {
      file,
      fileName: path.basename(file),
      extension: path.extname(file).toLowerCase(),
      format: reader.format,
      encoding: extracted.encoding,
      byteSize: bytes.length,
      fileHash,
      // Same text = same document, whatever the file; a scan waiting for OCR has no text yet.
      contentHash: cleanedLength > 0 ? sha256(text) : `file:${fileHash}`,
      title,
      text,
      extractedText,
      offsetMap: cleanedLength > 0 ? buildOffsetMap(cleanedLength, cleaned.toOriginal) : null,
      needsOcr,
      ...fieldsOf(metadata),
      sourceUrl: extracted.metadata?.sourceUrl ?? null,
      published: extracted.metadata?.published ?? null,
      detected: detectedOf(metadata),
      sections,
      pages,
      chunks,
      terms,
    },
  };
}

function fieldsOf(metadata: DetectedMetadata): Omit<DocumentFields, 'sourceUrl' | 'published'> {
  return {
    town: metadata.town.value,
    county: metadata.county.value,
    city: metadata.city.value,
    province: metadata.province.value,
    level: metadata.level.value,
    divisionCode: metadata.divisionCode,
    year: metadata.year.value,
    kind: metadata.kind.value,
  };
}

function detectedOf(metadata: DetectedMetadata): Record<string, DetectedFieldInfo> {
  const fields = ['title', 'town', 'county', 'city', 'province', 'level', 'year', 'kind'] as const;
  const detected: Record<string, DetectedFieldInfo> = {};
  for (const field of fields) {
    const { value, confidence, evidence } = metadata[field];
    detected[field] = { value, confidence, evidence };
  }
  return detected;
}

/** Where each page of a paged format lies in the cleaned text (pages were joined by '\n\n'). */
function mapPages(
  extracted: ExtractedText,
  cleanedLength: number,
  toOriginal: (offset: number) => number,
): NewPage[] {
  const pages: ExtractedPage[] = extracted.pages ?? [];
  const result: NewPage[] = [];
  let originalStart = 0;
  for (const page of pages) {
    const originalEnd = originalStart + countCodePoints(page.text.replace(/\r\n?/g, '\n'));
    result.push({
      number: page.number,
      start: toCleanedOffset(cleanedLength, toOriginal, originalStart),
      end: toCleanedOffset(cleanedLength, toOriginal, originalEnd),
      needsOcr: page.needsOcr,
      ocrReason: page.ocrReason ?? null,
    });
    originalStart = originalEnd + 2;
  }
  return result;
}

function pageAt(pages: NewPage[], offset: number): number | null {
  if (pages.length === 0) return null;
  const page =
    pages.find((p) => offset >= p.start && offset < p.end) ??
    pages.findLast((p) => p.start <= offset);
  return page?.number ?? null;
}

function sha256(data: string | Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}
