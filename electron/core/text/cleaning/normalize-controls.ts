import type { MappedText, TextEdit } from './mapped-text';
import { applyEdits } from './mapped-text';

/** Invisible characters that carry nothing: BOM, zero-width spaces and joiners, soft hyphen. */
const INVISIBLE = new Set([0xfeff, 0x200b, 0x200c, 0x200d, 0x2060, 0x00ad]);
/** Line breaks other than '\n' and '\r': they become '\n'. */
const LINE_BREAKS = new Set([0x0b, 0x0c, 0x85, 0x2028, 0x2029]);

/** Control characters other than tab, line feed, carriage return and the line breaks above. */
function isControl(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d || LINE_BREAKS.has(code)) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * Step 1: line breaks and control characters. '\r\n' and lone '\r' become '\n', other Unicode
 * line breaks too, tabs become spaces, invisible and control characters go.
 */
export function normalizeControls(input: MappedText): MappedText {
  const { text } = input;
  const edits: TextEdit[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const code = text.charCodeAt(i);
    if (ch === '\r') {
      if (text.charAt(i + 1) === '\n') edits.push({ start: i, end: i + 1 });
      else edits.push({ start: i, end: i + 1, replacement: '\n' });
    } else if (ch === '\t') {
      edits.push({ start: i, end: i + 1, replacement: ' ' });
    } else if (LINE_BREAKS.has(code)) {
      edits.push({ start: i, end: i + 1, replacement: '\n' });
    } else if (INVISIBLE.has(code) || isControl(code)) {
      edits.push({ start: i, end: i + 1, kind: 'control' });
    }
  }
  return applyEdits(input, edits);
}
