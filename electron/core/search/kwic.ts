import type { z } from 'zod';
import type { KwicLine, KwicRequestSchema, KwicResult } from '../../../shared/domain';
import type { Db } from '../db/connection';
import { CodePointIndex } from '../text/code-points';
import { filterSql } from './filters';
import { SearchableText } from './find-in-text';
import { gramMatch } from './grams';
import { parseQuery } from './query-parser';

const DEFAULT_WIDTH = 20;
const DEFAULT_LIMIT = 20_000;

/** Characters fetched past a chunk's end, beyond the context, for a match that runs over it. */
const SPAN_MARGIN = 64;

/** A document's text from its first passage holding the term to its last, with context. */
interface WindowRow {
  id: number;
  title: string;
  town: string | null;
  year: number | null;
  /** Start of the first passage and end of the last passage holding the term. */
  chunkStart: number;
  chunkEnd: number;
  /** Where `window` starts in the document (code points). */
  windowStart: number;
  window: string;
}

/**
 * Keyword in context: every occurrence of a term (found like search finds it: folded,
 * traditional = simplified) with `width` characters of original text on each side. The index
 * picks the passages (chunks) that hold the term; of each document only the span from its
 * first such passage to its last (plus the context) is read and scanned. Reading whole
 * documents spent most of the time turning UTF-8 into strings (10,000 documents, a term in
 * half of them: 250 → 150 ms; see docs/performance.md).
 */
export function kwic(db: Db, request: z.infer<typeof KwicRequestSchema>): KwicResult {
  const started = performance.now();
  const term = parseQuery(request.term).groups[0]?.[0];
  const folded = term?.folded ?? '';
  const width = request.width ?? DEFAULT_WIDTH;
  const filters = filterSql(request.filters);
  // Integers written into the SQL (the filters take the positional parameters).
  const before = Math.max(0, Math.floor(width));
  const after = before + SPAN_MARGIN + folded.length;
  const windows = db
    .prepare(
      `SELECT d.id, d.title, d.town, d.year, m.first AS chunkStart, m.last AS chunkEnd,
              max(m.first - ${before}, 0) AS windowStart,
              substr(d.text, max(m.first - ${before}, 0) + 1,
                     m.last - max(m.first - ${before}, 0) + ${after}) AS window
       FROM (SELECT c.document_id AS id, min(c.start_offset) AS first, max(c.end_offset) AS last
             FROM chunk_fts JOIN chunks c ON c.id = chunk_fts.rowid
             WHERE chunk_fts MATCH ? GROUP BY c.document_id) m
       JOIN documents d ON d.id = m.id
       WHERE ${filters.where}
       ORDER BY d.id`,
    )
    .all(gramMatch(folded) ?? '""', ...filters.params) as WindowRow[];

  const lines: KwicLine[] = [];
  for (const row of windows) {
    const index = new CodePointIndex(row.window);
    const slice = (from: number, to: number) =>
      row.window
        .slice(index.toUtf16(Math.max(0, from)), index.toUtf16(Math.min(index.length, to)))
        .replace(/\s+/g, ' ');
    for (const range of new SearchableText(row.window).find(folded)) {
      const start = row.windowStart + range.start;
      // Occurrences starting in the context read before or after the span belong to no passage
      // holding the term (the index did not find them there).
      if (start < row.chunkStart || start >= row.chunkEnd) continue;
      lines.push({
        docId: row.id,
        title: row.title,
        town: row.town,
        year: row.year,
        start,
        end: row.windowStart + range.end,
        left: slice(range.start - width, range.start),
        match: slice(range.start, range.end),
        right: slice(range.end, range.end + width),
      });
    }
  }
  sortLines(lines, request.sort ?? 'document');
  return {
    term: request.term,
    total: lines.length,
    lines: lines.slice(0, request.limit ?? DEFAULT_LIMIT),
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

const collator = new Intl.Collator('zh-CN');

function sortLines(lines: KwicLine[], sort: 'document' | 'left' | 'right' | 'town'): void {
  if (sort === 'left') {
    // Sorted by the words just before the match: compare left contexts read backwards.
    const reversed = new Map(lines.map((line) => [line, Array.from(line.left).reverse().join('')]));
    lines.sort((a, b) => collator.compare(reversed.get(a) ?? '', reversed.get(b) ?? ''));
  } else if (sort === 'right') {
    lines.sort((a, b) => collator.compare(a.right, b.right));
  } else if (sort === 'town') {
    lines.sort(
      (a, b) =>
        collator.compare(a.town ?? '', b.town ?? '') || a.docId - b.docId || a.start - b.start,
    );
  }
}
