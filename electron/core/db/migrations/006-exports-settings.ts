import type { Migration } from './types';

/**
 * Files the app wrote (reports, tables, REFI-QDA projects, backups), so the Reports view can list
 * them after a restart, and per-library settings (exports folder, backup folder, automatic
 * backups) as key/value rows: a new setting needs no migration.
 */
export const migration006: Migration = {
  version: 6,
  name: 'exports-settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE exported_files (
        id         INTEGER PRIMARY KEY,
        path       TEXT NOT NULL,
        kind       TEXT NOT NULL,
        format     TEXT NOT NULL,
        title      TEXT NOT NULL,
        created_at TEXT NOT NULL,
        bytes      INTEGER NOT NULL
      );
      CREATE INDEX exported_files_created ON exported_files (created_at);
    `);
  },
};
