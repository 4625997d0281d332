import type { Annotation, Tag, TextRange } from '../../../../../shared/domain';
import { UNTAGGED_COLOR } from '../../../codebook/colors';
import { codePointLength } from '../../../text/codePoints';
import { blockIndexAt, type TextBlock } from '../textBlocks';

/** Part of an annotation inside one paragraph, in the paragraph's own code point offsets. */
export interface AnnotationPiece {
  start: number;
  end: number;
  /** The annotation's id; PENDING_ID for the range a dialog is about to code. */
  id: number;
  color: string;
  /** Which underline the annotation draws on, kept the same across the whole document. */
  lane: number;
}

export const PENDING_ID = -1;

/** Per paragraph (keyed by its start offset): the annotation pieces in it, outermost first. */
export type BlockAnnotations = ReadonlyMap<number, readonly AnnotationPiece[]>;

export const NO_BLOCK_ANNOTATIONS: BlockAnnotations = new Map();

/** An annotation's colour: its first tag's, or the plain highlight colour. */
export function annotationColor(
  annotation: Pick<Annotation, 'tagIds'>,
  tags: ReadonlyMap<number, Tag>,
): string {
  for (const id of annotation.tagIds) {
    const tag = tags.get(id);
    if (tag) return tag.color;
  }
  return UNTAGGED_COLOR;
}

/** Text order: by start, the longer (enclosing) one first, so stacked lines stay in one order. */
export function byTextOrder(a: TextRange & { id: number }, b: TextRange & { id: number }): number {
  return a.start - b.start || b.end - a.end || a.id - b.id;
}

export interface Spread {
  id: number;
  start: number;
  end: number;
  color: string;
  lane: number;
}

/**
 * Spreads document-wide annotations over the paragraphs they touch, clipping each to every
 * paragraph it crosses. Annotations that need attention are left out: their passage is lost.
 */
export function annotationsByBlock(
  blocks: readonly TextBlock[],
  ranges: readonly Spread[],
): Map<number, AnnotationPiece[]> {
  const out = new Map<number, AnnotationPiece[]>();
  if (blocks.length === 0) return out;
  for (const range of [...ranges].sort(byTextOrder)) {
    for (let i = blockIndexAt(blocks, range.start); i < blocks.length; i++) {
      const block = blocks[i];
      if (!block || block.start >= range.end) break;
      const blockEnd = block.start + codePointLength(block.text);
      const start = Math.max(range.start, block.start);
      const end = Math.min(range.end, blockEnd);
      if (end <= start) continue;
      const list = out.get(block.start) ?? [];
      list.push({
        start: start - block.start,
        end: end - block.start,
        id: range.id,
        color: range.color,
        lane: range.lane,
      });
      out.set(block.start, list);
    }
  }
  return out;
}

function samePieces(a: readonly AnnotationPiece[], b: readonly AnnotationPiece[]): boolean {
  return (
    a.length === b.length &&
    a.every((piece, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        piece.start === other.start &&
        piece.end === other.end &&
        piece.id === other.id &&
        piece.color === other.color &&
        piece.lane === other.lane
      );
    })
  );
}

/**
 * Keeps the previous list object for every paragraph whose pieces did not change, so the
 * memoised paragraphs re-render only where an annotation was added, edited or removed.
 */
export function reuseUnchanged(
  previous: BlockAnnotations,
  next: Map<number, AnnotationPiece[]>,
): BlockAnnotations {
  if (next.size === 0) return NO_BLOCK_ANNOTATIONS;
  const result = new Map<number, readonly AnnotationPiece[]>();
  for (const [key, pieces] of next) {
    const before = previous.get(key);
    result.set(key, before && samePieces(before, pieces) ? before : pieces);
  }
  return result;
}

/**
 * Gives overlapping annotations different lanes (the lowest free one, in text order), so each
 * keeps its own underline wherever it runs, as tracks do in a genome browser.
 */
function assignLanes<T extends TextRange & { id: number }>(
  ranges: readonly T[],
): Map<number, number> {
  const lanes = new Map<number, number>();
  const laneEnds: number[] = [];
  for (const range of [...ranges].sort(byTextOrder)) {
    let lane = laneEnds.findIndex((end) => end <= range.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = range.end;
    lanes.set(range.id, lane);
  }
  return lanes;
}

/** The anchored annotations (and the pending range) as coloured ranges of the document. */
export function annotationSpreads(
  annotations: readonly Annotation[],
  tags: ReadonlyMap<number, Tag>,
  pending: TextRange | null,
): Spread[] {
  const anchored = annotations.filter(
    (annotation) => annotation.status === 'anchored' && annotation.end > annotation.start,
  );
  const lanes = assignLanes(anchored);
  const spreads: Spread[] = anchored.map((annotation) => ({
    id: annotation.id,
    start: annotation.start,
    end: annotation.end,
    color: annotationColor(annotation, tags),
    lane: lanes.get(annotation.id) ?? 0,
  }));
  if (pending) {
    spreads.push({ id: PENDING_ID, start: pending.start, end: pending.end, color: '', lane: 0 });
  }
  return spreads;
}
