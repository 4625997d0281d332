import { isSubstantiveLine } from './chars';
import type { MappedText, TextEdit } from './mapped-text';
import { applyEdits, splitLines } from './mapped-text';

/** A caption candidate: text, an optional parenthesised note, then a picture number. */
const NUMBERED = /^(.+?)\s*([(（][^()（）]{1,30}[)）])?\s*\d{1,2}$/u;

/**
 * The title part of a numbered caption line (`中山市工改半年總結(中山小榄工改)1` →
 * `中山市工改半年總結`), or null when the line is not shaped like one.
 */
export function captionBase(line: string): string | null {
  const text = line.trim();
  if ([...text].length > 60 || text.includes('。')) return null;
  const match = NUMBERED.exec(text);
  if (!match) return null;
  const base = (match[1] ?? '').trim();
  // "2023" or "第3" are not captions; the base must read as a title.
  if ([...base].length < 4 || /\d$/.test(base)) return null;
  return base;
}

/**
 * Step 7: image captions that repeat the title (or another line of the document) with a
 * trailing picture number, as news sites write them: `中山市工改半年總結(中山小榄工改)1`.
 * Only removed when the repeated text really is a line of its own elsewhere in the document.
 */
export function removeImageCaptions(input: MappedText): MappedText {
  const lines = splitLines(input.text);
  const texts = new Set(lines.map((line) => line.text.trim()).filter((text) => text !== ''));
  const edits: TextEdit[] = [];
  for (const line of lines) {
    if (isSubstantiveLine(line.text)) continue;
    const base = captionBase(line.text);
    if (base && texts.has(base) && base !== line.text.trim()) {
      edits.push({ start: line.start, end: line.end, kind: 'image-caption' });
    }
  }
  return applyEdits(input, edits);
}
