/**
 * Code point helpers for anchoring. Anchors count Unicode code points; diff-match-patch and
 * `String.prototype.indexOf` work on UTF-16 code units. These helpers convert and snap UTF-16
 * indices so that no range ever starts or ends inside a surrogate pair.
 */
import {
  CodePointIndex,
  codePointLength,
  isHighSurrogate,
  isLowSurrogate,
} from '../../text/code-points';

export { CodePointIndex, codePointLength };

/** True when UTF-16 index `index` falls between the two halves of a surrogate pair. */
export function insidePair(text: string, index: number): boolean {
  return (
    index > 0 &&
    index < text.length &&
    isLowSurrogate(text.charCodeAt(index)) &&
    isHighSurrogate(text.charCodeAt(index - 1))
  );
}

/** `index` moved back to the start of the pair it splits (unchanged when it splits none). */
export function floorToCodePoint(text: string, index: number): number {
  return insidePair(text, index) ? index - 1 : index;
}

/** `index` moved forward past the pair it splits (unchanged when it splits none). */
export function ceilToCodePoint(text: string, index: number): number {
  return insidePair(text, index) ? index + 1 : index;
}

/** The code point values of `text` (a lone surrogate is its own value). */
export function codePointValues(text: string): number[] {
  const values: number[] = [];
  for (const char of text) values.push(char.codePointAt(0) ?? 0);
  return values;
}

/** UTF-16 index `count` code points before `index` (clamped to 0). */
export function backCodePoints(text: string, index: number, count: number): number {
  let i = index;
  for (let c = 0; c < count && i > 0; c++) {
    i -= i >= 2 && insidePair(text, i - 1) ? 2 : 1;
  }
  return i;
}

/** UTF-16 index `count` code points after `index` (clamped to the string's length). */
export function forwardCodePoints(text: string, index: number, count: number): number {
  let i = index;
  for (let c = 0; c < count && i < text.length; c++) {
    i += insidePair(text, i + 1) ? 2 : 1;
  }
  return i;
}

/**
 * The longest leading piece of `text` that is at most `units` UTF-16 units long and does not
 * split a surrogate pair.
 */
export function headUnits(text: string, units: number): string {
  if (text.length <= units) return text;
  return text.slice(0, floorToCodePoint(text, units));
}

/** The longest trailing piece of `text` of at most `units` UTF-16 units, not splitting a pair. */
export function tailUnits(text: string, units: number): string {
  if (text.length <= units) return text;
  return text.slice(ceilToCodePoint(text, text.length - units));
}
