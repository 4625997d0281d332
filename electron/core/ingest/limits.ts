/**
 * Documented limits of the import pipeline (README "Limits"). A file above its format's byte
 * limit is refused before it is read (`readSourceFile`); the structural limits below are checked
 * by the readers before any expensive work (inflating a zip, parsing every PDF page, decoding
 * pixels).
 *
 * | Format              | Bytes on disk | Other limits                                              |
 * | ------------------- | ------------- | --------------------------------------------------------- |
 * | .txt .text .md      | 100 MB        | —                                                         |
 * | .html .htm .mht(ml) | 50 MB         | —                                                         |
 * | .docx               | 200 MB        | ≤ 10,000 zip entries, ≤ 200 MB uncompressed, ratio ≤ 100  |
 * | .pdf                | 500 MB        | ≤ 2,000 pages                                             |
 * | images              | 200 MB        | ≤ 100 megapixels per page (e.g. 10,000 × 10,000)          |
 */
const MB = 1024 * 1024;

export const MAX_TEXT_FILE_BYTES = 100 * MB;
export const MAX_HTML_FILE_BYTES = 50 * MB;
/** Compressed size of a .docx on disk. */
export const MAX_DOCX_FILE_BYTES = 200 * MB;
export const MAX_PDF_FILE_BYTES = 500 * MB;
export const MAX_IMAGE_FILE_BYTES = 200 * MB;

/** Text that decodes to more than this share of U+FFFD or control characters is refused. */
export const MAX_GARBAGE_RATIO = 0.05;

/** A .docx (zip) with more entries than this is refused before anything is inflated. */
export const MAX_DOCX_ENTRIES = 10_000;
/** Sum of the uncompressed sizes the zip's central directory declares. */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 200 * MB;
/**
 * Uncompressed ÷ compressed size of one entry above which it is treated as a zip bomb. Only
 * checked for entries that inflate to more than `DOCX_RATIO_MIN_BYTES`: a small part cannot be a
 * bomb, and tiny, very regular XML parts legitimately compress very well.
 */
export const MAX_DOCX_COMPRESSION_RATIO = 100;
export const DOCX_RATIO_MIN_BYTES = 1 * MB;

/** PDFs with more pages are refused (a longer report is better split by the user). */
export const MAX_PDF_PAGES = 2_000;

/** Width × height of one image (or one TIFF page). 30,000 × 30,000 is far above. */
export const MAX_IMAGE_PIXELS = 100_000_000;
