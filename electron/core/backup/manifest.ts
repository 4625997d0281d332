import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Db } from '../db/connection';
import { runtimePaths } from '../runtime/paths';

/** What a `.plbackup` zip holds besides the originals. */
export const MANIFEST_ENTRY = 'manifest.json';
export const DATABASE_ENTRY = 'library.sqlite';
export const ORIGINALS_PREFIX = 'originals/';

export const BACKUP_FORMAT = 'policylens-backup';
/** Raised when the layout changes; restore refuses versions it does not know. */
export const BACKUP_FORMAT_VERSION = 1;

export const ManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().nullable(),
  createdAt: z.string(),
  automatic: z.boolean(),
  /** user_version of the database copy; a newer one than the app knows is refused. */
  schemaVersion: z.number().int().nonnegative(),
  documents: z.number().int().nonnegative(),
  /** Annotations not in the bin, at the moment of the copy. */
  annotations: z.number().int().nonnegative(),
  originals: z.number().int().nonnegative(),
  database: z.object({
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});
export type BackupManifest = z.infer<typeof ManifestSchema>;

export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The running app's version, or null when package.json cannot be found (never fatal). */
export function appVersion(): string | null {
  try {
    const manifest = JSON.parse(
      fs.readFileSync(path.join(runtimePaths().appRoot, 'package.json'), 'utf8'),
    ) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : null;
  } catch {
    return null;
  }
}

/** Counts shared by the backup (of its copy) and the restore (of what it unpacked). */
export function countLibrary(db: Db): { documents: number; annotations: number } {
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    documents: count('SELECT count(*) AS n FROM documents'),
    annotations: count('SELECT count(*) AS n FROM annotations WHERE deleted_at IS NULL'),
  };
}
