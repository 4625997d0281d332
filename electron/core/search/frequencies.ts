import type { z } from 'zod';
import type {
  FrequencyGroup,
  FrequencyRequestSchema,
  FrequencyResult,
} from '../../../shared/domain';
import type { Db } from '../db/connection';
import { filterSql } from './filters';

const DEFAULT_TOP = 30;
/** Rows fetched per group beyond `top`, so that dropping stop words still leaves `top`. */
const STOPWORD_HEADROOM = 400;

interface CountRow {
  key: string | null;
  term: string;
  n: number;
}

interface TotalRow {
  key: string | null;
  label: string | null;
  documents: number;
  words: number;
}

/**
 * The most frequent words per town, per document or in the whole selection, stop words
 * removed. Counts come from word counts stored at import (jieba, non-overlapping words).
 */
export function termFrequencies(
  db: Db,
  request: z.infer<typeof FrequencyRequestSchema>,
  stopwords: ReadonlySet<string>,
): FrequencyResult {
  const started = performance.now();
  const by = request.by ?? 'town';
  const top = request.top ?? DEFAULT_TOP;
  const key = by === 'town' ? 'd.town' : by === 'document' ? 'd.id' : "'library'";
  const label = by === 'town' ? 'd.town' : by === 'document' ? 'd.title' : "'library'";
  const filters = filterSql(request.filters);

  const totals = db
    .prepare(
      `SELECT ${key} AS key, ${label} AS label, count(DISTINCT d.id) AS documents,
              coalesce(sum(t.count), 0) AS words
       FROM documents d LEFT JOIN doc_terms t ON t.document_id = d.id
       WHERE ${filters.where} GROUP BY ${key} ORDER BY words DESC`,
    )
    .all(...filters.params) as TotalRow[];
  const rows = db
    .prepare(
      `SELECT key, term, n FROM (
         SELECT ${key} AS key, t.term AS term, sum(t.count) AS n,
                row_number() OVER (PARTITION BY ${key} ORDER BY sum(t.count) DESC) AS rank
         FROM doc_terms t JOIN documents d ON d.id = t.document_id
         WHERE ${filters.where}
         GROUP BY ${key}, t.term)
       WHERE rank <= ? ORDER BY key, n DESC`,
    )
    .all(...filters.params, top + STOPWORD_HEADROOM) as CountRow[];

  const byKey = new Map<string, CountRow[]>();
  for (const row of rows) {
    if (stopwords.has(row.term)) continue;
    const list = byKey.get(String(row.key)) ?? [];
    if (list.length < top) list.push(row);
    byKey.set(String(row.key), list);
  }
  const groups: FrequencyGroup[] = totals
    .filter((total) => total.key !== null)
    .map((total) => ({
      key: String(total.key),
      label: total.label ?? String(total.key),
      documents: total.documents,
      totalWords: total.words,
      terms: (byKey.get(String(total.key)) ?? []).map((row) => ({
        term: row.term,
        count: row.n,
        per10k: total.words > 0 ? Math.round((row.n / total.words) * 100_000) / 10 : 0,
      })),
    }));
  return { groups, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}
