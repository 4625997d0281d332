import type { ComparisonScope, ComparisonTheme } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { tagSubtree } from '../annotate/tags';
import type { Db } from '../db/connection';
import { parseQuery, positiveTerms } from '../search/query-parser';
import { matchExpression } from '../search/search';
import { plainWords } from '../search/segment';
import type { Candidate } from './candidates';
import { scopeSql } from './candidates';
import { centroid, cosine, sharedTerms, tfidf, type Vector } from './vectors';

/** A section proposed for a cell. */
export interface Proposal {
  candidate: Candidate;
  score: number;
  matchedTerms: string[];
}

/** How the theme is found: a direction in word space, and direct keyword evidence per section. */
interface ThemeSignal {
  seed: Vector;
  /** 0..1 per section id: BM25 of the query (or coded passages of the tag) inside the section. */
  keyword: Map<number, number>;
  exclude: Set<number>;
}

const FEEDBACK_SECTIONS = 8;
const KEYWORD_WEIGHT = 0.5;
const MAX_PER_CELL = 3;
const KEEP_RELATIVE = 0.6;
/** Below this a section shares next to nothing with the theme: the cell stays empty. */
const MIN_SCORE = 0.01;

/** Keyword evidence per section: the best BM25 of the query's chunks inside it, scaled 0..1. */
function queryKeyword(
  db: Db,
  query: string,
  candidates: readonly Candidate[],
  scope?: ComparisonScope,
): Map<number, number> {
  const { where, params } = scopeSql(scope);
  const rows = db
    .prepare(
      `SELECT c.document_id AS doc, c.start_offset AS start, c.end_offset AS end, -bm25(chunk_fts, 1, 5) AS score
       FROM chunk_fts JOIN chunks c ON c.id = chunk_fts.rowid JOIN documents d ON d.id = c.document_id
       WHERE chunk_fts MATCH ? AND ${where}`,
    )
    .all(matchExpression(parseQuery(query)), ...params) as {
    doc: number;
    start: number;
    end: number;
    score: number;
  }[];
  const best = Math.max(1e-9, ...rows.map((r) => r.score));
  const keyword = new Map<number, number>();
  for (const candidate of candidates) {
    let top = 0;
    for (const row of rows) {
      if (row.doc === candidate.docId && row.start >= candidate.start && row.end <= candidate.end) {
        top = Math.max(top, row.score / best);
      }
    }
    if (top > 0) keyword.set(candidate.sectionId, top);
  }
  return keyword;
}

/**
 * The theme as a seed vector. For a query: the query's own words plus the centroid of the
 * sections that match it best (pseudo-relevance feedback), so that sections about the same
 * thing in other words are found too (鹤山's 低效工业用地整治 for 工改). For a tag: the centroid
 * of the sections holding its coded passages. For a section: the section itself.
 */
function themeSignal(
  db: Db,
  theme: ComparisonTheme,
  candidates: readonly Candidate[],
  vectors: Map<number, Vector>,
  scope?: ComparisonScope,
): ThemeSignal {
  if (theme.kind === 'query') {
    const keyword = queryKeyword(db, theme.value, candidates, scope);
    const top = [...keyword].sort((a, b) => b[1] - a[1]).slice(0, FEEDBACK_SECTIONS);
    const queryWords = new Map<string, number>();
    for (const term of positiveTerms(parseQuery(theme.value))) {
      for (const word of [term.folded, ...plainWords(term.folded)]) queryWords.set(word, 1);
    }
    const seed = centroid([
      { vector: normalised(queryWords), weight: 1 },
      ...top.map(([id, score]) => ({ vector: vectors.get(id) ?? new Map(), weight: score })),
    ]);
    return { seed, keyword, exclude: new Set() };
  }
  if (theme.kind === 'tag') {
    const tags = tagSubtree(db, Number(theme.value));
    const passages = db
      .prepare(
        `SELECT DISTINCT a.document_id AS doc, a.start_offset AS start FROM annotations a
         JOIN annotation_tags at ON at.annotation_id = a.id
         WHERE a.deleted_at IS NULL AND at.tag_id IN (${tags.map(() => '?').join(',')})`,
      )
      .all(...tags) as { doc: number; start: number }[];
    const keyword = new Map<number, number>();
    for (const candidate of candidates) {
      const coded = passages.filter(
        (p) => p.doc === candidate.docId && p.start >= candidate.start && p.start < candidate.end,
      );
      if (coded.length > 0)
        keyword.set(candidate.sectionId, Math.min(1, 0.5 + 0.25 * coded.length));
    }
    const seed = centroid(
      [...keyword].map(([id, weight]) => ({ vector: vectors.get(id) ?? new Map(), weight })),
    );
    return { seed, keyword, exclude: new Set() };
  }
  const sectionId = Number(theme.value);
  const own = vectors.get(sectionId);
  if (!own)
    throw new AppError(
      'NOT_FOUND',
      `Section #${sectionId} is not in the library (or not in scope).`,
    );
  return { seed: own, keyword: new Map(), exclude: new Set([sectionId]) };
}

function normalised(counts: Map<string, number>): Vector {
  const norm = Math.sqrt([...counts.values()].reduce((s, v) => s + v * v, 0)) || 1;
  return new Map([...counts].map(([w, v]) => [w, v / norm]));
}

/**
 * Ranks each town's sections for one theme: half keyword evidence (BM25 over the index, or
 * coded passages), half TF-IDF cosine to the theme. Keeps the best 1–3 that do not overlap
 * each other, explaining each by the words it shares with the theme.
 */
export function proposeSections(
  db: Db,
  theme: ComparisonTheme,
  candidates: readonly Candidate[],
  vectors: Map<number, Vector>,
  towns: readonly string[],
  scope?: ComparisonScope,
): Map<string, Proposal[]> {
  const signal = themeSignal(db, theme, candidates, vectors, scope);
  const byTown = new Map<string, Proposal[]>();
  for (const town of towns) {
    const scored = candidates
      .filter((c) => c.town === town && !signal.exclude.has(c.sectionId))
      .map((candidate) => {
        const vector = vectors.get(candidate.sectionId) ?? new Map();
        const similarity = cosine(vector, signal.seed);
        const keyword = signal.keyword.get(candidate.sectionId) ?? 0;
        return {
          candidate,
          score: KEYWORD_WEIGHT * keyword + (1 - KEYWORD_WEIGHT) * similarity,
          matchedTerms: sharedTerms(vector, signal.seed, 6),
        };
      })
      .sort((a, b) => b.score - a.score || b.candidate.level - a.candidate.level);
    const best = scored[0]?.score ?? 0;
    const chosen: Proposal[] = [];
    for (const proposal of scored) {
      if (
        chosen.length >= MAX_PER_CELL ||
        proposal.score < Math.max(MIN_SCORE, best * KEEP_RELATIVE)
      )
        break;
      const overlaps = chosen.some(
        (c) =>
          c.candidate.docId === proposal.candidate.docId &&
          c.candidate.start < proposal.candidate.end &&
          proposal.candidate.start < c.candidate.end,
      );
      if (!overlaps) chosen.push(proposal);
    }
    byTown.set(town, chosen);
  }
  return byTown;
}

export function vectorsOf(
  candidates: readonly Candidate[],
  idf: Map<string, number>,
): Map<number, Vector> {
  return new Map(candidates.map((c) => [c.sectionId, tfidf(c.counts, idf)]));
}
