import { foldCodePoint } from '../text/cleaning/fold-width';
import { simplifiedChar } from '../text/to-simplified';

/**
 * The form of text that search compares: traditional → simplified, full-width → half-width,
 * Latin lower-case. Every code point maps to exactly one code point of the same UTF-16 width,
 * so an offset in the folded text is the same offset in the original: highlights land on the
 * original characters (traditional text highlighted for a simplified query). Display always
 * shows the original. Characters outside the Basic Multilingual Plane are left as they are.
 */
export function foldForSearch(text: string): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    units[i] = unit >= 0xd800 && unit <= 0xdfff ? unit : foldedUnit(unit);
  }
  return decoder.decode(units);
}

const decoder = new TextDecoder('utf-16le');
/** Folded form of each BMP code unit, filled on first sight (-1 = not yet known). */
const table = new Int32Array(0x10000).fill(-1);

function foldedUnit(unit: number): number {
  const known = table[unit] as number;
  if (known >= 0) return known;
  const simplified =
    unit >= 0x3400 ? simplifiedChar(String.fromCharCode(unit)) : String.fromCharCode(unit);
  let cp = simplified.length === 1 ? simplified.charCodeAt(0) : unit;
  cp = foldCodePoint(cp);
  if (cp >= 0x41 && cp <= 0x5a) cp += 32;
  const folded = cp <= 0xffff ? cp : unit;
  table[unit] = folded;
  return folded;
}

/** Characters that search ignores between other characters (spaces, line breaks, tabs). */
export function isSearchSpace(ch: string): boolean {
  return (
    ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u3000' || ch === '\u00a0'
  );
}
