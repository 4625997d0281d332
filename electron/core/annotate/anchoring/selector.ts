/**
 * Text-quote selectors (after the W3C Web Annotation `TextQuoteSelector`): an annotation keeps
 * the exact text it covers plus a little context either side, so that it can be found again
 * after the document's text changes.
 *
 * Every offset counts Unicode code points (😀 or 𠀀 count 1), end exclusive.
 */
import { CodePointIndex } from './code-points';

export interface QuoteSelector {
  /** The annotated text itself. */
  quote: string;
  /** Up to `contextLength` (32) code points of text right before the quote. */
  prefix: string;
  /** Up to `contextLength` (32) code points of text right after the quote. */
  suffix: string;
}

/** A range of code points, end exclusive. */
export interface Anchor {
  start: number;
  end: number;
}

/** Default number of code points of context kept either side of a quote. */
export const CONTEXT_LENGTH = 32;

/**
 * Throws for a malformed anchor: offsets must be integers with 0 <= start < end (an
 * annotation never covers empty text). This is a programmer error, not a user-facing state.
 */
export function assertAnchor(anchor: Anchor): void {
  const { start, end } = anchor;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
    throw new Error(`Invalid anchor [${start}, ${end}): offsets must be integers.`);
  }
  if (start < 0 || start >= end) {
    throw new Error(
      `Invalid anchor [${start}, ${end}): an annotation needs 0 <= start < end (empty quotes are not allowed).`,
    );
  }
}

/** Throws unless `anchor` is well formed and lies within a text of `length` code points. */
function assertAnchorIn(anchor: Anchor, length: number): void {
  assertAnchor(anchor);
  if (anchor.end > length) {
    throw new RangeError(
      `Anchor [${anchor.start}, ${anchor.end}) lies outside the text (${length} code points).`,
    );
  }
}

/** The code points [start, end) of `text`. Throws for a malformed or out-of-range anchor. */
export function quoteAt(text: string, anchor: Anchor): string {
  return quoteIn(new CodePointIndex(text), anchor);
}

/** {@link quoteAt} with a prepared index (for many anchors in one text). */
export function quoteIn(index: CodePointIndex, anchor: Anchor): string {
  assertAnchorIn(anchor, index.length);
  return index.text.slice(index.toUtf16(anchor.start), index.toUtf16(anchor.end));
}

/**
 * The selector for `anchor` in `text`: the quote plus up to `contextLength` code points of
 * context either side (less at the start or end of the text). Throws for a malformed or
 * out-of-range anchor.
 */
export function makeSelector(
  text: string,
  anchor: Anchor,
  contextLength = CONTEXT_LENGTH,
): QuoteSelector {
  if (!Number.isSafeInteger(contextLength) || contextLength < 0) {
    throw new Error(`Invalid context length ${contextLength}: use a non-negative integer.`);
  }
  const index = new CodePointIndex(text);
  assertAnchorIn(anchor, index.length);
  const start = index.toUtf16(anchor.start);
  const end = index.toUtf16(anchor.end);
  return {
    quote: text.slice(start, end),
    prefix: text.slice(index.toUtf16(anchor.start - contextLength), start),
    suffix: text.slice(end, index.toUtf16(anchor.end + contextLength)),
  };
}
