import type { AutocodePreview, SearchFilters } from '../../../shared/domain';
import type { Db } from '../db/connection';
import { filterSql } from '../search/filters';
import { SearchableText } from '../search/find-in-text';
import { matchExpression } from '../search/search';
import { parseQuery, positiveTerms } from '../search/query-parser';
import { getTag } from './tags';
import { insertAnnotation, setAnnotationsTrashed } from './annotations';
import type { UndoStack } from './undo-stack';

interface Occurrence {
  docId: number;
  start: number;
  end: number;
  title: string;
  town: string | null;
  text: string;
  chars: number;
  /** An annotation of exactly this passage, if one exists. */
  existing: { id: number; tagged: boolean } | null;
}

/** Every occurrence of the query's words in the passages the search finds. */
function occurrences(db: Db, query: string, tagId: number, filters?: SearchFilters): Occurrence[] {
  const parsed = parseQuery(query);
  const terms = positiveTerms(parsed).map((t) => t.folded);
  const f = filterSql(filters);
  const chunks = db
    .prepare(
      `SELECT c.document_id AS docId, c.start_offset AS start,
              substr(d.text, c.start_offset + 1, c.end_offset - c.start_offset) AS passage,
              d.title, d.town, d.text, d.char_count AS chars
       FROM chunk_fts JOIN chunks c ON c.id = chunk_fts.rowid JOIN documents d ON d.id = c.document_id
       WHERE chunk_fts MATCH ? AND ${f.where} ORDER BY c.document_id, c.start_offset`,
    )
    .all(matchExpression(parsed), ...f.params) as {
    docId: number;
    start: number;
    passage: string;
    title: string;
    town: string | null;
    text: string;
    chars: number;
  }[];
  const existing = db.prepare(
    `SELECT a.id, EXISTS (SELECT 1 FROM annotation_tags at WHERE at.annotation_id = a.id AND at.tag_id = ?) AS tagged
     FROM annotations a WHERE a.document_id = ? AND a.start_offset = ? AND a.end_offset = ? AND a.deleted_at IS NULL`,
  );
  const found: Occurrence[] = [];
  for (const chunk of chunks) {
    const searchable = new SearchableText(chunk.passage);
    for (const term of terms) {
      for (const range of searchable.find(term)) {
        const start = chunk.start + range.start;
        const end = chunk.start + range.end;
        const row = existing.get(tagId, chunk.docId, start, end) as
          { id: number; tagged: number } | undefined;
        found.push({
          docId: chunk.docId,
          start,
          end,
          title: chunk.title,
          town: chunk.town,
          text: chunk.text,
          chars: chunk.chars,
          existing: row ? { id: row.id, tagged: row.tagged === 1 } : null,
        });
      }
    }
  }
  return found;
}

export function autocodePreview(
  db: Db,
  input: { query: string; tagId: number; filters?: SearchFilters },
): AutocodePreview {
  getTag(db, input.tagId);
  const found = occurrences(db, input.query, input.tagId, input.filters);
  return {
    matches: found.length,
    alreadyCoded: found.filter((o) => o.existing?.tagged).length,
    documents: new Set(found.map((o) => o.docId)).size,
    sample: found.slice(0, 10).map((o) => ({
      docId: o.docId,
      title: o.title,
      town: o.town,
      quote: Array.from(o.text).slice(o.start, o.end).join(''),
    })),
  };
}

/** Codes every occurrence with the tag in one transaction, as one undo step. */
export function autocode(
  db: Db,
  undo: UndoStack,
  input: { query: string; tagId: number; filters?: SearchFilters },
): { created: number; alreadyCoded: number } {
  const tag = getTag(db, input.tagId);
  const created: number[] = [];
  const tagged: number[] = [];
  let alreadyCoded = 0;
  db.transaction(() => {
    const addTag = db.prepare(
      'INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)',
    );
    for (const o of occurrences(db, input.query, input.tagId, input.filters)) {
      if (o.existing?.tagged) alreadyCoded++;
      else if (o.existing) {
        addTag.run(o.existing.id, input.tagId);
        tagged.push(o.existing.id);
      } else {
        created.push(
          insertAnnotation(
            db,
            { docId: o.docId, start: o.start, end: o.end, tagIds: [input.tagId] },
            { text: o.text, chars: o.chars },
          ),
        );
      }
    }
  })();
  const untag = () => {
    const remove = db.prepare('DELETE FROM annotation_tags WHERE annotation_id = ? AND tag_id = ?');
    for (const id of tagged) remove.run(id, input.tagId);
  };
  const retag = () => {
    const add = db.prepare(
      'INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)',
    );
    for (const id of tagged) add.run(id, input.tagId);
  };
  undo.push({
    label: `自动编码 ${input.query} → ${tag.name}`,
    undo: () => {
      setAnnotationsTrashed(db, created, true);
      untag();
    },
    redo: () => {
      setAnnotationsTrashed(db, created, false);
      retag();
    },
  });
  return { created: created.length + tagged.length, alreadyCoded };
}
