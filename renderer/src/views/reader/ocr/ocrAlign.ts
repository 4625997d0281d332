import type { OcrWord } from '../../../../../shared/domain';

/** A run of the page text: plain, or the characters one recognised word became. */
export type TextSegment =
  { kind: 'text'; text: string } | { kind: 'word'; text: string; index: number };

/** How far past the last match a word may start: room for the odd edit between words. */
const LOOKAHEAD = 48;

const WHITESPACE = /\s/u;

/** One character as OCR and the page text are compared: full-width forms fold to half-width. */
function fold(char: string): string {
  const folded = char.normalize('NFKC');
  return folded.length === 1 ? folded : char;
}

/**
 * Where the word's characters lie in `chars` starting exactly at `start` (whitespace in the text
 * between them is skipped); the end index, or -1 when they are not there.
 */
function matchAt(chars: readonly string[], start: number, wanted: readonly string[]): number {
  let at = start;
  for (const char of wanted) {
    while (at < chars.length && at > start && WHITESPACE.test(chars[at] ?? '')) at += 1;
    if (at >= chars.length || chars[at] !== char) return -1;
    at += 1;
  }
  return at;
}

/**
 * Lays the recognised words over the page text, in order: each word becomes a span where its
 * characters are found (a little way on from the previous one), and whatever the researcher
 * changed stays plain text. The text is never altered — joined, the segments are the text.
 */
export function alignWords(text: string, words: readonly OcrWord[]): TextSegment[] {
  const raw = Array.from(text);
  const chars = raw.map(fold);
  const segments: TextSegment[] = [];
  let cursor = 0;
  const plain = (end: number) => {
    if (end > cursor) segments.push({ kind: 'text', text: raw.slice(cursor, end).join('') });
  };
  words.forEach((word, index) => {
    const wanted = Array.from(word.text)
      .filter((char) => !WHITESPACE.test(char))
      .map(fold);
    if (wanted.length === 0) return;
    const limit = Math.min(chars.length, cursor + LOOKAHEAD);
    for (let start = cursor; start < limit; start += 1) {
      if (chars[start] !== wanted[0]) continue;
      const end = matchAt(chars, start, wanted);
      if (end < 0) continue;
      plain(start);
      segments.push({ kind: 'word', text: raw.slice(start, end).join(''), index });
      cursor = end;
      return;
    }
  });
  plain(chars.length);
  return segments;
}
