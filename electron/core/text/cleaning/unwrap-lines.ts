import { isCjk } from './chars';
import type { MappedText, TextEdit, TextLine } from './mapped-text';
import { applyEdits, splitLines } from './mapped-text';

/** Line ends that close a paragraph rather than wrap it. */
const CLOSING = /[。！？!?；;：:」』”’）)】》…]$/;
/** Line starts that open a new paragraph: outline markers and bullets. */
const OPENING =
  /^([一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百\d]+[）)]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十百千\d]+[章节條条]|[●■◆▲•①-⑳])/;

/**
 * Step 10 (paged formats only): hard-wrapped lines of a PDF page joined back into paragraphs.
 * A line is joined to the next when it is at least about as long as the page's usual full line,
 * does not end a sentence, and the next line does not start an outline item. Between CJK text
 * the line break simply goes; between Latin words it becomes a space.
 */
export function unwrapLines(input: MappedText): MappedText {
  const lines = splitLines(input.text);
  const lengths = lines.map((line) => [...line.text].length).filter((n) => n > 0);
  if (lengths.length < 3) return input;
  const sorted = [...lengths].sort((a, b) => a - b);
  const fullWidth = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (fullWidth < 10) return input;
  const edits: TextEdit[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as TextLine;
    const next = lines[i + 1] as TextLine;
    if (line.text === '' || next.text === '') continue;
    if ([...line.text].length < fullWidth * 0.8) continue;
    if (CLOSING.test(line.text) || OPENING.test(next.text)) continue;
    const last = line.text.codePointAt(line.text.length - 1) ?? 0;
    const first = next.text.codePointAt(0) ?? 0;
    const cjk = isCjk(last) || isCjk(first) || (last >= 0xdc00 && last <= 0xdfff);
    edits.push({ start: line.end, end: line.end + 1, ...(cjk ? {} : { replacement: ' ' }) });
  }
  return applyEdits(input, edits);
}
