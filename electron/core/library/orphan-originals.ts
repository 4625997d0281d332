import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection';
import { ORIGINALS_DIR } from './library';

/**
 * Kept originals that nothing refers to any more.
 *
 * An import stores the original (`originals/<2 hex>/<sha256><ext>`, see ingest/store-original.ts)
 * before it commits the document row. A crash or power cut between the two leaves a file no
 * document will ever use; so does a `reimport` that replaced a document's file, and an
 * interrupted store leaves a `*.partial` temporary. None of them is visible in the app; they only
 * take disk space (and go into every backup).
 *
 * What still refers to an original, and therefore keeps it:
 * - a document row (`documents.original_path`, duplicates share one file);
 * - a document in the trash (its snapshot keeps `document.original_path`, so restoring it within
 *   the 30 days gets its file back).
 *
 * Cleanup moves orphans aside into `orphaned-originals/<date>/` rather than deleting them at
 * once, and removes those folders after {@link ORPHAN_RETENTION_DAYS} days, like the trash: if a
 * rule here ever misjudged a file, it can still be put back by hand. Files younger than
 * {@link ORPHAN_GRACE_MS} are left alone, because a short CLI verb (`import`, `reimport`) may be
 * running beside the app, between storing its original and committing its row.
 */

export const ORPHANED_ORIGINALS_DIR = 'orphaned-originals';
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;
export const ORPHAN_RETENTION_DAYS = 30;

export interface OrphanOriginal {
  /** Relative to the library folder, with `/` separators (as shown to users). */
  path: string;
  bytes: number;
  /** A temporary left by an interrupted write (`*.partial`), not a complete original. */
  partial: boolean;
}

export interface OrphanScanOptions {
  now?: Date;
  /** Files modified more recently than this are not orphans yet (default one hour). */
  graceMs?: number;
}

function normalise(relative: string): string {
  return relative.split(path.sep).join('/').replace(/\\/g, '/');
}

/** Every original path a document row or a trashed document still refers to. */
export function referencedOriginals(db: Db): Set<string> {
  const rows = db
    .prepare(
      `SELECT original_path AS p FROM documents
       UNION
       SELECT json_extract(payload, '$.document.original_path') AS p FROM trash
        WHERE kind = 'document' AND json_valid(payload)`,
    )
    .all() as { p: unknown }[];
  const referenced = new Set<string>();
  for (const { p } of rows) if (typeof p === 'string' && p !== '') referenced.add(normalise(p));
  return referenced;
}

/** Read-only: the stored originals nothing refers to, oldest-first by path. */
export function findOrphanOriginals(
  db: Db,
  libraryDir: string,
  options: OrphanScanOptions = {},
): OrphanOriginal[] {
  const root = path.join(libraryDir, ORIGINALS_DIR);
  if (!fs.existsSync(root)) return [];
  const cutoff = (options.now ?? new Date()).getTime() - (options.graceMs ?? ORPHAN_GRACE_MS);
  // Read the references after listing would race a concurrent import the other way round; the
  // grace period covers that window, so the order here does not matter.
  const referenced = referencedOriginals(db);
  const orphans: OrphanOriginal[] = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = normalise(path.relative(libraryDir, absolute));
    if (referenced.has(relative)) continue;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      continue; // removed meanwhile
    }
    if (stat.mtimeMs > cutoff) continue;
    orphans.push({ path: relative, bytes: stat.size, partial: entry.name.endsWith('.partial') });
  }
  return orphans.sort((a, b) => a.path.localeCompare(b.path));
}

export interface OrphanCleanup {
  /** Moved aside (complete originals) or deleted (`*.partial` temporaries). */
  removed: OrphanOriginal[];
  /** Files that could not be moved (permissions, a file open elsewhere): left where they were. */
  failed: { path: string; message: string }[];
  /** Older `orphaned-originals/<date>` folders removed for good. */
  purgedFolders: string[];
}

/**
 * Moves orphan originals aside and drops partial temporaries. Only for the app's exclusive open
 * (the library lock is held, so no other app imports into this library). Never throws: cleanup
 * is housekeeping and must not stop the library from opening.
 */
export function cleanUpOrphanOriginals(
  db: Db,
  libraryDir: string,
  options: OrphanScanOptions = {},
): OrphanCleanup {
  const now = options.now ?? new Date();
  const result: OrphanCleanup = { removed: [], failed: [], purgedFolders: [] };
  let orphans: OrphanOriginal[];
  try {
    orphans = findOrphanOriginals(db, libraryDir, { ...options, now });
  } catch (error) {
    result.failed.push({ path: ORIGINALS_DIR, message: (error as Error).message });
    return result;
  }
  const day = now.toISOString().slice(0, 10);
  const aside = path.join(libraryDir, ORPHANED_ORIGINALS_DIR, day);
  for (const orphan of orphans) {
    const source = path.join(libraryDir, ...orphan.path.split('/'));
    try {
      if (orphan.partial) {
        fs.rmSync(source, { force: true });
      } else {
        fs.mkdirSync(aside, { recursive: true });
        // Same volume (inside the library folder): a rename, atomic and without copying bytes.
        fs.renameSync(source, path.join(aside, path.basename(source)));
      }
      result.removed.push(orphan);
    } catch (error) {
      result.failed.push({ path: orphan.path, message: (error as Error).message });
    }
  }
  removeEmptyShards(path.join(libraryDir, ORIGINALS_DIR));
  result.purgedFolders = purgeOldOrphans(libraryDir, now);
  return result;
}

/** `originals/ab/` folders left empty by the move. */
function removeEmptyShards(root: string): void {
  let shards: fs.Dirent[];
  try {
    shards = fs.readdirSync(root, { withFileTypes: true });
  } catch {
    return;
  }
  for (const shard of shards) {
    if (!shard.isDirectory()) continue;
    const dir = path.join(root, shard.name);
    try {
      if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
    } catch {
      // in use or already gone: harmless
    }
  }
}

function purgeOldOrphans(libraryDir: string, now: Date): string[] {
  const root = path.join(libraryDir, ORPHANED_ORIGINALS_DIR);
  let folders: fs.Dirent[];
  try {
    folders = fs.readdirSync(root, { withFileTypes: true });
  } catch {
    return [];
  }
  const cutoff = now.getTime() - ORPHAN_RETENTION_DAYS * 24 * 60 * 60 * 1000;
  const purged: string[] = [];
  for (const folder of folders) {
    const date = /^(\d{4}-\d{2}-\d{2})$/.exec(folder.name)?.[1];
    if (!folder.isDirectory() || !date) continue;
    if (Date.parse(`${date}T00:00:00Z`) >= cutoff) continue;
    try {
      fs.rmSync(path.join(root, folder.name), { recursive: true, force: true });
      purged.push(`${ORPHANED_ORIGINALS_DIR}/${folder.name}`);
    } catch {
      // try again next open
    }
  }
  try {
    if (purged.length > 0 && fs.readdirSync(root).length === 0) fs.rmdirSync(root);
  } catch {
    // harmless
  }
  return purged;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
