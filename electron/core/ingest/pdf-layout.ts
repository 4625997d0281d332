/**
 * Rebuilds lines and paragraphs from a PDF page's positioned text runs. A PDF has no paragraphs:
 * it places runs of glyphs; pdf.js reports each run with its position and whether a line break
 * follows (`hasEOL`). Lines are rebuilt from those, then lines broken only by the page width are
 * joined back into paragraphs, so a sentence never contains a line break.
 */

/** The part of a pdf.js TextItem this module uses. */
export interface PositionedText {
  str: string;
  /** [a, b, c, d, e, f]: e, f are the x, y of the run's origin (y grows upwards). */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

export interface TextLine {
  text: string;
  /** Left and right edges, baseline y, font size — in PDF units. */
  left: number;
  right: number;
  y: number;
  size: number;
}

const CJK_CHAR = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const LATIN_END = /[A-Za-z0-9,.;:!?)%]$/;
const LATIN_START = /^[A-Za-z0-9(]/;

/** Groups runs into lines: a run with `hasEOL` ends a line, and so does a change of baseline. */
export function buildLines(items: readonly PositionedText[]): TextLine[] {
  const lines: TextLine[] = [];
  let line: TextLine | null = null;
  const finish = () => {
    if (line && line.text.trim().length > 0) {
      line.text = line.text.replace(/\s+/g, ' ').trim();
      lines.push(line);
    }
    line = null;
  };
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height || 10;
    if (item.str.length > 0) {
      const current: TextLine | null = line;
      if (current !== null && Math.abs(y - current.y) > 0.5 * Math.min(size, current.size)) {
        finish();
      }
      if (line === null) {
        line = { text: item.str, left: x, right: x + item.width, y, size };
      } else {
        const open: TextLine = line;
        open.text += separator(open, item.str, x, size) + item.str;
        open.left = Math.min(open.left, x);
        open.right = Math.max(open.right, x + item.width);
        open.size = Math.max(open.size, size);
      }
    }
    if (item.hasEOL) finish();
  }
  finish();
  return lines;
}

/** A space between runs that are visibly apart (always between Latin words; CJK only for wide gaps). */
function separator(line: TextLine, next: string, x: number, size: number): string {
  const gap = x - line.right;
  if (/\s$/.test(line.text) || /^\s/.test(next)) return '';
  const last = line.text.slice(-1);
  const first = next.charAt(0);
  const bothCjk = CJK_CHAR.test(last) || CJK_CHAR.test(first);
  if (bothCjk) return gap > 1.5 * size ? ' ' : '';
  return gap > 0.2 * size ? ' ' : '';
}

/**
 * Sentence-ending punctuation after which a line break is kept. A closing quote or bracket
 * (”」』）) counts only right after such punctuation (…。” ends a sentence; “双区” does not).
 */
const SENTENCE_END = /[。！？；：!?;:][”」』）)]?$/u;

/** Markers that start an item of a numbered list or outline: 一、（一）1. （1）第一条 ①. */
const LIST_MARKER =
  /^(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百]+[）)]|\d{1,3}[、．.](?!\d)|[（(]\d{1,3}[）)]|第[一二三四五六七八九十百千\d]+[章节条款部分篇]|[①-⑳]|[•●■◆▪]\s?)/u;

/**
 * Joins a page's lines into paragraphs, one per output line. A break is kept:
 * - after a line ending with sentence punctuation (。！？；： and ASCII !?;:, optionally followed
 *   by a closing quote or bracket);
 * - after a short line — one ending more than two characters before the page's right edge
 *   (the last line of a paragraph, a heading, a table row);
 * - before a line starting with a list marker (一、 （一） 1. （1） 第一条 ①);
 * - before an indented line (first-line indent), a wider gap than usual, or a change of size.
 * Otherwise the next line continues the paragraph: joined directly for Chinese, with a space
 * between Latin words.
 */
export function joinLines(lines: readonly TextLine[]): string {
  if (lines.length === 0) return '';
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const charWidth = sizes[Math.floor(sizes.length / 2)] ?? 10;
  const rightEdge = -commonEdge(
    lines.map((l) => -l.right),
    charWidth,
  );
  const leftEdge = commonEdge(
    lines.map((l) => l.left),
    charWidth,
  );
  const gaps = lines
    .slice(1)
    .map((l, i) => lines[i]!.y - l.y)
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  const usualGap = gaps[Math.floor(gaps.length / 2)] ?? charWidth * 1.5;

  const paragraphs: string[] = [];
  let current = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!;
    const line = lines[i]!;
    const gap = previous.y - line.y;
    const breakHere =
      SENTENCE_END.test(previous.text) ||
      previous.right < rightEdge - 2 * charWidth ||
      LIST_MARKER.test(line.text) ||
      line.left > leftEdge + 1.5 * charWidth ||
      gap > 1.8 * usualGap ||
      gap < 0 ||
      Math.abs(line.size - previous.size) > 0.2 * Math.max(line.size, previous.size);
    if (breakHere) {
      paragraphs.push(current);
      current = line.text;
    } else {
      current += (needsSpace(current, line.text) ? ' ' : '') + line.text;
    }
  }
  paragraphs.push(current);
  return paragraphs.join('\n');
}

/**
 * The smallest value that at least 10% of the lines (and at least two) reach within a character:
 * the left margin for left edges, minus the right margin for negated right edges. One stray line
 * (a page number in the margin, a long URL) does not move it.
 */
function commonEdge(values: readonly number[], charWidth: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const needed = Math.min(sorted.length, Math.max(2, Math.ceil(sorted.length * 0.1)));
  for (const candidate of sorted) {
    const reached = sorted.filter((value) => value <= candidate + charWidth).length;
    if (reached >= needed) return candidate;
  }
  return sorted[0] ?? 0;
}

/** Joining two lines of a paragraph: a space between Latin words, none in Chinese or in a number. */
function needsSpace(before: string, after: string): boolean {
  if (!LATIN_END.test(before) || !LATIN_START.test(after)) return false;
  return !(/\d$/.test(before) && /^\d/.test(after));
}
