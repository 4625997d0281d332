import type { Migration } from './types';

/**
 * The trash for documents. A deleted document is removed with everything derived from it (as
 * before), but first its row, outline, pages, annotations with their codings, memo and OCR pages
 * are kept here as JSON, so it can be restored exactly for 30 days. Tags, annotations and
 * comparisons stay in their own tables with `deleted_at` set.
 */
export const migration008: Migration = {
  version: 8,
  name: 'trash',
  up(db) {
    db.exec(`
      CREATE TABLE trash (
        id         INTEGER PRIMARY KEY,
        kind       TEXT    NOT NULL CHECK (kind IN ('document', 'tag', 'annotation', 'comparison')),
        -- the id the item had before it was deleted
        item_id    INTEGER NOT NULL,
        title      TEXT    NOT NULL,
        detail     TEXT    NOT NULL DEFAULT '',
        deleted_at TEXT    NOT NULL,
        -- JSON: what it takes to put the item back
        payload    TEXT    NOT NULL
      );
      CREATE INDEX trash_by_deleted_at ON trash (deleted_at);
      CREATE INDEX tags_deleted ON tags (deleted_at) WHERE deleted_at IS NOT NULL;
      CREATE INDEX annotations_deleted ON annotations (deleted_at) WHERE deleted_at IS NOT NULL;
      CREATE INDEX comparisons_deleted ON comparisons (deleted_at) WHERE deleted_at IS NOT NULL;
    `);
  },
};
