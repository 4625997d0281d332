import type { Migration } from './types';

/**
 * The codebook (a tree of tags) and annotations: a passage of a document's cleaned text (code
 * point offsets) with the quote and its context (a W3C text-quote selector), so it can be found
 * again when the text changes; tags on passages; document memos. Deleting sets `deleted_at`
 * (the trash), so every delete can be undone.
 */
export const migration004: Migration = {
  version: 4,
  name: 'codebook-annotations',
  up(db) {
    db.exec(`
      CREATE TABLE tags (
        id          INTEGER PRIMARY KEY,
        name        TEXT    NOT NULL,
        color       TEXT    NOT NULL,
        description TEXT    NOT NULL DEFAULT '',
        parent_id   INTEGER REFERENCES tags(id) ON DELETE CASCADE,
        sort_order  INTEGER NOT NULL DEFAULT 0,
        created_at  TEXT    NOT NULL,
        deleted_at  TEXT
      );
      CREATE INDEX tags_by_parent ON tags(parent_id, sort_order);

      CREATE TABLE annotations (
        id               INTEGER PRIMARY KEY,
        document_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start_offset     INTEGER NOT NULL,
        end_offset       INTEGER NOT NULL,
        quote            TEXT    NOT NULL,
        prefix           TEXT    NOT NULL,
        suffix           TEXT    NOT NULL,
        comment          TEXT    NOT NULL DEFAULT '',
        status           TEXT    NOT NULL DEFAULT 'anchored',
        attention_reason TEXT,
        created_at       TEXT    NOT NULL,
        updated_at       TEXT    NOT NULL,
        deleted_at       TEXT,
        CHECK (start_offset < end_offset)
      );
      CREATE INDEX annotations_by_document ON annotations(document_id, start_offset);

      CREATE TABLE annotation_tags (
        annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        tag_id        INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (annotation_id, tag_id)
      ) WITHOUT ROWID;
      CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag_id, annotation_id);

      CREATE TABLE document_memos (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        memo        TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
    `);
  },
};
