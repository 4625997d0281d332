/**
 * Code point helpers. Every offset PolicyLens stores or returns counts Unicode code points (an
 * emoji or a CJK Extension B character counts 1), while JavaScript strings index UTF-16 code
 * units. These helpers convert between the two without allocating per character.
 */

/** True for a UTF-16 high (leading) surrogate. */
export function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** True for a UTF-16 low (trailing) surrogate. */
export function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Number of code points in `text` (a lone surrogate counts 1). */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      count--;
      i++;
    }
  }
  return count;
}

/** UTF-16 width (1 or 2) of the code point that starts at UTF-16 index `index`. */
export function unitWidthAt(text: string, index: number): number {
  return isHighSurrogate(text.charCodeAt(index)) &&
    index + 1 < text.length &&
    isLowSurrogate(text.charCodeAt(index + 1))
    ? 2
    : 1;
}

/**
 * Code point offset of UTF-16 index `utf16Index` (clamped to the string); an index pointing
 * into a surrogate pair gives the pair's own offset.
 */
export function utf16ToCodePoint(text: string, utf16Index: number): number {
  const end = Math.max(0, Math.min(utf16Index, text.length));
  let count = 0;
  for (let i = 0; i < end;) {
    const width = unitWidthAt(text, i);
    if (i + width > end) break;
    i += width;
    count++;
  }
  return count;
}

/** UTF-16 index of code point offset `codePointIndex` (clamped to the string). */
export function codePointToUtf16(text: string, codePointIndex: number): number {
  let i = 0;
  for (let c = 0; c < codePointIndex && i < text.length; c++) i += unitWidthAt(text, i);
  return i;
}

/** `text` sliced by code point offsets, end exclusive. */
export function sliceCodePoints(text: string, start: number, end?: number): string {
  const from = codePointToUtf16(text, start);
  const to = end === undefined ? text.length : codePointToUtf16(text, end);
  return text.slice(from, Math.max(from, to));
}

/**
 * Converts many offsets in one string in O(log n) each: remembers where the surrogate pairs
 * are (none in most Chinese text, which makes both directions the identity).
 */
export class CodePointIndex {
  /** UTF-16 indices of the high surrogates of all surrogate pairs, ascending. */
  private readonly pairs: number[] = [];
  readonly utf16Length: number;
  readonly length: number;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
        this.pairs.push(i);
        i++;
      }
    }
    this.utf16Length = text.length;
    this.length = text.length - this.pairs.length;
  }

  /** Code point offset of a UTF-16 index (an index inside a pair counts as the pair's start). */
  toCodePoint(utf16Index: number): number {
    const index = Math.max(0, Math.min(utf16Index, this.utf16Length));
    // Each pair that starts before `index` takes two units for one code point; an index that
    // points at a pair's low surrogate thus lands on the pair's own code point.
    return index - this.countPairsBefore(index);
  }

  /** UTF-16 index of a code point offset. */
  toUtf16(codePointIndex: number): number {
    const cp = Math.max(0, Math.min(codePointIndex, this.length));
    // Find how many pairs start before the code point: pair k starts at code point
    // pairs[k] - k.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.pairs[mid] ?? 0) - mid < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }

  private countPairsBefore(utf16Index: number): number {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.pairs[mid] ?? 0) < utf16Index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
