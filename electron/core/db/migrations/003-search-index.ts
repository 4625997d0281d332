import type { Migration } from './types';

/**
 * Full-text search (see electron/core/search/index-design.ts for why it is built this way):
 * every document is cut into chunks (the text of a section up to its first sub-section), each
 * indexed in FTS5 twice: by overlapping character pairs (recall) and by jieba words (ranking).
 * Term counts per document feed word frequencies. Section markers (（一）, 1.) are kept for
 * section paths.
 */
export const migration003: Migration = {
  version: 3,
  name: 'search-index',
  up(db) {
    db.exec(`
      ALTER TABLE sections ADD COLUMN marker TEXT;

      CREATE TABLE chunks (
        id           INTEGER PRIMARY KEY,
        document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        section_id   INTEGER REFERENCES sections(id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL
      );
      CREATE INDEX chunks_by_document ON chunks(document_id, start_offset);

      CREATE VIRTUAL TABLE chunk_fts USING fts5(
        grams, words,
        content = '', contentless_delete = 1,
        tokenize = 'ascii'
      );
      -- Deleting a chunk (directly or by cascade from its document) removes its index row in the
      -- same transaction.
      CREATE TRIGGER chunks_delete_fts AFTER DELETE ON chunks BEGIN
        DELETE FROM chunk_fts WHERE rowid = old.id;
      END;

      CREATE TABLE doc_terms (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        term        TEXT    NOT NULL,
        count       INTEGER NOT NULL,
        PRIMARY KEY (document_id, term)
      ) WITHOUT ROWID;

      CREATE TABLE user_terms (
        term     TEXT PRIMARY KEY,
        added_at TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE user_stopwords (
        word     TEXT PRIMARY KEY,
        added_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
