import { codePointLength } from './codePoints';

/** A stretch of a text to highlight, in code points of that text; `index` names its occurrence. */
export interface MarkRange {
  start: number;
  end: number;
  index: number;
}

/** A piece of the text: plain, or one highlighted (part of an) occurrence. */
export interface TextPiece {
  text: string;
  mark: MarkRange | null;
}

/** Whether a surrogate pair (one code point, two UTF-16 units) starts at `index`. */
function pairAt(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * Splits `text` at the ranges' boundaries, counted in code points as the core counts them.
 * Ranges are clipped to the text; empty ones and any overlapping an earlier one are dropped,
 * so the pieces always spell the text exactly once, in order.
 */
export function splitAtRanges(text: string, ranges: readonly MarkRange[]): TextPiece[] {
  const length = codePointLength(text);
  const ordered = ranges
    .map((range) => ({
      ...range,
      start: Math.max(0, range.start),
      end: Math.min(length, range.end),
    }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);

  const pieces: TextPiece[] = [];
  // One walk over the string, converting code point offsets to UTF-16 indexes as it goes.
  let point = 0;
  let unit = 0;
  const advanceTo = (target: number): number => {
    while (point < target && unit < text.length) {
      unit += pairAt(text, unit) ? 2 : 1;
      point++;
    }
    return unit;
  };
  let plainFrom = 0;
  for (const range of ordered) {
    if (range.start < point) continue;
    const from = advanceTo(range.start);
    if (from > plainFrom) pieces.push({ text: text.slice(plainFrom, from), mark: null });
    const to = advanceTo(range.end);
    pieces.push({ text: text.slice(from, to), mark: range });
    plainFrom = to;
  }
  if (plainFrom < text.length) pieces.push({ text: text.slice(plainFrom), mark: null });
  return pieces;
}
