/** Character classes shared by the cleaning steps (all take a code point). */

const HAN = /\p{Script=Han}/u;

/** A Han (Chinese) character, including the CJK extensions. */
export function isHan(cp: number): boolean {
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp < 0x2e80) return false;
  return HAN.test(String.fromCodePoint(cp));
}

/**
 * CJK text for spacing purposes: Han, kana, hangul, bopomofo, CJK symbols and punctuation
 * (、。《》【】…) and the full-width forms (，（）：；！？).
 */
export function isCjk(cp: number): boolean {
  return (
    isHan(cp) ||
    (cp >= 0x3000 && cp <= 0x303f) || // CJK symbols and punctuation
    (cp >= 0x3040 && cp <= 0x30ff) || // kana
    (cp >= 0x3100 && cp <= 0x312f) || // bopomofo
    (cp >= 0x31f0 && cp <= 0x31ff) ||
    (cp >= 0xac00 && cp <= 0xd7af) || // hangul
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xffef) // half- and full-width forms
  );
}

/** Letters, digits or Han: a line without any of these is punctuation or symbols only. */
export function isWordChar(cp: number): boolean {
  return isHan(cp) || /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp));
}

/** Count of Han characters in a string. */
export function countHan(text: string): number {
  let count = 0;
  for (const ch of text) if (isHan(ch.codePointAt(0) ?? 0)) count++;
  return count;
}

/** Sentence-ending punctuation, Chinese and Latin. */
export const SENTENCE_END = /[。！？!?；;]/u;

/**
 * A line that carries a real sentence of content: long and with a Chinese full stop. Debris
 * rules never remove such a line.
 */
export function isSubstantiveLine(line: string): boolean {
  const length = [...line].length;
  return (length >= 30 && line.includes('。')) || (length >= 60 && SENTENCE_END.test(line));
}
