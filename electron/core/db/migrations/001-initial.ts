import type { Migration } from './types';

/** Documents with their original file and cleaned text, their sections, and import jobs. */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        id            INTEGER PRIMARY KEY,
        title         TEXT    NOT NULL,
        file_name     TEXT    NOT NULL,
        format        TEXT    NOT NULL,
        -- path of the kept original, relative to the library folder
        original_path TEXT    NOT NULL,
        -- where the user imported it from (may no longer exist)
        source_path   TEXT,
        encoding      TEXT,
        byte_size     INTEGER NOT NULL,
        -- sha256 of the extracted text: same content = same document, whatever the file name
        content_hash  TEXT    NOT NULL UNIQUE,
        file_hash     TEXT    NOT NULL,
        text          TEXT    NOT NULL,
        char_count    INTEGER NOT NULL,
        metadata      TEXT    NOT NULL DEFAULT '{}',
        imported_at   TEXT    NOT NULL
      );

      CREATE TABLE sections (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        parent_id   INTEGER REFERENCES sections(id) ON DELETE CASCADE,
        ord         INTEGER NOT NULL,
        level       INTEGER NOT NULL,
        title       TEXT    NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL,
        page        INTEGER
      );
      CREATE INDEX sections_by_document ON sections(document_id, ord);

      CREATE TABLE jobs (
        id          TEXT PRIMARY KEY,
        kind        TEXT NOT NULL,
        state       TEXT NOT NULL,
        total       INTEGER NOT NULL DEFAULT 0,
        done        INTEGER NOT NULL DEFAULT 0,
        started_at  TEXT NOT NULL,
        finished_at TEXT,
        -- JSON: per-file outcomes and the job's error, kept after the job ends
        detail      TEXT NOT NULL DEFAULT '{}'
      );
    `);
  },
};
