import type { Page } from '../../../../shared/domain';
import { codePointLength, sliceCodePoints } from '../../text/codePoints';

/** One rendered paragraph of the document text. */
export interface TextBlock {
  /** Code point offset of the block's first character in the document text. */
  start: number;
  text: string;
}

/** The blocks of one page (or of the whole text, for a document without pages). */
export interface PageGroup {
  /** Null for text that is not on any page: non-paged documents, or text before page 1. */
  page: Page | null;
  blocks: TextBlock[];
}

/**
 * One block per non-blank line, each remembering its code point offset so sections can be
 * found. A line that runs across a page boundary is cut there, so every block lies on one page.
 * `breaks` are the code point offsets where pages start.
 */
export function splitBlocks(text: string, breaks: readonly number[] = []): TextBlock[] {
  const cuts = [...new Set(breaks)].sort((a, b) => a - b);
  const blocks: TextBlock[] = [];
  let cut = 0;
  let lineStart = 0;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const length = codePointLength(line);
    const lineEnd = lineStart + length;
    while (cut < cuts.length && (cuts[cut] ?? 0) <= lineStart) cut++;
    let pieceStart = lineStart;
    while (cut < cuts.length && (cuts[cut] ?? 0) < lineEnd) {
      const at = cuts[cut] ?? lineEnd;
      pushBlock(blocks, pieceStart, sliceCodePoints(line, pieceStart - lineStart, at - lineStart));
      pieceStart = at;
      cut++;
    }
    pushBlock(
      blocks,
      pieceStart,
      pieceStart === lineStart ? line : sliceCodePoints(line, pieceStart - lineStart),
    );
    // The '\n' (and a '\r' before it) count as code points too.
    lineStart += codePointLength(rawLine) + 1;
  }
  return blocks;
}

function pushBlock(blocks: TextBlock[], start: number, text: string): void {
  if (text.trim().length > 0) blocks.push({ start, text });
}

/**
 * Puts each block on the last page starting at or before it. Every page gets a group, even an
 * empty one (a scanned page waiting for OCR), so its marker and notice can still be shown.
 */
export function groupByPage(blocks: readonly TextBlock[], pages: readonly Page[]): PageGroup[] {
  const ordered = [...pages].sort((a, b) => a.start - b.start || a.number - b.number);
  if (ordered.length === 0) return [{ page: null, blocks: [...blocks] }];
  const lead: PageGroup = { page: null, blocks: [] };
  const groups: PageGroup[] = ordered.map((page) => ({ page, blocks: [] }));
  let current = -1;
  for (const block of blocks) {
    while (current + 1 < ordered.length && (ordered[current + 1]?.start ?? 0) <= block.start) {
      current++;
    }
    (groups[current] ?? lead).blocks.push(block);
  }
  return lead.blocks.length > 0 ? [lead, ...groups] : groups;
}

/** Index of the block holding `offset`: the last one starting at or before it (0 if none). */
export function blockIndexAt(blocks: readonly TextBlock[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const block = blocks[mid];
    if (block && block.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** The page holding `offset`, by the same rule as groupByPage; null before page 1 or unpaged. */
export function pageAt(pages: readonly Page[], offset: number): Page | null {
  let found: Page | null = null;
  for (const page of pages) {
    if (page.start <= offset && (found === null || page.start >= found.start)) found = page;
  }
  return found;
}
