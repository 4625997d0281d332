import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { openDatabase, userVersion, type Db } from '../db/connection';
import { LATEST_SCHEMA_VERSION, migrate } from '../db/migrations';

export const DATABASE_FILE = 'library.sqlite';
export const ORIGINALS_DIR = 'originals';
export const STAGING_DIR = 'staging';

/** A library folder: the database plus the kept original files, all under one directory. */
export interface Library {
  readonly dir: string;
  readonly db: Db;
  close(): void;
}

export interface OpenLibraryOptions {
  /** Runs on the database before migrations may write to it (the app's health check). */
  beforeMigrate?: (db: Db) => void;
}

export function openLibrary(dir: string, options: OpenLibraryOptions = {}): Library {
  const absolute = path.resolve(dir);
  try {
    fs.mkdirSync(path.join(absolute, ORIGINALS_DIR), { recursive: true });
  } catch (error) {
    throw new AppError(
      'FILE_UNREADABLE',
      `Cannot create the library folder: ${(error as Error).message}`,
      absolute,
    );
  }
  const db = openDatabase(path.join(absolute, DATABASE_FILE));
  try {
    options.beforeMigrate?.(db);
    keepCopyBeforeUpgrade(db, absolute);
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    dir: absolute,
    db,
    close: () => {
      if (db.open) db.close();
    },
  };
}

/**
 * Before an older library is upgraded, a copy of it is kept beside the database
 * (`library.before-v<N>.sqlite`, made with VACUUM INTO: a consistent copy even while WAL holds
 * recent writes). Each migration runs in its own transaction anyway; the copy lets an older app
 * version open the library again should an upgrade ever go wrong in a way SQLite cannot undo.
 */
function keepCopyBeforeUpgrade(db: Db, dir: string): void {
  const version = userVersion(db);
  if (version === 0 || version >= LATEST_SCHEMA_VERSION) return;
  const copy = path.join(dir, `library.before-v${version}.sqlite`);
  if (fs.existsSync(copy)) return;
  db.prepare('VACUUM INTO ?').run(copy);
}
