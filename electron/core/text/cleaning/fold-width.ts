import type { MappedText, TextEdit } from './mapped-text';
import { applyEdits } from './mapped-text';

/**
 * Full-width symbols folded to ASCII. Chinese punctuation (，。；：“”（）！？、《》【】) is
 * kept as it is: only the Latin-like symbols that have no Chinese role are folded.
 */
const FOLDED_SYMBOLS = new Set('％＋－＝＜＞＠＃＄＆＊／＼＾＿｀｜～．');

/** Spaces of every width that become a plain space. */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/;

/**
 * What `cp` becomes in cleaned text (itself when nothing changes): full-width Latin letters,
 * digits and the symbols above fold to ASCII, the ideographic space and other wide spaces to
 * ' ', other line breaks to '\n'.
 */
export function foldCodePoint(cp: number): number {
  if (
    (cp >= 0xff10 && cp <= 0xff19) ||
    (cp >= 0xff21 && cp <= 0xff3a) ||
    (cp >= 0xff41 && cp <= 0xff5a)
  ) {
    return cp - 0xfee0;
  }
  const ch = String.fromCodePoint(cp);
  if (FOLDED_SYMBOLS.has(ch)) return cp - 0xfee0;
  if (SPACES.test(ch)) return 0x20;
  if (cp === 0x0d || cp === 0x0b || cp === 0x0c || cp === 0x85 || cp === 0x2028 || cp === 0x2029) {
    return 0x0a;
  }
  return cp;
}

/**
 * True when cleaning may turn input code point `original` into `cleaned`: the same, its
 * width fold, or a line break that was joined into a space (PDF line unwrapping).
 */
export function isFoldOf(original: number, cleaned: number): boolean {
  if (original === cleaned || foldCodePoint(original) === cleaned) return true;
  return cleaned === 0x20 && foldCodePoint(original) === 0x0a;
}

/** Step 2: full-width Latin letters, digits, Latin-like symbols and wide spaces to ASCII. */
export function foldWidth(input: MappedText): MappedText {
  const { text } = input;
  const edits: TextEdit[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (cp < 0xa0 && cp !== 0x09) continue;
    const folded = foldCodePoint(cp);
    if (folded !== cp && folded !== 0x0a) {
      edits.push({ start: i, end: i + 1, replacement: String.fromCodePoint(folded) });
    }
  }
  return applyEdits(input, edits);
}
