/**
 * Re-anchoring: moving annotations from one version of a document's text to the next, and
 * finding a quote selector in a text without an older version to diff against.
 *
 * Every offset counts Unicode code points; UTF-16 is used only internally.
 */
import DiffMatchPatch from 'diff-match-patch';
import {
  backCodePoints,
  ceilToCodePoint,
  CodePointIndex,
  codePointLength,
  codePointValues,
  floorToCodePoint,
  forwardCodePoints,
  headUnits,
  tailUnits,
} from './code-points';
import { DiffMap } from './diff-map';
import { assertAnchor, type Anchor, type QuoteSelector } from './selector';
import { boundedLevenshtein, similarityAtLeast } from './similarity';

export type Reanchored =
  { status: 'anchored'; anchor: Anchor } | { status: 'needs_attention'; reason: string };

/** A re-found quote must be at least this similar (Levenshtein ratio) to the original. */
export const MIN_SIMILARITY = 0.6;

/**
 * Quotes shorter than this (code points) are common phrases ("营商环境"): an exact match
 * elsewhere is accepted only where the surrounding text still matches.
 */
export const SHORT_QUOTE = 8;

/**
 * Fuzzy matches of quotes shorter than this (code points) are accepted only where the
 * surrounding text still matches.
 */
export const SHORT_FUZZY_QUOTE = 32;

/** Share of the selector's context that must match around a short quote. */
export const MIN_CONTEXT_SUPPORT = 0.5;

/** diff-match-patch's bitap matcher handles patterns of at most this many UTF-16 units. */
const MATCH_MAX_BITS = 32;

export const REASONS = {
  removed: 'The annotated text was removed or rewritten in the new version of the document.',
  notFound:
    'The annotated text was not found in this document; it may have been removed or rewritten.',
  ambiguous:
    'The annotated text is too short to place with confidence: it appears in the document, but not with its original surrounding text.',
} as const;

/** Moves anchors from oldText to newText. */
export function reanchor(
  oldText: string,
  newText: string,
  items: readonly { anchor: Anchor; selector: QuoteSelector }[],
): Reanchored[] {
  for (const { anchor, selector } of items) {
    assertAnchor(anchor);
    assertQuote(selector);
  }
  if (items.length === 0) return [];
  const oldIndex = new CodePointIndex(oldText);
  const target = new Target(newText);
  const map = new DiffMap(oldText, newText);
  return items.map(({ anchor, selector }) => {
    const oldStart = oldIndex.toUtf16(anchor.start);
    const oldEnd = oldIndex.toUtf16(anchor.end);
    const start = floorToCodePoint(newText, map.mapStart(oldStart));
    const end = ceilToCodePoint(newText, map.mapEnd(oldEnd));
    const hint = target.index.toCodePoint(start);
    // Trust the diff only when the anchor really covers the selector's quote in the old text
    // (an anchor beyond the old text, or out of step with its selector, is searched for).
    const consistent =
      anchor.end <= oldIndex.length && oldText.slice(oldStart, oldEnd) === selector.quote;
    if (consistent && start < end) {
      const moved = newText.slice(start, end);
      if (
        moved === selector.quote ||
        similarityAtLeast(moved, selector.quote, MIN_SIMILARITY) > 0
      ) {
        return anchored(target.index.toCodePoint(start), target.index.toCodePoint(end));
      }
    }
    const found = target.find(selector, hint);
    if (found.status === 'anchored' || found.reason === REASONS.ambiguous) return found;
    return { status: 'needs_attention', reason: REASONS.removed };
  });
}

/** Finds a selector in a text with no old text to diff against (e.g. imported annotations). */
export function findSelector(text: string, selector: QuoteSelector, hint?: number): Reanchored {
  assertQuote(selector);
  return new Target(text).find(selector, hint);
}

function assertQuote(selector: QuoteSelector): void {
  if (selector.quote.length === 0) {
    throw new Error('Invalid selector: the quote is empty (an annotation must cover some text).');
  }
}

function anchored(start: number, end: number): Reanchored {
  return { status: 'anchored', anchor: { start, end } };
}

/** A match candidate, UTF-16 offsets into the target text. */
interface Candidate {
  start: number;
  end: number;
  /** Context code points that match (prefix + suffix, Levenshtein-tolerant). */
  context: number;
  /** Distance in code points from the hint (0 without one). */
  distance: number;
}

/** The text searched for selectors, with what many searches in it can share. */
class Target {
  readonly index: CodePointIndex;
  private dmp: DiffMatchPatch | undefined;

  constructor(readonly text: string) {
    this.index = new CodePointIndex(text);
  }

  /** Finds `selector` (exact occurrences first, then fuzzy), preferring `hint` (code points). */
  find(selector: QuoteSelector, hint: number | undefined): Reanchored {
    const exact = this.exact(selector, hint);
    if (exact) return exact;
    return this.fuzzy(selector, hint);
  }

  /** The best exact occurrence of the quote, or undefined when there is none. */
  private exact(selector: QuoteSelector, hint: number | undefined): Reanchored | undefined {
    const { text } = this;
    const { quote } = selector;
    let best: Candidate | undefined;
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      if (floorToCodePoint(text, at) !== at) continue; // a lone low surrogate inside a pair
      const candidate = this.candidate(selector, at, at + quote.length, hint);
      if (!best || better(candidate, best)) best = candidate;
    }
    if (!best) return undefined;
    if (codePointLength(quote) < SHORT_QUOTE && !supported(selector, best)) {
      return { status: 'needs_attention', reason: REASONS.ambiguous };
    }
    return this.result(best);
  }

  /**
   * Fuzzy search: bitap (`match_main`) finds the quote's first and last 32 UTF-16 units near
   * the expected place; the span between them is accepted when it is similar enough to the
   * quote.
   */
  private fuzzy(selector: QuoteSelector, hint: number | undefined): Reanchored {
    const { text } = this;
    const { quote } = selector;
    const notFound: Reanchored = { status: 'needs_attention', reason: REASONS.notFound };
    if (text.length === 0) return notFound;
    const dmp = this.matcher();
    const expected = this.expectedStart(selector, hint);

    // The head may be anywhere (the passage may have moved): location costs little.
    const head = headUnits(quote, MATCH_MAX_BITS);
    dmp.Match_Distance = Math.max(1000, 4 * text.length);
    const headAt = dmp.match_main(text, head, expected);
    if (headAt === -1) return notFound;

    // The tail must follow the head at about the quote's length.
    const tail = tailUnits(quote, MATCH_MAX_BITS);
    let end: number;
    if (tail === quote) {
      end = headAt + quote.length;
    } else {
      dmp.Match_Distance = Math.max(100, quote.length);
      const tailAt = dmp.match_main(text, tail, headAt + quote.length - tail.length);
      if (tailAt === -1 || tailAt < headAt) return notFound;
      end = tailAt + tail.length;
    }
    const start = floorToCodePoint(text, headAt);
    end = ceilToCodePoint(text, Math.min(end, text.length));
    if (start >= end) return notFound;
    if (similarityAtLeast(text.slice(start, end), quote, MIN_SIMILARITY) === 0) return notFound;
    const candidate = this.candidate(selector, start, end, hint);
    if (codePointLength(quote) < SHORT_FUZZY_QUOTE && !supported(selector, candidate)) {
      return notFound;
    }
    return this.result(candidate);
  }

  /**
   * Where the quote is expected to start (UTF-16): at the hint, else after the prefix, else
   * before the suffix, else at the start of the text.
   */
  private expectedStart(selector: QuoteSelector, hint: number | undefined): number {
    if (hint !== undefined && Number.isFinite(hint)) return this.index.toUtf16(Math.round(hint));
    const dmp = this.matcher();
    dmp.Match_Distance = Math.max(1000, 4 * this.text.length);
    if (selector.prefix) {
      const prefix = tailUnits(selector.prefix, MATCH_MAX_BITS);
      const at = dmp.match_main(this.text, prefix, 0);
      if (at !== -1) return at + prefix.length;
    }
    if (selector.suffix) {
      const suffix = headUnits(selector.suffix, MATCH_MAX_BITS);
      const at = dmp.match_main(this.text, suffix, 0);
      if (at !== -1) return Math.max(0, at - selector.quote.length);
    }
    return 0;
  }

  private candidate(
    selector: QuoteSelector,
    start: number,
    end: number,
    hint: number | undefined,
  ): Candidate {
    const { text } = this;
    let context = 0;
    if (selector.prefix) {
      const prefix = codePointValues(selector.prefix);
      const before = codePointValues(text.slice(backCodePoints(text, start, prefix.length), start));
      context += Math.max(0, prefix.length - boundedLevenshtein(prefix, before, prefix.length));
    }
    if (selector.suffix) {
      const suffix = codePointValues(selector.suffix);
      const after = codePointValues(text.slice(end, forwardCodePoints(text, end, suffix.length)));
      context += Math.max(0, suffix.length - boundedLevenshtein(suffix, after, suffix.length));
    }
    const distance =
      hint === undefined || !Number.isFinite(hint)
        ? 0
        : Math.abs(this.index.toCodePoint(start) - hint);
    return { start, end, context, distance };
  }

  private result(candidate: Candidate): Reanchored {
    return anchored(this.index.toCodePoint(candidate.start), this.index.toCodePoint(candidate.end));
  }

  private matcher(): DiffMatchPatch {
    if (!this.dmp) {
      this.dmp = new DiffMatchPatch();
      this.dmp.Match_Threshold = 0.5;
      this.dmp.Match_MaxBits = MATCH_MAX_BITS;
    }
    return this.dmp;
  }
}

/** Better context first, then nearer the hint, then earlier. */
function better(a: Candidate, b: Candidate): boolean {
  if (a.context !== b.context) return a.context > b.context;
  if (a.distance !== b.distance) return a.distance < b.distance;
  return a.start < b.start;
}

/** True when enough of the selector's context matches around the candidate (or it has none). */
function supported(selector: QuoteSelector, candidate: Candidate): boolean {
  const available = codePointLength(selector.prefix) + codePointLength(selector.suffix);
  return available === 0 || candidate.context >= MIN_CONTEXT_SUPPORT * available;
}
