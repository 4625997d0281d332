import type { Migration } from './types';

/**
 * Saved comparisons: a theme across towns, its rows (sub-themes), the researcher's choices per
 * cell (pinned or removed sections, kept when the proposal is recomputed) and cell notes.
 * Choices name sections by id without a foreign key: when a document is re-imported or deleted
 * its sections change, and the comparison then says so instead of losing the row.
 */
export const migration005: Migration = {
  version: 5,
  name: 'comparisons',
  up(db) {
    db.exec(`
      CREATE TABLE comparisons (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        theme_kind  TEXT NOT NULL CHECK (theme_kind IN ('query', 'tag', 'section')),
        theme_value TEXT NOT NULL,
        scope       TEXT NOT NULL DEFAULT '{}',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT
      );
      CREATE TABLE comparison_rows (
        id            INTEGER PRIMARY KEY,
        comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
        ord           INTEGER NOT NULL,
        label         TEXT NOT NULL,
        theme_kind    TEXT NOT NULL CHECK (theme_kind IN ('query', 'tag', 'section')),
        theme_value   TEXT NOT NULL
      );
      CREATE INDEX comparison_rows_by_comparison ON comparison_rows(comparison_id, ord);
      CREATE TABLE comparison_choices (
        row_id     INTEGER NOT NULL REFERENCES comparison_rows(id) ON DELETE CASCADE,
        town       TEXT NOT NULL,
        section_id INTEGER NOT NULL,
        choice     TEXT NOT NULL CHECK (choice IN ('pinned', 'removed')),
        PRIMARY KEY (row_id, town, section_id)
      ) WITHOUT ROWID;
      CREATE TABLE comparison_notes (
        row_id     INTEGER NOT NULL REFERENCES comparison_rows(id) ON DELETE CASCADE,
        town       TEXT NOT NULL,
        note       TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (row_id, town)
      ) WITHOUT ROWID;
    `);
  },
};
