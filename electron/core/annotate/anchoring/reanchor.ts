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

/**
 * Share of the selector's context by which an exact copy of the quote must match better than
 * the diff's choice to replace it.
 */
export const CONTEXT_MARGIN = 0.2;

/** diff-match-patch's bitap matcher handles patterns of at most this many UTF-16 units. */
const MATCH_MAX_BITS = 32;

/** Length (code points) of the exact pieces that suggest where a changed quote may be. */
const SEED_LENGTH = 8;

/** A piece found more often than this says nothing about where the quote is. */
const MAX_SEED_HITS = 200;

/** Places (besides the hint) where the fuzzy search looks for the quote. */
const MAX_FUZZY_PLACES = 4;

/** UTF-16 units of leeway, plus half the quote's length, when matching the quote's ends. */
const FUZZY_SLACK = 64;

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
        return target.confirm(selector, target.candidate(selector, start, end, hint), hint);
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
  /** Context code points that match (prefix + suffix; see `contextMatch`). */
  context: number;
  /** Distance in code points from the hint (0 without one). */
  distance: number;
}

interface ScoredCandidate extends Candidate {
  score: number;
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

  /**
   * The diff moved the anchor onto a passage like the quote; when the text around it no longer
   * matches the selector's context well but an exact copy of the quote elsewhere matches it
   * clearly better (the diff paired the wrong one of two identical sentences), that copy wins.
   */
  confirm(selector: QuoteSelector, mapped: Candidate, hint: number): Reanchored {
    const available = contextLength(selector);
    if (mapped.context < available) {
      const exact = this.bestExact(selector, hint);
      if (exact && exact.context - mapped.context > CONTEXT_MARGIN * available) {
        return this.result(exact);
      }
    }
    return this.result(mapped);
  }

  /** The best exact occurrence of the quote as a result, or undefined when there is none. */
  private exact(selector: QuoteSelector, hint: number | undefined): Reanchored | undefined {
    const best = this.bestExact(selector, hint);
    if (!best) return undefined;
    if (codePointLength(selector.quote) < SHORT_QUOTE && !supported(selector, best)) {
      return { status: 'needs_attention', reason: REASONS.ambiguous };
    }
    return this.result(best);
  }

  /** The exact occurrence of the quote with the best context, then nearest the hint. */
  private bestExact(selector: QuoteSelector, hint: number | undefined): Candidate | undefined {
    const { text } = this;
    const { quote } = selector;
    let best: Candidate | undefined;
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      if (floorToCodePoint(text, at) !== at) continue; // a lone low surrogate inside a pair
      const candidate = this.candidate(selector, at, at + quote.length, hint);
      if (!best || better(candidate, best)) best = candidate;
    }
    return best;
  }

  /**
   * Fuzzy search. Short exact pieces ("seeds") of the quote (its start, middle and end) and of
   * its context (the end of the prefix, the start of the suffix) vote for places where the quote
   * may now start. Around the best few places, and around the hint, bitap (`match_main`) finds
   * the quote's first and last 32 UTF-16 units in order; the span between them is accepted when
   * it is similar enough to the quote. Searching small windows keeps this cheap in megabytes.
   */
  private fuzzy(selector: QuoteSelector, hint: number | undefined): Reanchored {
    const { text } = this;
    const { quote } = selector;
    const notFound: Reanchored = { status: 'needs_attention', reason: REASONS.notFound };
    if (text.length === 0) return notFound;
    const quoteLength = codePointLength(quote);
    let best: ScoredCandidate | undefined;
    for (const expected of this.expectedStarts(selector, hint)) {
      const span = this.matchNear(quote, expected);
      if (!span) continue;
      const similarity = similarityAtLeast(text.slice(span.start, span.end), quote, MIN_SIMILARITY);
      if (similarity === 0) continue;
      const candidate = this.candidate(selector, span.start, span.end, hint);
      const scored = { ...candidate, score: similarity * quoteLength + candidate.context };
      if (!best || scoredBetter(scored, best)) best = scored;
    }
    if (!best) return notFound;
    if (quoteLength < SHORT_FUZZY_QUOTE && !supported(selector, best)) return notFound;
    return this.result(best);
  }

  /**
   * The span (UTF-16) of the quote near `expected`: bitap finds the quote's first 32 units
   * about there (giving the start), then its last 32 units, matched backwards on the reversed
   * text about a quote's length further (giving the end); undefined when either is missing.
   */
  private matchNear(quote: string, expected: number): { start: number; end: number } | undefined {
    const slack = FUZZY_SLACK + Math.ceil(quote.length / 2);
    const headAt = this.matchAround(headUnits(quote, MATCH_MAX_BITS), expected, slack);
    if (headAt === undefined) return undefined;
    const endAt = this.matchEndAround(
      tailUnits(quote, MATCH_MAX_BITS),
      headAt + quote.length,
      slack,
    );
    if (endAt === undefined) return undefined;
    const start = floorToCodePoint(this.text, headAt);
    const end = ceilToCodePoint(this.text, endAt);
    return start < end ? { start, end } : undefined;
  }

  /** Start of a bitap match of `pattern` (at most 32 UTF-16 units) within `slack` of `loc`. */
  private matchAround(pattern: string, loc: number, slack: number): number | undefined {
    const from = Math.max(0, loc - slack);
    const to = Math.min(this.text.length, loc + pattern.length + slack);
    if (to <= from) return undefined;
    const at = this.bitap(this.text.slice(from, to), pattern, loc - from, slack);
    return at === undefined ? undefined : from + at;
  }

  /** End of a bitap match of `pattern` ending within `slack` of `loc`, matched backwards. */
  private matchEndAround(pattern: string, loc: number, slack: number): number | undefined {
    const from = Math.max(0, loc - pattern.length - slack);
    const to = Math.min(this.text.length, loc + slack);
    if (to <= from) return undefined;
    const at = this.bitap(reverse(this.text.slice(from, to)), reverse(pattern), to - loc, slack);
    return at === undefined ? undefined : to - at;
  }

  private bitap(window: string, pattern: string, loc: number, slack: number): number | undefined {
    const dmp = this.matcher();
    // Within the window, errors matter far more than the exact place.
    dmp.Match_Distance = 8 * slack;
    const at = dmp.match_main(window, pattern, Math.max(0, Math.min(loc, window.length)));
    return at === -1 ? undefined : at;
  }

  /**
   * Candidate start positions (UTF-16) for the fuzzy search: the hint, then the places most
   * seeds agree on.
   */
  private expectedStarts(selector: QuoteSelector, hint: number | undefined): number[] {
    const { text } = this;
    const { quote } = selector;
    const hintAt =
      hint !== undefined && Number.isFinite(hint)
        ? this.index.toUtf16(Math.round(hint))
        : undefined;
    const seeds = seedPieces(selector);
    const votes: { at: number; seed: number }[] = [];
    seeds.forEach(({ piece, offset }, seed) => {
      const hits: number[] = [];
      for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
        hits.push(at - offset);
        if (hits.length > MAX_SEED_HITS) return; // too common to tell anything
      }
      for (const at of hits) votes.push({ at, seed });
    });
    votes.sort((a, b) => a.at - b.at);
    // Each vote's place scores the number of different seeds that agree within `tolerance`.
    const tolerance = FUZZY_SLACK + Math.ceil(quote.length / 4);
    const places: { at: number; count: number }[] = [];
    let lo = 0;
    let hi = 0;
    for (const vote of votes) {
      while ((votes[lo]?.at ?? Infinity) < vote.at - tolerance) lo++;
      while (hi < votes.length && (votes[hi]?.at ?? Infinity) <= vote.at + tolerance) hi++;
      const agreeing = new Set<number>();
      for (let k = lo; k < hi; k++) agreeing.add(votes[k]?.seed ?? -1);
      places.push({ at: vote.at, count: agreeing.size });
    }
    const near = (at: number) => (hintAt === undefined ? 0 : Math.abs(at - hintAt));
    places.sort((a, b) => b.count - a.count || near(a.at) - near(b.at) || a.at - b.at);
    const chosen: number[] = hintAt === undefined ? [] : [hintAt];
    for (const place of places) {
      if (chosen.length >= MAX_FUZZY_PLACES) break;
      if (chosen.every((at) => Math.abs(at - place.at) > tolerance)) chosen.push(place.at);
    }
    return chosen.map((at) => Math.max(0, Math.min(at, text.length)));
  }

  candidate(
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
      context += contextMatch(prefix.reverse(), before.reverse());
    }
    if (selector.suffix) {
      const suffix = codePointValues(selector.suffix);
      const after = codePointValues(text.slice(end, forwardCodePoints(text, end, suffix.length)));
      context += contextMatch(suffix, after);
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

/** Fuzzy candidates: higher score (similar quote + matching context), then as {@link better}. */
function scoredBetter(a: ScoredCandidate, b: ScoredCandidate): boolean {
  if (a.score !== b.score) return a.score > b.score;
  return better(a, b);
}

interface Seed {
  piece: string;
  /** Where the piece starts relative to the quote's start (UTF-16; negative in the prefix). */
  offset: number;
}

/** Exact pieces of up to {@link SEED_LENGTH} code points that locate the quote's neighbourhood. */
function seedPieces(selector: QuoteSelector): Seed[] {
  const { quote, prefix, suffix } = selector;
  const seeds: Seed[] = [];
  const add = (piece: string, offset: number) => {
    if (piece && !seeds.some((s) => s.piece === piece && s.offset === offset)) {
      seeds.push({ piece, offset });
    }
  };
  const first = quote.slice(0, forwardCodePoints(quote, 0, SEED_LENGTH));
  add(first, 0);
  const middle = floorToCodePoint(quote, Math.floor(quote.length / 2));
  add(quote.slice(middle, forwardCodePoints(quote, middle, SEED_LENGTH)), middle);
  const last = backCodePoints(quote, quote.length, SEED_LENGTH);
  add(quote.slice(last), last);
  const before = prefix.slice(backCodePoints(prefix, prefix.length, SEED_LENGTH));
  add(before, -before.length);
  add(suffix.slice(0, forwardCodePoints(suffix, 0, SEED_LENGTH)), quote.length);
  return seeds;
}

/** Better context first, then nearer the hint, then earlier. */
function better(a: Candidate, b: Candidate): boolean {
  if (a.context !== b.context) return a.context > b.context;
  if (a.distance !== b.distance) return a.distance < b.distance;
  return a.start < b.start;
}

/**
 * How many code points of the expected context match the actual context, both read outward
 * from the quote: the mean of the unbroken run of equal code points next to the quote (nearby
 * text counts most) and of the length less the edit distance (tolerates small edits).
 */
function contextMatch(expected: readonly number[], actual: readonly number[]): number {
  let run = 0;
  while (run < expected.length && expected[run] === actual[run]) run++;
  const edited = Math.max(
    0,
    expected.length - boundedLevenshtein(expected, actual, expected.length),
  );
  return (run + edited) / 2;
}

/** Code points of context the selector has (prefix plus suffix). */
function contextLength(selector: QuoteSelector): number {
  return codePointLength(selector.prefix) + codePointLength(selector.suffix);
}

/** True when enough of the selector's context matches around the candidate (or it has none). */
function supported(selector: QuoteSelector, candidate: Candidate): boolean {
  const available = contextLength(selector);
  return available === 0 || candidate.context >= MIN_CONTEXT_SUPPORT * available;
}

/** `text` reversed by UTF-16 units (pairs come out swapped, alike in text and pattern). */
function reverse(text: string): string {
  return text.split('').reverse().join('');
}
