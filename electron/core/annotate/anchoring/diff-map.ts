/**
 * Maps positions from an old text to a new one through a single diff (diff-match-patch, on
 * UTF-16 code units). Positions in unchanged text move with it; a position inside deleted text
 * lands on the deletion point (diff-match-patch's `diff_xIndex` semantics).
 */
import DiffMatchPatch from 'diff-match-patch';

/** Time diff-match-patch may spend on one diff before settling for a coarser one. */
export const DIFF_TIMEOUT_SECONDS = 2;

const EQUAL = 0;
const DELETE = -1;

/** A run of the old text that the diff keeps or deletes. */
interface Segment {
  /** Start of the run in the old text (UTF-16). */
  oldStart: number;
  oldEnd: number;
  equal: boolean;
  /** Where the run starts in the new text (for a deletion: the deletion point). */
  newStart: number;
  /** For a deletion: the end of its whole change block (deletion plus insertions) in the new text. */
  newAfterChange: number;
}

export class DiffMap {
  private readonly segments: Segment[] = [];
  readonly oldLength: number;
  readonly newLength: number;

  constructor(oldText: string, newText: string, timeoutSeconds = DIFF_TIMEOUT_SECONDS) {
    this.oldLength = oldText.length;
    this.newLength = newText.length;
    let diffs: DiffMatchPatch.Diff[];
    if (oldText === newText) {
      diffs = [[EQUAL, oldText]];
    } else {
      const dmp = new DiffMatchPatch();
      dmp.Diff_Timeout = timeoutSeconds;
      diffs = dmp.diff_main(oldText, newText);
      dmp.diff_cleanupSemantic(diffs);
    }
    let oldPos = 0;
    let newPos = 0;
    let block: Segment[] = []; // deletions awaiting the end of their change block
    for (const [op, piece] of diffs) {
      const length = piece.length;
      if (length === 0) continue;
      if (op === EQUAL) {
        for (const segment of block) segment.newAfterChange = newPos;
        block = [];
        this.segments.push({
          oldStart: oldPos,
          oldEnd: oldPos + length,
          equal: true,
          newStart: newPos,
          newAfterChange: newPos + length,
        });
        oldPos += length;
        newPos += length;
      } else if (op === DELETE) {
        const segment: Segment = {
          oldStart: oldPos,
          oldEnd: oldPos + length,
          equal: false,
          newStart: newPos,
          newAfterChange: newPos,
        };
        this.segments.push(segment);
        block.push(segment);
        oldPos += length;
      } else {
        newPos += length;
      }
    }
    for (const segment of block) segment.newAfterChange = newPos;
  }

  /**
   * New position of the START of a range at old UTF-16 index `index`: text inserted exactly
   * there stays outside the range; a change block that replaces text starting there is inside.
   */
  mapStart(index: number): number {
    if (index >= this.oldLength) return this.newLength;
    const segment = this.segmentAt(index, false);
    if (!segment) return 0;
    return segment.equal ? segment.newStart + (index - segment.oldStart) : segment.newStart;
  }

  /**
   * New position of the END of a range at old UTF-16 index `index` (exclusive): text inserted
   * exactly there stays outside the range; a change block that replaces text ending there is
   * inside.
   */
  mapEnd(index: number): number {
    if (index <= 0) return 0;
    const segment = this.segmentAt(index, true);
    if (!segment) return this.newLength;
    return segment.equal ? segment.newStart + (index - segment.oldStart) : segment.newAfterChange;
  }

  /**
   * The segment holding `index`: oldStart <= index < oldEnd, or with `closedEnd`
   * oldStart < index <= oldEnd.
   */
  private segmentAt(index: number, closedEnd: boolean): Segment | undefined {
    let lo = 0;
    let hi = this.segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const segment = this.segments[mid];
      if (!segment) break;
      const past = closedEnd ? segment.oldEnd < index : segment.oldEnd <= index;
      if (past) lo = mid + 1;
      else hi = mid;
    }
    return this.segments[lo];
  }
}
