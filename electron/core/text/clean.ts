import { collapseBlankLines } from './cleaning/collapse-blank-lines';
import { collapseSpaces } from './cleaning/collapse-spaces';
import { foldWidth } from './cleaning/fold-width';
import type { MappedText, RemovedSpan } from './cleaning/mapped-text';
import { mappedFromString } from './cleaning/mapped-text';
import { normalizeControls } from './cleaning/normalize-controls';
import { removeImageCaptions } from './cleaning/remove-image-captions';
import { removeRelatedBlocks } from './cleaning/remove-related-blocks';
import { removeRepeatedLines } from './cleaning/remove-repeated-lines';
import { removeTrailingFooter } from './cleaning/remove-trailing-footer';
import { removeWebDebris } from './cleaning/remove-web-debris';
import { stripPinyin } from './cleaning/strip-pinyin';
import { unwrapLines } from './cleaning/unwrap-lines';
import { codePointLength } from './code-points';

export type { RemovedSpan } from './cleaning/mapped-text';

export interface CleanedText {
  /** Cleaned text, paragraphs separated by '\n' (no blank lines, no newline at either end). */
  text: string;
  /**
   * For a code point offset in `text`, the code point offset in the input it came from.
   * Monotonic (never decreasing). Offsets at or past the end map to the input's length; for an
   * end-exclusive range use `toOriginal(end - 1) + 1`.
   */
  toOriginal(offset: number): number;
  /** What was removed and why, in the order the steps removed it (debugging and tests). */
  removed: RemovedSpan[];
}

export interface CleanOptions {
  /** The reader's format ('txt', 'html', 'docx', 'pdf', …); 'pdf' also unwraps hard line breaks and drops running headers. */
  format?: string;
}

/** Formats whose text comes in pages with running headers and hard-wrapped lines. */
const PAGED_FORMATS = new Set(['pdf']);

/**
 * Turns extracted text into clean text, keeping a map back to the input. Steps, in order:
 * line breaks and control characters; full-width Latin/digits/spaces to ASCII; pinyin
 * annotations; spaces (indentation, spaces inside CJK text); web debris lines; "more news"
 * blocks; image captions repeating the title; repeated decorative lines; the page footer after
 * the article; (PDF) hard-wrapped lines; blank lines. Traditional characters stay traditional.
 */
export function cleanText(input: string, options: CleanOptions = {}): CleanedText {
  const paged = PAGED_FORMATS.has((options.format ?? '').toLowerCase());
  const steps: ((text: MappedText) => MappedText)[] = [
    normalizeControls,
    foldWidth,
    stripPinyin,
    collapseSpaces,
    removeWebDebris,
    removeRelatedBlocks,
    removeImageCaptions,
    (text) => removeRepeatedLines(text, { paged }),
    removeTrailingFooter,
    ...(paged ? [unwrapLines] : []),
    collapseBlankLines,
  ];
  let mapped = mappedFromString(input);
  for (const step of steps) mapped = step(mapped);
  return {
    text: mapped.text,
    toOriginal: offsetMapper(mapped.origins, codePointLength(input)),
    removed: [...mapped.removed],
  };
}

/**
 * A compact cleaned → input offset function: the origins array is stored as runs
 * (cleaned start, input start) that continue one to one, found by binary search.
 */
function offsetMapper(origins: Int32Array, inputLength: number): (offset: number) => number {
  const starts: number[] = [];
  const targets: number[] = [];
  for (let i = 0; i < origins.length; i++) {
    const origin = origins[i] ?? 0;
    if (i === 0 || origin !== (origins[i - 1] ?? 0) + 1) {
      starts.push(i);
      targets.push(origin);
    }
  }
  const runStarts = Int32Array.from(starts);
  const runTargets = Int32Array.from(targets);
  const length = origins.length;
  return (offset: number): number => {
    if (length === 0 || offset >= length) return inputLength;
    const at = offset > 0 ? Math.floor(offset) : 0;
    let lo = 0;
    let hi = runStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((runStarts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return (runTargets[lo] ?? 0) + (at - (runStarts[lo] ?? 0));
  };
}
