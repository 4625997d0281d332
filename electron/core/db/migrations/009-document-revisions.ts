import type { Migration } from './types';

/**
 * A revision number per document, bumped by triggers whenever its row or its OCR pages change,
 * from whichever connection (the import and OCR threads write through their own). The Library
 * list then fetches only what changed since it last looked, instead of reading every document
 * row — which, with the text stored in the row, meant reading the whole library each time.
 */
/** A trigger giving the document `documentId` (an expression of the row) the next revision. */
function bumpOn(name: string, event: string, documentId: string): string {
  return `CREATE TRIGGER ${name} AFTER ${event} BEGIN
        UPDATE list_state SET rev = rev + 1;
        INSERT OR REPLACE INTO document_revisions (document_id, rev)
          VALUES (${documentId}, (SELECT rev FROM list_state));
      END;`;
}

export const migration009: Migration = {
  version: 9,
  name: 'document-revisions',
  up(db) {
    db.exec(`
      CREATE TABLE list_state (
        id        INTEGER PRIMARY KEY CHECK (id = 1),
        rev       INTEGER NOT NULL,
        -- documents deleted so far: a deletion makes a list reload in full
        deletions INTEGER NOT NULL
      );
      INSERT INTO list_state (id, rev, deletions) VALUES (1, 0, 0);
      CREATE TABLE document_revisions (
        document_id INTEGER PRIMARY KEY,
        rev         INTEGER NOT NULL
      );
      CREATE INDEX document_revisions_by_rev ON document_revisions (rev);
      INSERT INTO document_revisions (document_id, rev) SELECT id, 0 FROM documents;

      ${bumpOn('documents_revised_on_insert', 'INSERT ON documents', 'new.id')}
      ${bumpOn('documents_revised_on_update', 'UPDATE ON documents', 'new.id')}
      CREATE TRIGGER documents_revised_on_delete AFTER DELETE ON documents BEGIN
        UPDATE list_state SET deletions = deletions + 1;
        DELETE FROM document_revisions WHERE document_id = old.id;
      END;
      ${bumpOn('ocr_pages_revise_on_insert', 'INSERT ON ocr_pages', 'new.document_id')}
      ${bumpOn('ocr_pages_revise_on_update', 'UPDATE ON ocr_pages', 'new.document_id')}
      -- A page deleted with its document must not bring the document's revision back.
      CREATE TRIGGER ocr_pages_revise_on_delete AFTER DELETE ON ocr_pages BEGIN
        UPDATE list_state SET rev = rev + 1;
        UPDATE document_revisions SET rev = (SELECT rev FROM list_state)
          WHERE document_id = old.document_id;
      END;
    `);
  },
};
