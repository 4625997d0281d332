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

interface DocumentRow {
  id: number;
  title: string;
  town: string | null;
  year: number | null;
  text: string;
}

/**
 * Keyword in context: every occurrence of a term (found like search finds it: folded,
 * traditional = simplified) with `width` characters of original text on each side. The index
 * picks the documents; each is then scanned whole, so nothing between sections is missed.
 */
export function kwic(db: Db, request: z.infer<typeof KwicRequestSchema>): KwicResult {
  const started = performance.now();
  const term = parseQuery(request.term).groups[0]?.[0];
  const folded = term?.folded ?? '';
  const width = request.width ?? DEFAULT_WIDTH;
  const filters = filterSql(request.filters);
  const documents = db
    .prepare(
      `SELECT d.id, d.title, d.town, d.year, d.text FROM documents d
       WHERE d.id IN (SELECT c.document_id FROM chunk_fts JOIN chunks c ON c.id = chunk_fts.rowid
                      WHERE chunk_fts MATCH ?)
         AND ${filters.where}
       ORDER BY d.id`,
    )
    .all(gramMatch(folded) ?? '""', ...filters.params) as DocumentRow[];

  const lines: KwicLine[] = [];
  for (const doc of documents) {
    const index = new CodePointIndex(doc.text);
    const slice = (from: number, to: number) =>
      doc.text
        .slice(index.toUtf16(Math.max(0, from)), index.toUtf16(Math.min(index.length, to)))
        .replace(/\s+/g, ' ');
    for (const range of new SearchableText(doc.text).find(folded)) {
      lines.push({
        docId: doc.id,
        title: doc.title,
        town: doc.town,
        year: doc.year,
        start: range.start,
        end: range.end,
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
