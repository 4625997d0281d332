import { foldForSearch, isSearchSpace } from './fold';

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Folded text with white space removed, remembering where each remaining character was, so a
 * match found in it can be reported at its original offsets (code points).
 */
export class SearchableText {
  private readonly stripped: string;
  /** For each UTF-16 unit of `stripped`, the code point offset in the original text. */
  private readonly offsets: Int32Array;

  constructor(original: string) {
    const folded = foldForSearch(original);
    const offsets: number[] = [];
    let stripped = '';
    let cp = 0;
    for (const ch of folded) {
      if (!isSearchSpace(ch)) {
        stripped += ch;
        offsets.push(cp);
        if (ch.length === 2) offsets.push(cp);
      }
      cp++;
    }
    this.stripped = stripped;
    this.offsets = Int32Array.from(offsets);
  }

  /** Every occurrence of a folded, space-free term, without overlaps, in text order. */
  find(foldedTerm: string): TextRange[] {
    const ranges: TextRange[] = [];
    if (foldedTerm.length === 0) return ranges;
    for (
      let at = this.stripped.indexOf(foldedTerm);
      at >= 0;
      at = this.stripped.indexOf(foldedTerm, at + foldedTerm.length)
    ) {
      const last = at + foldedTerm.length - 1;
      ranges.push({ start: this.offsets[at] ?? 0, end: (this.offsets[last] ?? 0) + 1 });
    }
    return ranges;
  }

  contains(foldedTerm: string): boolean {
    return this.stripped.includes(foldedTerm);
  }
}

/** Occurrences of several terms, sorted, overlapping ones merged (for highlighting). */
export function findAll(text: SearchableText, foldedTerms: readonly string[]): TextRange[] {
  const ranges = foldedTerms.flatMap((term) => text.find(term)).sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
