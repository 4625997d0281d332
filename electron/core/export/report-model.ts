import type { TextRange } from '../../../shared/domain';
import type { ReportLabels } from './report-labels';

/**
 * One report, before it is Word or PDF: what the researcher hands in, in reading order. Both
 * renderers take this model and nothing else, so the .docx and the .pdf say the same thing.
 */
export interface ReportModel {
  language: 'zh' | 'en';
  labels: ReportLabels;
  title: string;
  /** e.g. 主题：工改（检索） */
  themeLine: string;
  author: string;
  /** YYYY-MM-DD */
  date: string;
  scope: { towns: string[]; years: string; documentCount: number };
  /** Table columns, in the chosen order. */
  towns: string[];
  rows: ReportRow[];
  sharedPhrases: { text: string; towns: string[] }[];
  /** Null when figures are left out. */
  figures: ReportFigureRow[] | null;
  sources: ReportSource[];
  style: ReportStyle;
}

export interface ReportStyle {
  paper: 'A4' | 'A3' | 'Letter';
  comments: 'comments' | 'footnotes' | 'none';
  citations: 'footnotes' | 'bibliography';
  bodyFont: string;
  headingFont: string;
  latinFont: string;
}

export interface ReportRow {
  label: string;
  /** One per town of `towns`, same order. */
  cells: ReportCell[];
}

export interface ReportCell {
  town: string;
  note: string;
  quotes: ReportQuote[];
}

export interface ReportQuote {
  /** Passage text as written (an excerpt or the whole section). */
  text: string;
  /** Shared phrases inside `text` (code points), shown in bold. */
  bold: TextRange[];
  /** The researcher's annotation comments on this passage. */
  comments: ReportComment[];
  elidedBefore: boolean;
  elidedAfter: boolean;
  citation: ReportCitation;
}

export interface ReportComment {
  /** Code points of `text` the comment is attached to (clipped to the excerpt). */
  start: number;
  end: number;
  text: string;
  tags: string[];
}

export interface ReportCitation {
  town: string;
  year: number | null;
  title: string;
  sectionPath: string[];
  page: number | null;
  /** 1-based number of the document in `sources`. */
  sourceNumber: number;
  /** 镇 · 年份 · 文档标题 · 章节路径 · 第 N 页 */
  text: string;
}

export interface ReportSource {
  number: number;
  docId: number;
  town: string | null;
  year: number | null;
  title: string;
  fileName: string;
  sourceUrl: string | null;
  published: string | null;
}

export interface ReportFigureRow {
  measure: string;
  /** One per town of `towns`: the figures as written, "（目标）" marked. */
  values: string[];
}

/** A piece of a quote with the same formatting throughout. */
export interface QuoteRun {
  text: string;
  bold: boolean;
  /** Indexes into `quote.comments` of comments that start before / end after this run. */
  commentsStarting: number[];
  commentsEnding: number[];
}

/**
 * Cuts a quote into runs at every bold and comment boundary, so each renderer only maps runs
 * to its own markup (Word runs and comment ranges, HTML <strong> and note markers).
 */
export function quoteRuns(quote: ReportQuote): QuoteRun[] {
  const chars = Array.from(quote.text);
  const cuts = new Set<number>([0, chars.length]);
  for (const range of quote.bold) {
    cuts.add(clamp(range.start, chars.length));
    cuts.add(clamp(range.end, chars.length));
  }
  for (const comment of quote.comments) {
    cuts.add(clamp(comment.start, chars.length));
    cuts.add(clamp(comment.end, chars.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: QuoteRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    runs.push({
      text: chars.slice(start, end).join(''),
      bold: quote.bold.some((r) => r.start <= start && r.end >= end),
      commentsStarting: indexesWhere(quote.comments, (c) => clamp(c.start, chars.length) === start),
      commentsEnding: indexesWhere(quote.comments, (c) => clamp(c.end, chars.length) === end),
    });
  }
  // A comment on an empty range (clipped away) still needs a place: the quote's end.
  const placed = new Set(runs.flatMap((r) => r.commentsEnding));
  const last = runs[runs.length - 1];
  if (last) {
    quote.comments.forEach((_, i) => {
      if (!placed.has(i)) last.commentsEnding.push(i);
    });
  }
  return runs;
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(value, max));
}

function indexesWhere<T>(items: readonly T[], test: (item: T) => boolean): number[] {
  const result: number[] = [];
  items.forEach((item, i) => {
    if (test(item)) result.push(i);
  });
  return result;
}

/** Tables wider than this many towns are split into several tables (continued). */
export const TOWNS_PER_TABLE_PORTRAIT = 3;
export const TOWNS_PER_TABLE_LANDSCAPE = 5;

/** Town columns per table: all in one up to 3 (portrait); else groups of 5 on landscape pages. */
export function townGroups(towns: readonly string[]): { landscape: boolean; groups: number[][] } {
  const indexes = towns.map((_, i) => i);
  if (towns.length <= TOWNS_PER_TABLE_PORTRAIT) return { landscape: false, groups: [indexes] };
  const groupCount = Math.ceil(towns.length / TOWNS_PER_TABLE_LANDSCAPE);
  // Even groups (7 towns → 4 + 3, not 5 + 2) read better than a nearly empty last table.
  const size = Math.ceil(towns.length / groupCount);
  const groups: number[][] = [];
  for (let i = 0; i < indexes.length; i += size) groups.push(indexes.slice(i, i + size));
  return { landscape: true, groups };
}
