import { CodePointIndex } from '../text/code-points';
import { foldForSearch } from './fold';
import { gramTokens, encodeToken } from './grams';
import { plainWords, searchWords } from './segment';

/** One chunk of a document as it goes into the index (offsets in code points). */
export interface ChunkToIndex {
  /** Index into the document's section list; null for text before the first section. */
  sectionIndex: number | null;
  start: number;
  end: number;
  grams: string;
  words: string;
}

export interface DocumentIndex {
  chunks: ChunkToIndex[];
  /** Word counts for word frequencies (words of two or more characters, no numbers). */
  terms: [string, number][];
}

interface SectionSpan {
  start: number;
  end: number;
}

/**
 * Cuts a document into chunks at every section start (see grams.ts) and computes each chunk's
 * index tokens, plus the document's word counts. Runs in the parser threads (jieba is there).
 */
export function indexDocument(
  text: string,
  sections: readonly SectionSpan[],
  /** Words never counted for frequencies (the shipped stop words). */
  skipTerms: ReadonlySet<string> = new Set(),
): DocumentIndex {
  const folded = foldForSearch(text);
  const index = new CodePointIndex(folded);
  const length = index.length;
  const starts = new Map<number, number>();
  // Sections come parents first; the deepest section starting at an offset owns that chunk.
  sections.forEach((section, i) => {
    if (section.start < section.end) starts.set(section.start, i);
  });
  const boundaries = [...new Set([0, ...starts.keys(), length])]
    .filter((b) => b >= 0 && b <= length)
    .sort((a, b) => a - b);

  const chunks: ChunkToIndex[] = [];
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i] as number;
    const end = boundaries[i + 1] as number;
    if (end <= start) continue;
    const chunkText = folded.slice(index.toUtf16(start), index.toUtf16(end));
    chunks.push({
      sectionIndex: owningSection(sections, starts, start),
      start,
      end,
      grams: gramTokens(chunkText),
      words: searchWords(chunkText).map(encodeToken).join(' '),
    });
  }
  return { chunks, terms: countTerms(plainWords(folded), skipTerms) };
}

/** The deepest section that starts at or contains `offset`. */
function owningSection(
  sections: readonly SectionSpan[],
  starts: Map<number, number>,
  offset: number,
): number | null {
  const exact = starts.get(offset);
  if (exact !== undefined) return exact;
  let owner: number | null = null;
  sections.forEach((section, i) => {
    if (section.start <= offset && offset < section.end) owner = i;
  });
  return owner;
}

function countTerms(words: readonly string[], skip: ReadonlySet<string>): [string, number][] {
  const counts = new Map<string, number>();
  for (const word of words) {
    if (Array.from(word).length < 2 || /^\d/.test(word) || skip.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts];
}
