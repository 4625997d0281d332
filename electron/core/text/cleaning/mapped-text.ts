import { codePointLength, unitWidthAt } from '../code-points';

/** Something a cleaning step took out, kept for debugging and tests. */
export interface RemovedSpan {
  kind: string;
  text: string;
}

/**
 * Text being cleaned, with the input code point offset of each of its code points. Every
 * cleaning step maps one MappedText to the next, so offsets survive any number of steps.
 */
export interface MappedText {
  readonly text: string;
  /** origins[i] = code point offset in the input of code point i of `text`. */
  readonly origins: Int32Array;
  readonly removed: readonly RemovedSpan[];
}

/** One change to a MappedText; indices are UTF-16 indices into its current `text`. */
export interface TextEdit {
  start: number;
  end: number;
  /** What replaces text[start, end); empty or absent for a deletion. */
  replacement?: string;
  /** When set, the replaced text is recorded in `removed` under this kind. */
  kind?: string;
}

/** Wraps an input string: every code point maps to itself. */
export function mappedFromString(text: string): MappedText {
  const length = codePointLength(text);
  const origins = new Int32Array(length);
  for (let i = 0; i < length; i++) origins[i] = i;
  return { text, origins, removed: [] };
}

/**
 * Applies non-overlapping edits (overlapping ones are dropped, first come first served).
 * A replacement of the same code point length maps one to one; otherwise each new code point
 * maps to the same character in the replaced text when there is one (so collapsing three spaces
 * to one keeps the first space's offset), else to the start of the replaced text.
 */
export function applyEdits(mapped: MappedText, edits: readonly TextEdit[]): MappedText {
  if (edits.length === 0) return mapped;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const { text, origins } = mapped;
  const parts: string[] = [];
  const removed: RemovedSpan[] = [...mapped.removed];
  let extra = 0;
  for (const edit of sorted) extra += edit.replacement ? edit.replacement.length : 0;
  const out = new Int32Array(origins.length + extra);
  let outLength = 0;
  let unit = 0; // UTF-16 position in text
  let cp = 0; // code point position in text
  let lastEnd = -1;

  const copyUntil = (target: number): void => {
    const from = unit;
    while (unit < target) {
      out[outLength++] = origins[cp] ?? 0;
      unit += unitWidthAt(text, unit);
      cp++;
    }
    parts.push(text.slice(from, unit));
  };

  for (const edit of sorted) {
    const start = Math.max(0, Math.min(edit.start, text.length));
    const end = Math.max(start, Math.min(edit.end, text.length));
    if (start < lastEnd || start < unit) continue; // overlaps an earlier edit
    copyUntil(start);
    // Collect the replaced code points and their origins.
    const replacedChars: number[] = [];
    const replacedOrigins: number[] = [];
    while (unit < end) {
      replacedChars.push(text.codePointAt(unit) ?? 0);
      replacedOrigins.push(origins[cp] ?? 0);
      unit += unitWidthAt(text, unit);
      cp++;
    }
    const replacement = edit.replacement ?? '';
    if (edit.kind && end > start) removed.push({ kind: edit.kind, text: text.slice(start, end) });
    if (replacement.length > 0) {
      const newChars = Array.from(replacement, (ch) => ch.codePointAt(0) ?? 0);
      const fallback = replacedOrigins[0] ?? (cp < origins.length ? (origins[cp] ?? 0) : 0);
      let searchFrom = 0;
      newChars.forEach((ch, j) => {
        let origin: number;
        if (newChars.length === replacedChars.length) {
          origin = replacedOrigins[j] ?? fallback;
        } else {
          const found = replacedChars.indexOf(ch, searchFrom);
          if (found >= 0) {
            origin = replacedOrigins[found] ?? fallback;
            searchFrom = found + 1;
          } else {
            origin = replacedOrigins[Math.min(j, replacedOrigins.length - 1)] ?? fallback;
          }
        }
        out[outLength++] = origin;
      });
      parts.push(replacement);
    }
    lastEnd = end;
  }
  copyUntil(text.length);
  return { text: parts.join(''), origins: out.slice(0, outLength), removed };
}

/** A line of a MappedText: UTF-16 [start, end) without its '\n'. */
export interface TextLine {
  start: number;
  end: number;
  text: string;
}

/** Splits text into lines (by '\n'), keeping UTF-16 positions. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    lines.push({ start, end, text: text.slice(start, end) });
    if (newline < 0) return lines;
    start = newline + 1;
  }
}

/** Edits deleting whole lines' content (the '\n' stays; blank lines collapse later). */
export function deleteLines(lines: readonly TextLine[], kind: string): TextEdit[] {
  return lines
    .filter((line) => line.end > line.start)
    .map((line) => ({ start: line.start, end: line.end, kind }));
}
