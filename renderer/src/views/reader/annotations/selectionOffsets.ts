import type { TextRange } from '../../../../../shared/domain';
import { codePointLength, sliceCodePoints } from '../../../text/codePoints';

/**
 * From a DOM selection in the Reader to code point offsets in the document text. Every paragraph
 * is a `<p data-offset>` whose text nodes (including those inside highlight marks) spell exactly
 * its slice of the document, so a boundary's offset is the paragraph's start plus the code points
 * of the paragraph's text before it. Boundaries outside any paragraph (a page marker, the gap
 * between paragraphs after a triple click) snap to the nearest paragraph edge inward.
 */

const BLOCK_SELECTOR = 'p[data-offset]';

function blockOf(node: Node, root: HTMLElement): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  const block = element?.closest<HTMLElement>(BLOCK_SELECTOR) ?? null;
  return block && root.contains(block) ? block : null;
}

function blockStart(block: HTMLElement): number {
  return Number(block.dataset.offset ?? 0);
}

function blockLength(block: HTMLElement): number {
  return codePointLength(block.textContent ?? '');
}

/** Code points of the block's text before the point (node, offset), clamped to the block. */
export function offsetInBlock(block: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(block, 0);
  try {
    range.setEnd(node, offset);
  } catch {
    return 0;
  }
  const before = range.toString();
  return Math.min(codePointLength(before), blockLength(block));
}

type Edge = 'start' | 'end';

/**
 * A boundary as a document offset. Outside every paragraph, a start moves forward to the next
 * paragraph's start and an end moves back to the previous paragraph's end.
 */
function boundaryOffset(root: HTMLElement, node: Node, offset: number, edge: Edge): number | null {
  const block = blockOf(node, root);
  if (block) return blockStart(block) + offsetInBlock(block, node, offset);
  const point = document.createRange();
  point.setStart(node, offset);
  const blocks = [...root.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)];
  if (edge === 'start') {
    // The first paragraph that begins at or after the point.
    const next = blocks.find((candidate) => point.comparePoint(candidate, 0) >= 0);
    return next ? blockStart(next) : null;
  }
  const previous = blocks.findLast(
    (candidate) => point.comparePoint(candidate, candidate.childNodes.length) <= 0,
  );
  return previous ? blockStart(previous) + blockLength(previous) : null;
}

/** Narrows a range past whitespace at either end (a triple click takes the line break too). */
export function trimRange(text: string, range: TextRange): TextRange | null {
  const slice = sliceCodePoints(text, range.start, range.end);
  const lead = codePointLength(slice) - codePointLength(slice.trimStart());
  const trail = codePointLength(slice) - codePointLength(slice.trimEnd());
  const start = range.start + lead;
  const end = range.end - trail;
  return end > start ? { start, end } : null;
}

/** The selection's code point range in the document, or null when it is empty or elsewhere. */
export function selectionToRange(
  root: HTMLElement,
  selection: Selection | null,
  text: string,
): TextRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer) && range.commonAncestorContainer !== root) {
    // A selection may still start or end inside the text while spanning outside it.
    if (!root.contains(range.startContainer) && !root.contains(range.endContainer)) return null;
  }
  const clipped = range.cloneRange();
  if (!root.contains(clipped.startContainer)) clipped.setStart(root, 0);
  if (!root.contains(clipped.endContainer)) clipped.setEnd(root, root.childNodes.length);
  const start = boundaryOffset(root, clipped.startContainer, clipped.startOffset, 'start');
  const end = boundaryOffset(root, clipped.endContainer, clipped.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return trimRange(text, { start, end });
}
