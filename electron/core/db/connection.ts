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
  beginTransactionsImmediately(db);
  return db;
}

/**
 * Every transaction takes the write lock when it begins (BEGIN IMMEDIATE). A deferred transaction
 * that reads first and writes later (the duplicate check before an insert, the document text
 * before an annotation) fails at once with SQLITE_BUSY when another connection committed in
 * between — the busy timeout cannot help it. Taking the lock up front makes it wait its turn
 * instead (the crash test's concurrent import + annotation writes showed the failure).
 */
function beginTransactionsImmediately(db: Db): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: never[]) => unknown) => {
    const wrapped = transaction(fn);
    return Object.assign((...args: never[]) => wrapped.immediate(...args), wrapped);
  }) as Db['transaction'];
}

export function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
