import { CodePointIndex } from '../text/code-points';
import type { MarkerType } from './heading-patterns';
import {
  CONVENTIONAL_RANK,
  cpLength,
  headingTitle,
  isBodyLine,
  isStandaloneCandidate,
  matchMarker,
} from './heading-patterns';

export interface OutlineSection {
  /** 1 = top; always the depth in the tree + 1. */
  level: number;
  title: string;
  /** Code point offsets in the cleaned text; end exclusive. */
  start: number;
  end: number;
  /** Index of the parent section in the returned array, null for a top-level section. */
  parentIndex: number | null;
  /** The numbering marker as written ('(一)', '5.', '第三章', '●'), absent for plain headings. */
  marker?: string;
}

export interface OutlineHints {
  /** Headings the source format marks (Word heading styles, HTML h1–h6); they take precedence. */
  headings?: { text: string; level: number }[];
}

interface Line {
  text: string;
  /** Code point offset of the line start in the cleaned text. */
  start: number;
}

interface Heading {
  line: number;
  type: MarkerType;
  number: number | null;
  marker: string | null;
  title: string;
  /** Hint level, when the heading comes from hints. */
  hintLevel?: number;
}

/** Most consecutive short lines merged into one heading (`聚力平台建设` + `打造高质量发展引擎`). */
const MAX_MERGED_LINES = 3;

/**
 * Finds the section outline of cleaned text (paragraphs separated by '\n').
 *
 * Headings: lines starting with an outline marker (第X章/第X节/第X条/第X部分, 一、, （一）, 1. 1、 1．,
 * （1）, 1), ①, ●) and short standalone heading lines followed by running text (several in a row
 * merge into one title joined by a space). Standalone lines before the first paragraph of running
 * text are the document's title or cover and are not sections.
 *
 * Levels follow the order in which marker types appear, as Word numbers lists: a type not seen
 * in the current branch nests under the current heading; a type seen before closes the sections
 * up to its earlier sibling. One exception, for documents that start mid-outline: when the first
 * headings of a type start at the root with a number other than 1 (seed: an excerpt starting at
 * `5.加速项目落地`), and a conventionally more senior marker follows (`（三）`), the senior marker
 * does not nest under them: those orphan items stay top-level sections, siblings of `（三）`, and
 * later `1.` items nest under `（三）` as usual.
 *
 * Each section spans from its heading line to the next heading of the same or a higher level.
 * When hints are given and at least one is found in the text, the outline is built from the
 * hints alone, with their levels (made consistent: a level never jumps more than one below its
 * parent).
 */
export function detectOutline(cleaned: string, hints?: OutlineHints): OutlineSection[] {
  const lines = splitLines(cleaned);
  const total = new CodePointIndex(cleaned).length;
  const fromHints = hints?.headings?.length ? headingsFromHints(lines, hints.headings) : [];
  const headings = fromHints.length > 0 ? fromHints : detectHeadings(lines);
  return buildSections(headings, lines, total);
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let cp = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part, start: cp });
    cp += cpLength(part) + 1;
  }
  return lines;
}

function detectHeadings(lines: readonly Line[]): Heading[] {
  const headings: Heading[] = [];
  const firstBody = lines.findIndex(
    (line) => !matchMarker(line.text) && !isStandaloneCandidate(line.text) && isBodyLine(line.text),
  );
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as Line).text.trim();
    if (text === '') continue;
    const marker = matchMarker(text);
    if (marker) {
      let title = marker.rest === '' ? '' : headingTitle(marker.rest);
      if (
        marker.type === 'bullet' &&
        (cpLength(marker.rest) > 30 || /[。！？!?]/u.test(marker.rest))
      ) {
        continue; // a bulleted paragraph of running text
      }
      if (title === '') {
        // A marker alone on its line: the title is on the next line.
        const next = lines[i + 1]?.text.trim() ?? '';
        if (next === '' || matchMarker(next)) continue;
        title = headingTitle(next);
        headings.push({
          line: i,
          type: marker.type,
          number: marker.number,
          marker: marker.marker,
          title,
        });
        i++;
        continue;
      }
      headings.push({
        line: i,
        type: marker.type,
        number: marker.number,
        marker: marker.marker,
        title,
      });
      continue;
    }
    if (i < firstBody || firstBody < 0 || !isStandaloneCandidate(text)) continue;
    // A run of short standalone lines, then running text or a marked heading.
    let j = i;
    while (j < lines.length && isStandaloneCandidate((lines[j] as Line).text)) j++;
    const next = lines[j]?.text ?? '';
    const followedByText = next !== '' && (matchMarker(next) !== null || isBodyLine(next));
    if (followedByText && j - i <= MAX_MERGED_LINES) {
      const title = lines
        .slice(i, j)
        .map((line) => line.text.trim())
        .join(' ');
      headings.push({ line: i, type: 'standalone', number: null, marker: null, title });
    }
    i = j - 1;
  }
  return headings;
}

function headingsFromHints(
  lines: readonly Line[],
  hints: readonly { text: string; level: number }[],
): Heading[] {
  const headings: Heading[] = [];
  const squeeze = (text: string): string => text.replace(/\s+/gu, '');
  let from = 0;
  for (const hint of hints) {
    const wanted = squeeze(hint.text);
    if (wanted === '') continue;
    for (let i = from; i < lines.length; i++) {
      const line = squeeze((lines[i] as Line).text);
      if (
        line !== '' &&
        (line.startsWith(wanted) || (wanted.startsWith(line) && cpLength(line) >= 2))
      ) {
        const marker = matchMarker(hint.text.trim());
        headings.push({
          line: i,
          type: marker?.type ?? 'standalone',
          number: marker?.number ?? null,
          marker: marker?.marker ?? null,
          title: marker && marker.rest !== '' ? marker.rest : hint.text.trim(),
          hintLevel: Math.max(1, Math.floor(hint.level)),
        });
        from = i + 1;
        break;
      }
    }
  }
  return headings;
}

interface StackEntry {
  type: MarkerType;
  /** Index of the section in the output. */
  index: number;
  /** Pushed at the root with a first number other than 1: the document started mid-outline. */
  orphan: boolean;
  hintLevel?: number;
}

function buildSections(
  headings: readonly Heading[],
  lines: readonly Line[],
  total: number,
): OutlineSection[] {
  const sections: OutlineSection[] = [];
  let stack: StackEntry[] = [];
  for (const heading of headings) {
    let depth: number;
    if (heading.hintLevel !== undefined) {
      const level = heading.hintLevel;
      while (
        stack.length > 0 &&
        ((stack[stack.length - 1] as StackEntry).hintLevel ?? 0) >= level
      ) {
        stack.pop();
      }
      depth = stack.length;
    } else {
      depth = placeByType(stack, heading);
    }
    stack = stack.slice(0, depth);
    const parent = stack[depth - 1];
    const line = lines[heading.line] as Line;
    const section: OutlineSection = {
      level: depth + 1,
      title: heading.title,
      start: line.start,
      end: total,
      parentIndex: parent ? parent.index : null,
      ...(heading.marker ? { marker: heading.marker } : {}),
    };
    sections.push(section);
    stack.push({
      type: heading.type,
      index: sections.length - 1,
      orphan: depth === 0 && heading.number !== null && heading.number !== 1,
      ...(heading.hintLevel !== undefined ? { hintLevel: heading.hintLevel } : {}),
    });
  }
  // Each section ends where the next section of the same or a higher level starts.
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i] as OutlineSection;
    for (let j = i + 1; j < sections.length; j++) {
      const next = sections[j] as OutlineSection;
      if (next.level <= section.level) {
        section.end = next.start;
        break;
      }
    }
  }
  return sections;
}

/** Depth (0 = top) at which a heading of this type goes, given the open branch. */
function placeByType(stack: readonly StackEntry[], heading: Heading): number {
  const same = stack.findIndex((entry) => entry.type === heading.type);
  if (same >= 0) return same;
  const rank = CONVENTIONAL_RANK[heading.type];
  const orphan = stack.findIndex(
    (entry) =>
      entry.orphan && CONVENTIONAL_RANK[entry.type] > rank && rank < CONVENTIONAL_RANK.bullet,
  );
  if (orphan >= 0) return orphan;
  return stack.length;
}
