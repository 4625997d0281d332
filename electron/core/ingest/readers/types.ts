/**
 * What a format reader extracts from a file's bytes, before cleaning, metadata and outline
 * detection. Readers never touch the database and never read any file but the one given.
 */
export interface ExtractedPage {
  /** 1-based page number. */
  number: number;
  text: string;
  /** True when the page has no usable text layer (scanned, garbled, CID garbage). */
  needsOcr: boolean;
  /** Why it needs OCR, for the user ("no text layer", "garbled text layer"). */
  ocrReason?: string;
}

/** A heading the source format marks explicitly (Word heading styles, HTML h1–h6). */
export interface HeadingHint {
  text: string;
  /** 1 = top level. */
  level: number;
}

export interface SourceMetadata {
  /** The document's own title (HTML <title>/og:title, docx core properties, PDF Info). */
  title?: string;
  /** Where a web clipping came from, when the page states it. */
  sourceUrl?: string;
  /** Publication date as stated, normalised to YYYY-MM-DD when possible. */
  published?: string;
}

export interface ExtractedText {
  /**
   * The text, paragraphs separated by '\n'. For paged formats this is the pages' texts joined
   * with '\n\n', in order; `pages` says where each one is.
   */
  text: string;
  encoding: string | null;
  pages?: ExtractedPage[];
  headings?: HeadingHint[];
  metadata?: SourceMetadata;
  /** Images: the whole document is waiting for OCR (its text is empty until then). */
  needsOcr?: boolean;
}

/** One file format. Adding a format is one new reader file registered in `readers/index.ts`. */
export interface FormatReader {
  /** Short name stored on the document, e.g. 'txt', 'html', 'docx', 'pdf', 'image'. */
  format: string;
  /** Lower-case file name endings, with the dot. */
  extensions: readonly string[];
  /** Files above this size are refused before reading. */
  maxBytes: number;
  read(bytes: Buffer, file: string, options?: ReadOptions): Promise<ExtractedText>;
}

export interface ReadOptions {
  /** Asked between pages of long files: true stops the read with JOB_CANCELLED. */
  isCancelled?: () => boolean;
}
