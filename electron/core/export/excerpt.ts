import { foldForSearch } from '../search/fold';
import { CodePointIndex } from '../text/code-points';
import type { TextRange } from '../../../shared/domain';

/** Longest excerpt, in characters: about three lines of a table cell a reader takes in at once. */
export const EXCERPT_MAX_CHARS = 320;
/** Where a Chinese sentence (or clause list item) ends. */
const SENTENCE_END = /[。！？；!?;\n]/u;

export interface Excerpt {
  /** Code point range of the section's text. */
  start: number;
  end: number;
  elidedBefore: boolean;
  elidedAfter: boolean;
}

/** Splits code points into sentences: [start, end) ranges covering the whole text. */
export function sentenceRanges(chars: readonly string[]): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  for (let i = 0; i < chars.length; i++) {
    if (SENTENCE_END.test(chars[i] ?? '')) {
      ranges.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < chars.length) ranges.push({ start, end: chars.length });
  return ranges.filter((r) => chars.slice(r.start, r.end).join('').trim() !== '');
}

/**
 * The sentences that show why a section was chosen: a run of whole sentences holding the most
 * focus ranges (matched words, shared phrases, coded passages) within EXCERPT_MAX_CHARS. A
 * single sentence longer than that is cut at the limit around its first focus.
 */
export function chooseExcerpt(chars: readonly string[], focus: readonly TextRange[]): Excerpt {
  const whole = { start: 0, end: chars.length, elidedBefore: false, elidedAfter: false };
  if (chars.length <= EXCERPT_MAX_CHARS) return whole;
  const sentences = sentenceRanges(chars);
  const weight = sentences.map(
    (s) => focus.filter((f) => f.start < s.end && f.end > s.start).length,
  );
  let best = { from: 0, to: 0, score: -1 };
  for (let from = 0; from < sentences.length; from++) {
    let score = 0;
    for (let to = from; to < sentences.length; to++) {
      const length = (sentences[to]?.end ?? 0) - (sentences[from]?.start ?? 0);
      if (length > EXCERPT_MAX_CHARS && to > from) break;
      score += weight[to] ?? 0;
      if (score > best.score) best = { from, to, score };
    }
  }
  let start = sentences[best.from]?.start ?? 0;
  let end = sentences[best.to]?.end ?? chars.length;
  if (end - start > EXCERPT_MAX_CHARS) {
    const anchor = focus.find((f) => f.start >= start && f.start < end)?.start ?? start;
    start = Math.max(start, anchor - Math.floor(EXCERPT_MAX_CHARS / 3));
    end = Math.min(end, start + EXCERPT_MAX_CHARS);
  }
  return { start, end, elidedBefore: start > 0, elidedAfter: end < chars.length };
}

/** Every occurrence of each word (simplified or traditional alike), as code point ranges. */
export function occurrences(text: string, words: readonly string[]): TextRange[] {
  const folded = foldForSearch(text);
  const index = new CodePointIndex(text);
  const ranges: TextRange[] = [];
  for (const word of words) {
    const needle = foldForSearch(word);
    if (!needle) continue;
    for (
      let at = folded.indexOf(needle);
      at >= 0;
      at = folded.indexOf(needle, at + needle.length)
    ) {
      ranges.push({ start: index.toCodePoint(at), end: index.toCodePoint(at + needle.length) });
    }
  }
  return ranges;
}
