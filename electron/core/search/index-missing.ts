import type { Db } from '../db/connection';
import { indexDocument } from './index-document';

interface SectionRow {
  id: number;
  start_offset: number;
  end_offset: number;
}

/**
 * Indexes documents that have no search rows yet (imported before the search index existed),
 * each in its own transaction. Returns how many were indexed.
 */
export function indexMissingDocuments(db: Db): number {
  const missing = db
    .prepare('SELECT id, text FROM documents WHERE id NOT IN (SELECT document_id FROM chunks)')
    .all() as { id: number; text: string }[];
  const sectionsOf = db.prepare(
    'SELECT id, start_offset, end_offset FROM sections WHERE document_id = ? ORDER BY ord',
  );
  const insertChunk = db.prepare(
    'INSERT INTO chunks (document_id, section_id, start_offset, end_offset) VALUES (?, ?, ?, ?)',
  );
  const insertIndex = db.prepare('INSERT INTO chunk_fts (rowid, grams, words) VALUES (?, ?, ?)');
  const insertTerm = db.prepare(
    'INSERT INTO doc_terms (document_id, term, count) VALUES (?, ?, ?)',
  );
  for (const doc of missing) {
    const sections = sectionsOf.all(doc.id) as SectionRow[];
    const { chunks, terms } = indexDocument(
      doc.text,
      sections.map((s) => ({ start: s.start_offset, end: s.end_offset })),
    );
    db.transaction(() => {
      for (const chunk of chunks) {
        const sectionId =
          chunk.sectionIndex === null ? null : (sections[chunk.sectionIndex]?.id ?? null);
        const id = insertChunk.run(doc.id, sectionId, chunk.start, chunk.end).lastInsertRowid;
        insertIndex.run(id, chunk.grams, chunk.words);
      }
      for (const [term, count] of terms) insertTerm.run(doc.id, term, count);
    })();
  }
  return missing.length;
}
