/**
 * The core measures every offset and length in Unicode code points (an emoji or a rare CJK
 * character outside the BMP counts as one), while JavaScript strings index UTF-16 units. These
 * helpers convert between the two without building a code-point array of the whole text.
 */

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  let lowSurrogates = 0;
  for (let i = 0; i < text.length; i++) {
    if (isLowSurrogate(text.charCodeAt(i))) lowSurrogates++;
  }
  return text.length - lowSurrogates;
}

/** UTF-16 index of the code point at `offset` (clamped to the string's end). */
export function utf16Index(text: string, offset: number): number {
  let index = 0;
  for (let seen = 0; seen < offset && index < text.length; seen++) {
    const pair =
      isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1));
    index += pair ? 2 : 1;
  }
  return index;
}

/** The code points from `start` up to (not including) `end`, like slice() on code points. */
export function sliceCodePoints(text: string, start: number, end?: number): string {
  const from = utf16Index(text, Math.max(0, start));
  if (end === undefined) return text.slice(from);
  const to = from + utf16Index(text.slice(from), Math.max(0, end - Math.max(0, start)));
  return text.slice(from, to);
}
