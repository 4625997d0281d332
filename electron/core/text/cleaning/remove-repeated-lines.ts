import { SENTENCE_END } from './chars';
import type { MappedText, TextEdit } from './mapped-text';
import { applyEdits, splitLines } from './mapped-text';

/** Latin letters, digits and spaces only: layout decoration such as `XIAOLAN`. */
const LATIN_ONLY = /^[A-Za-z0-9 .&'-]+$/;

export interface RepeatedLinesOptions {
  /**
   * Paged formats (PDF) repeat running headers and footers on every page: there any short
   * line without sentence punctuation seen three times or more goes, not only Latin ones.
   */
  paged?: boolean;
}

/**
 * Step 8: short lines repeated three times or more that are layout, not text: decorative Latin
 * words under every heading of a magazine-style page (`XIAOLAN`), and in paged formats the
 * running headers and footers. A Latin line seen once (`YEAR`, `END SUMMARY`) stays.
 */
export function removeRepeatedLines(
  input: MappedText,
  options: RepeatedLinesOptions = {},
): MappedText {
  const lines = splitLines(input.text);
  const counts = new Map<string, number>();
  for (const line of lines) {
    const text = line.text.trim();
    if (text !== '') counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const edits: TextEdit[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '' || (counts.get(text) ?? 0) < 3) continue;
    const length = [...text].length;
    if (length <= 30 && LATIN_ONLY.test(text) && /[A-Za-z]{2}/.test(text)) {
      edits.push({ start: line.start, end: line.end, kind: 'decoration' });
    } else if (options.paged && length <= 40 && !SENTENCE_END.test(text) && !text.includes('，')) {
      edits.push({ start: line.start, end: line.end, kind: 'running-header' });
    }
  }
  return applyEdits(input, edits);
}
