import type { CodedPassage, Matrix, SearchFilters } from '../../../shared/domain';
import type { Db } from '../db/connection';
import { filterSql } from '../search/filters';
import { sectionPaths } from '../search/section-path';
import { ANNOTATION_COLUMNS, toAnnotation, type AnnotationRow } from './annotations';
import { listTags, tagSubtree } from './tags';

interface PassageRow extends AnnotationRow {
  title: string;
  town: string | null;
  county: string | null;
  year: number | null;
  kind: CodedPassage['kind'];
}

const DEFAULT_LIMIT = 10_000;

/** The innermost section holding each passage's start, for section paths. */
function describe(db: Db, rows: readonly PassageRow[]): CodedPassage[] {
  const innermost = db.prepare(
    `SELECT id FROM sections WHERE document_id = ? AND start_offset <= ? AND ? < end_offset
     ORDER BY level DESC, start_offset DESC LIMIT 1`,
  );
  const sectionOf = rows.map(
    (row) =>
      (
        innermost.get(row.document_id, row.start_offset, row.start_offset) as
          { id: number } | undefined
      )?.id ?? null,
  );
  const paths = sectionPaths(
    db,
    sectionOf.filter((id): id is number => id !== null),
  );
  return rows.map((row, i) => {
    const section = sectionOf[i] ?? null;
    return {
      ...toAnnotation(row),
      title: row.title,
      town: row.town,
      county: row.county,
      year: row.year,
      kind: row.kind,
      sectionPath: section === null ? [] : (paths.get(section) ?? []),
    };
  });
}

/** Coded passages of a tag (and its children), or of every tag, across documents. */
export function codedPassages(
  db: Db,
  query: {
    tagId?: number;
    includeChildren?: boolean;
    filters?: SearchFilters;
    status?: 'anchored' | 'needs_attention';
    limit?: number;
    annotationIds?: readonly number[];
  },
): CodedPassage[] {
  const filters = filterSql(query.filters);
  const clauses = ['a.deleted_at IS NULL', filters.where];
  const params: unknown[] = [...filters.params];
  if (query.tagId !== undefined) {
    const tags = query.includeChildren ? tagSubtree(db, query.tagId) : [query.tagId];
    clauses.push(
      `a.id IN (SELECT annotation_id FROM annotation_tags WHERE tag_id IN (${tags.map(() => '?').join(',')}))`,
    );
    params.push(...tags);
  }
  if (query.status) {
    clauses.push('a.status = ?');
    params.push(query.status);
  }
  if (query.annotationIds) {
    clauses.push(`a.id IN (${query.annotationIds.map(() => '?').join(',') || 'NULL'})`);
    params.push(...query.annotationIds);
  }
  const rows = db
    .prepare(
      `SELECT ${ANNOTATION_COLUMNS}, d.title, d.town, d.county, d.year, d.kind
       FROM annotations a JOIN documents d ON d.id = a.document_id
       WHERE ${clauses.join(' AND ')}
       ORDER BY d.town IS NULL, d.town, d.year, d.id, a.start_offset
       LIMIT ?`,
    )
    .all(...params, query.limit ?? DEFAULT_LIMIT) as PassageRow[];
  return describe(db, rows);
}

const MATRIX_KEYS = {
  town: {
    key: "coalesce(d.town, '')",
    label: "coalesce(d.town, '')",
    order: (a: string, b: string) => a.localeCompare(b, 'zh-CN'),
  },
  year: {
    key: "coalesce(d.year, '')",
    label: "coalesce(d.year, '')",
    order: (a: string, b: string) => Number(a) - Number(b),
  },
  document: {
    key: 'd.id',
    label: 'd.title',
    order: (a: string, b: string) => Number(a) - Number(b),
  },
} as const;

/** Tags × towns (or years, documents): passages or characters coded with each tag itself. */
export function codeMatrix(
  db: Db,
  query: {
    by?: 'town' | 'year' | 'document';
    measure?: 'passages' | 'chars';
    filters?: SearchFilters;
  },
): Matrix {
  const by = query.by ?? 'town';
  const measure = query.measure ?? 'passages';
  const { key, label, order } = MATRIX_KEYS[by];
  const filters = filterSql(query.filters);
  const columns = (
    db
      .prepare(
        `SELECT DISTINCT ${key} AS key, ${label} AS label FROM documents d WHERE ${filters.where}`,
      )
      .all(...filters.params) as { key: string | number; label: string | number }[]
  )
    .map((c) => ({ key: String(c.key), label: String(c.label) || '（未识别）' }))
    .sort((a, b) => order(a.key, b.key));
  const counts = db
    .prepare(
      `SELECT at.tag_id AS tag, ${key} AS key, count(DISTINCT a.id) AS passages,
              sum(a.end_offset - a.start_offset) AS chars
       FROM annotation_tags at
       JOIN annotations a ON a.id = at.annotation_id
       JOIN documents d ON d.id = a.document_id
       WHERE a.deleted_at IS NULL AND ${filters.where}
       GROUP BY at.tag_id, ${key}`,
    )
    .all(...filters.params) as {
    tag: number;
    key: string | number;
    passages: number;
    chars: number;
  }[];
  const value = new Map(
    counts.map((c) => [`${c.tag}|${c.key}`, measure === 'chars' ? c.chars : c.passages]),
  );
  const tags = listTags(db);
  const byId = new Map(tags.map((t) => [t.id, t]));
  const path = (id: number): string => {
    const names: string[] = [];
    for (let t = byId.get(id); t; t = t.parentId === null ? undefined : byId.get(t.parentId))
      names.unshift(t.name);
    return names.join(' / ');
  };
  return {
    by,
    measure,
    rows: tags.map((t) => ({ tagId: t.id, name: t.name, path: path(t.id), color: t.color })),
    columns,
    cells: tags.map((t) => columns.map((c) => value.get(`${t.id}|${c.key}`) ?? 0)),
  };
}

/** Where two tags meet: annotations that overlap, and pairs in the same section. */
export function cooccurrence(
  db: Db,
  tagA: number,
  tagB: number,
  filters?: SearchFilters,
): { overlapping: number; sameSection: number; passages: CodedPassage[] } {
  const f = filterSql(filters);
  const coded = (tag: number) =>
    `SELECT a.id, a.document_id, a.start_offset, a.end_offset FROM annotations a
     JOIN annotation_tags at ON at.annotation_id = a.id AND at.tag_id = ${Number(tag)}
     JOIN documents d ON d.id = a.document_id WHERE a.deleted_at IS NULL AND ${f.where}`;
  const pairs = db
    .prepare(
      `SELECT x.id AS a, y.id AS b,
              (x.start_offset < y.end_offset AND y.start_offset < x.end_offset) AS overlap,
              (SELECT s.id FROM sections s WHERE s.document_id = x.document_id AND s.start_offset <= x.start_offset
                 AND x.start_offset < s.end_offset ORDER BY s.level DESC LIMIT 1) AS sx,
              (SELECT s.id FROM sections s WHERE s.document_id = y.document_id AND s.start_offset <= y.start_offset
                 AND y.start_offset < s.end_offset ORDER BY s.level DESC LIMIT 1) AS sy
       FROM (${coded(tagA)}) x JOIN (${coded(tagB)}) y ON x.document_id = y.document_id`,
    )
    .all(...f.params, ...f.params) as {
    a: number;
    b: number;
    overlap: number;
    sx: number | null;
    sy: number | null;
  }[];
  const overlapping = pairs.filter((p) => p.overlap === 1);
  const sameSection = pairs.filter((p) => p.sx !== null && p.sx === p.sy);
  const ids = [...new Set([...overlapping, ...sameSection].flatMap((p) => [p.a, p.b]))];
  return {
    overlapping: overlapping.length,
    sameSection: sameSection.length,
    passages: ids.length > 0 ? codedPassages(db, { annotationIds: ids }) : [],
  };
}
