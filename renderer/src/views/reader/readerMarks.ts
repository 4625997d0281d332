import type { TextRange } from '../../../../shared/domain';
import { codePointLength } from '../../text/codePoints';
import type { MarkRange } from '../../text/highlight';
import { blockIndexAt, type TextBlock } from './textBlocks';

/** Per paragraph (keyed by its start offset): the parts of found ranges inside it, in its own offsets. */
export type BlockMarks = ReadonlyMap<number, readonly MarkRange[]>;

export const NO_BLOCK_MARKS: BlockMarks = new Map();

/**
 * Spreads document-wide ranges over the paragraphs they touch. A range crossing a paragraph
 * break is clipped into a piece per paragraph; every piece keeps the index of its range, so
 * "the current match" can be marked in each paragraph it spans.
 */
export function marksByBlock(
  blocks: readonly TextBlock[],
  ranges: readonly TextRange[],
): BlockMarks {
  if (ranges.length === 0 || blocks.length === 0) return NO_BLOCK_MARKS;
  const marks = new Map<number, MarkRange[]>();
  const ends = new Map<number, number>();
  const endOf = (i: number, block: TextBlock) => {
    let end = ends.get(i);
    if (end === undefined) {
      end = block.start + codePointLength(block.text);
      ends.set(i, end);
    }
    return end;
  };
  ranges.forEach((range, index) => {
    for (let i = blockIndexAt(blocks, range.start); i < blocks.length; i++) {
      const block = blocks[i];
      if (!block || block.start >= range.end) break;
      const start = Math.max(range.start, block.start);
      const end = Math.min(range.end, endOf(i, block));
      if (end <= start) continue;
      const list = marks.get(block.start) ?? [];
      list.push({ start: start - block.start, end: end - block.start, index });
      marks.set(block.start, list);
    }
  });
  return marks;
}

/** The first range starting at or after `offset`, else the first one (finding wraps around). */
export function firstRangeFrom(ranges: readonly TextRange[], offset: number): number {
  const index = ranges.findIndex((range) => range.start >= offset);
  return index < 0 ? 0 : index;
}
