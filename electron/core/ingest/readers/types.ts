/** What a format reader extracts from a file's bytes, before cleaning and structure detection. */
export interface ExtractedText {
  text: string;
  encoding: string | null;
}

/** One file format. Adding a format is one new reader file registered in `readers/index.ts`. */
export interface FormatReader {
  /** Short name stored on the document, e.g. 'txt'. */
  format: string;
  /** Lower-case file name endings, with the dot. */
  extensions: readonly string[];
  /** Files above this size are refused before reading. */
  maxBytes: number;
  read(bytes: Buffer, file: string): ExtractedText;
}
