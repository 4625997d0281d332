import { foldForSearch } from './fold';

const decoder = new TextDecoder('utf-16le');

/** The units `isSearchSpace` matches: space, \n, \t, \r, ideographic space, no-break space. */
function isSpaceUnit(unit: number): boolean {
  return (
    unit === 0x20 ||
    unit === 0x0a ||
    unit === 0x09 ||
    unit === 0x0d ||
    unit === 0x3000 ||
    unit === 0xa0
  );
}

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
    // One pass over UTF-16 units into typed arrays: KWIC builds this for every document that
    // holds the term, and the per-character string concatenation it replaced was most of
    // KWIC's time at 10,000 documents.
    const folded = foldForSearch(original);
    const length = folded.length;
    const units = new Uint16Array(length);
    const offsets = new Int32Array(length);
    let kept = 0;
    let cp = 0;
    for (let i = 0; i < length; i++, cp++) {
      const unit = folded.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < length) {
        const next = folded.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          units[kept] = unit;
          offsets[kept++] = cp;
          units[kept] = next;
          offsets[kept++] = cp;
          i++;
          continue;
        }
      }
      if (isSpaceUnit(unit)) continue;
      units[kept] = unit;
      offsets[kept++] = cp;
    }
    this.stripped = decoder.decode(units.subarray(0, kept));
    this.offsets = offsets.subarray(0, kept);
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
