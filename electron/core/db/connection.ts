import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Opens the library database with the durability settings every connection must share:
 * WAL so the UI can read while an import writes, synchronous=FULL so a committed
 * transaction survives a power cut, and foreign keys so sections never outlive documents.
 */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // A second connection (the import worker) may hold the write lock for one document's
  // transaction; wait for it rather than failing.
  db.pragma('busy_timeout = 10000');
  return db;
}

export function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
