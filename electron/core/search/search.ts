import type { SearchHit, SearchRequest, SearchResult } from '../../../shared/domain';
import type { Db } from '../db/connection';
import { filterSql } from './filters';
import { SearchableText, findAll } from './find-in-text';
import { gramMatch, wordMatch } from './grams';
import { parseQuery, positiveTerms, type ParsedQuery, type QueryTerm } from './query-parser';
import { sectionPaths } from './section-path';
import { plainWords } from './segment';
import { makeSnippet } from './snippet';

/** BM25 column weights: a match as a whole word counts five times a match inside other words. */
const GRAMS_WEIGHT = 1;
const WORDS_WEIGHT = 5;
const DEFAULT_LIMIT = 50;

/**
 * FTS5 expression for one term: its pairs decide the hit; when the term is one whole word, its
 * word also matches (a word token is always a substring of its passage, so this adds no hit,
 * only weight: BM25 ranks whole-word matches higher).
 */
function termExpression(term: QueryTerm, ranked: boolean): string {
  const grams = gramMatch(term.folded) as string;
  if (!ranked) return `(${grams})`;
  const words = plainWords(term.folded);
  const word = words.length === 1 && words[0] === term.folded ? wordMatch(words) : null;
  return word ? `(${grams} OR ${word})` : `(${grams})`;
}

/**
 * The query as FTS5 sees it. `ranked: false` leaves out the word alternatives: the same hits
 * (a word match is always also a pair match) for one posting list less, for counting.
 */
export function matchExpression(query: ParsedQuery, ranked = true): string {
  const groups = query.groups.map(
    (group) => `(${group.map((term) => termExpression(term, ranked)).join(' OR ')})`,
  );
  const excluded = query.excluded.map((term) => ` NOT (${gramMatch(term.folded) as string})`);
  return `${groups.join(' AND ')}${excluded.join('')}`;
}

interface ChunkRow {
  id: number;
  document_id: number;
  section_id: number | null;
  start_offset: number;
  end_offset: number;
  score: number;
}

interface HitDocumentRow {
  title: string;
  town: string | null;
  county: string | null;
  year: number | null;
  kind: SearchHit['kind'];
  passage: string;
}

/**
 * Searches the library's passages. Finds exactly the passages containing every group of the
 * query (see grams.ts), ranks them by BM25, and returns the requested page with snippets and
 * the highlight offsets of every occurrence in the document's text.
 */
export function search(db: Db, request: SearchRequest): SearchResult {
  const started = performance.now();
  const query = parseQuery(request.query);
  const filters = filterSql(request.filters);
  const order =
    request.sort === 'town'
      ? 'd.town IS NULL, d.town, d.year, score'
      : request.sort === 'year'
        ? 'd.year IS NULL, d.year DESC, d.town, score'
        : 'score';
  const expression = matchExpression(query);
  const offset = request.offset ?? 0;
  const limit = request.limit ?? DEFAULT_LIMIT;
  const plain =
    filters.params.length === 0 &&
    (request.sort ?? 'relevance') === 'relevance' &&
    request.groupBy !== 'document';
  let totalPassages: number;
  let totalDocuments: number;
  let page: ChunkRow[];
  if (plain) {
    // The common case: let FTS5 rank just the page, and count without ranking. Materialising
    // every match (thousands for a common phrase) was most of the time.
    const totals = db
      .prepare(
        `SELECT count(*) AS passages, count(DISTINCT c.document_id) AS documents
         FROM chunks c WHERE c.id IN (SELECT rowid FROM chunk_fts WHERE chunk_fts MATCH ?)`,
      )
      .get(matchExpression(query, false)) as { passages: number; documents: number };
    totalPassages = totals.passages;
    totalDocuments = totals.documents;
    page = db
      .prepare(
        `SELECT c.id, c.document_id, c.section_id, c.start_offset, c.end_offset, r.score
         FROM (SELECT rowid, bm25(chunk_fts, ${GRAMS_WEIGHT}, ${WORDS_WEIGHT}) AS score FROM chunk_fts
               WHERE chunk_fts MATCH ? ORDER BY score LIMIT ? OFFSET ?) r
         JOIN chunks c ON c.id = r.rowid ORDER BY r.score`,
      )
      .all(expression, limit, offset) as ChunkRow[];
  } else {
    const rows = db
      .prepare(
        `SELECT c.id, c.document_id, c.section_id, c.start_offset, c.end_offset,
                bm25(chunk_fts, ${GRAMS_WEIGHT}, ${WORDS_WEIGHT}) AS score
         FROM chunk_fts
         JOIN chunks c ON c.id = chunk_fts.rowid
         JOIN documents d ON d.id = c.document_id
         WHERE chunk_fts MATCH ? AND ${filters.where}
         ORDER BY ${order}`,
      )
      .all(expression, ...filters.params) as ChunkRow[];
    totalPassages = rows.length;
    totalDocuments = new Set(rows.map((row) => row.document_id)).size;
    const ranked = request.groupBy === 'document' ? bestPerDocument(rows) : rows;
    page = ranked.slice(offset, offset + limit);
  }
  return {
    query: request.query,
    totalPassages,
    totalDocuments,
    hits: describeHits(db, page, positiveTerms(query)),
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

function bestPerDocument(rows: readonly ChunkRow[]): ChunkRow[] {
  const seen = new Set<number>();
  return rows.filter((row) => !seen.has(row.document_id) && seen.add(row.document_id));
}

/** Snippets, highlights and section paths for the page of hits being shown. */
function describeHits(db: Db, rows: readonly ChunkRow[], terms: readonly QueryTerm[]): SearchHit[] {
  const paths = sectionPaths(
    db,
    rows.map((row) => row.section_id).filter((id): id is number => id !== null),
  );
  const load = db.prepare(
    `SELECT title, town, county, year, kind, substr(text, ? + 1, ? - ?) AS passage
     FROM documents WHERE id = ?`,
  );
  const folded = terms.map((term) => term.folded);
  return rows.map((row) => {
    const doc = load.get(
      row.start_offset,
      row.end_offset,
      row.start_offset,
      row.document_id,
    ) as HitDocumentRow;
    const ranges = findAll(new SearchableText(doc.passage), folded);
    return {
      docId: row.document_id,
      title: doc.title,
      town: doc.town,
      county: doc.county,
      year: doc.year,
      kind: doc.kind,
      sectionId: row.section_id,
      sectionPath: row.section_id === null ? [] : (paths.get(row.section_id) ?? []),
      start: row.start_offset,
      end: row.end_offset,
      score: Math.round(-row.score * 1000) / 1000,
      hitCount: ranges.length,
      snippet: makeSnippet(Array.from(doc.passage), ranges),
      highlights: ranges.map((r) => ({
        start: r.start + row.start_offset,
        end: r.end + row.start_offset,
      })),
    };
  });
}
