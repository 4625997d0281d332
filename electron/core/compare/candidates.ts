import type { ComparisonScope } from '../../../shared/domain';
import type { Db } from '../db/connection';
import { foldForSearch } from '../search/fold';
import { plainWords } from '../search/segment';

/** A section that may be proposed for a cell, with its word counts. */
export interface Candidate {
  sectionId: number;
  docId: number;
  town: string;
  year: number | null;
  docTitle: string;
  docKind: string | null;
  start: number;
  end: number;
  level: number;
  counts: Map<string, number>;
}

interface SectionRow {
  id: number;
  document_id: number;
  level: number;
  start_offset: number;
  end_offset: number;
  town: string;
  year: number | null;
  doc_title: string;
  kind: string | null;
}

interface ChunkRow {
  document_id: number;
  start_offset: number;
  end_offset: number;
  passage: string;
}

const MIN_SECTION_CHARS = 15;

export function scopeSql(scope: ComparisonScope | undefined): { where: string; params: unknown[] } {
  const clauses = ['d.town IS NOT NULL'];
  const params: unknown[] = [];
  if (scope?.towns?.length) {
    clauses.push(`d.town IN (${scope.towns.map(() => '?').join(',')})`);
    params.push(...scope.towns);
  }
  if (scope?.yearFrom !== undefined) {
    clauses.push('d.year >= ?');
    params.push(scope.yearFrom);
  }
  if (scope?.yearTo !== undefined) {
    clauses.push('d.year <= ?');
    params.push(scope.yearTo);
  }
  if (scope?.documentIds?.length) {
    clauses.push(`d.id IN (${scope.documentIds.map(() => '?').join(',')})`);
    params.push(...scope.documentIds);
  }
  return { where: clauses.join(' AND '), params };
}

/**
 * Every section in scope with its word counts. Each chunk (see search/grams.ts) is cut into
 * words once; a section's counts are the sum over the chunks inside it.
 */
export function loadCandidates(
  db: Db,
  scope: ComparisonScope | undefined,
  isStopword: (w: string) => boolean,
): Candidate[] {
  const { where, params } = scopeSql(scope);
  const sections = db
    .prepare(
      `SELECT s.id, s.document_id, s.level, s.start_offset, s.end_offset, d.town, d.year,
              d.title AS doc_title, d.kind
       FROM sections s JOIN documents d ON d.id = s.document_id
       WHERE ${where} AND s.end_offset - s.start_offset >= ${MIN_SECTION_CHARS}
       ORDER BY s.document_id, s.start_offset`,
    )
    .all(...params) as SectionRow[];
  const chunks = db
    .prepare(
      `SELECT c.document_id, c.start_offset, c.end_offset,
              substr(d.text, c.start_offset + 1, c.end_offset - c.start_offset) AS passage
       FROM chunks c JOIN documents d ON d.id = c.document_id
       WHERE ${where} ORDER BY c.document_id, c.start_offset`,
    )
    .all(...params) as ChunkRow[];
  const chunkCounts = new Map<
    number,
    { start: number; end: number; counts: Map<string, number> }[]
  >();
  for (const chunk of chunks) {
    const counts = new Map<string, number>();
    for (const word of plainWords(foldForSearch(chunk.passage))) {
      if (word.length < 2 || /^\d/.test(word) || isStopword(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const list = chunkCounts.get(chunk.document_id) ?? [];
    list.push({ start: chunk.start_offset, end: chunk.end_offset, counts });
    chunkCounts.set(chunk.document_id, list);
  }
  return sections.map((s) => {
    const counts = new Map<string, number>();
    for (const chunk of chunkCounts.get(s.document_id) ?? []) {
      if (chunk.start < s.start_offset || chunk.end > s.end_offset) continue;
      for (const [word, n] of chunk.counts) counts.set(word, (counts.get(word) ?? 0) + n);
    }
    return {
      sectionId: s.id,
      docId: s.document_id,
      town: s.town,
      year: s.year,
      docTitle: s.doc_title,
      docKind: s.kind,
      start: s.start_offset,
      end: s.end_offset,
      level: s.level,
      counts,
    };
  });
}
