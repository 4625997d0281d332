import { AppError } from '../../../../shared/errors';
import { userVersion, type Db } from '../connection';
import { migration001 } from './001-initial';
import { migration002 } from './002-metadata-pages';
import { migration003 } from './003-search-index';
import { migration004 } from './004-codebook-annotations';
import { migration005 } from './005-comparisons';
import { migration006 } from './006-exports-settings';
import { migration007 } from './007-ocr';
import { migration008 } from './008-trash';
import { migration009 } from './009-document-revisions';
import type { Migration } from './types';

/** Every schema version in order. A new version is one new file and one entry here. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/**
 * Brings the database to the latest version, one transaction per migration so a failure leaves
 * the database at the last complete version. A database newer than this app is refused rather
 * than written to by code that does not know its schema.
 */
export function migrate(db: Db, target: number = LATEST_SCHEMA_VERSION): number {
  const current = userVersion(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'LIBRARY_CORRUPT',
      `This library was written by a newer PolicyLens (schema ${current}, this app knows up to ${LATEST_SCHEMA_VERSION}). Update the app to open it.`,
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return userVersion(db);
}
