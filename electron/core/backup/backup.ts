import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';
import yazl from 'yazl';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import { assertWritable, writeError, writeFileAtomic } from '../files/atomic-write';
import { TaskCancelled, type TaskRunner } from '../jobs/task-context';
import { DATABASE_FILE, ORIGINALS_DIR } from '../library/library';
import {
  appVersion,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  countLibrary,
  DATABASE_ENTRY,
  MANIFEST_ENTRY,
  ManifestSchema,
  ORIGINALS_PREFIX,
  sha256File,
  type BackupManifest,
} from './manifest';
import { entryChunks, openBackupZip, readEntries, readEntryBuffer } from './zip-read';

/** A file kept under originals/, as it goes into the zip. */
interface OriginalFile {
  /** Entry name: `originals/ab/<sha256>.pdf`, always with forward slashes. */
  name: string;
  file: string;
  size: number;
  mtime: Date;
}

/** What the database copy holds, read from the copy itself. */
interface CopyFacts {
  schemaVersion: number;
  documents: number;
  annotations: number;
}

/**
 * Writes one `.plbackup` file: a zip of `manifest.json`, `library.sqlite` and every original.
 *
 * The database is copied with SQLite's online backup API from this task's own connection, all
 * pages in one step, so the copy is the library at one instant even while the app keeps writing
 * (WAL: the copy reads a snapshot and never blocks the writer). The copy is switched out of WAL
 * so it is one self-contained file, and must pass `PRAGMA integrity_check` before anything is
 * written. The zip goes to a temporary name, is re-opened and checked (manifest, entry count,
 * the database entry's bytes and sha256), and only then takes its final name; a failure or a
 * cancel leaves no file behind.
 */
export const runBackup: TaskRunner<'backup'> = async (ctx, params) => {
  const target = path.resolve(params.path);
  let cancelled = false;
  const checkCancelled = () => {
    try {
      ctx.checkCancelled();
    } catch (error) {
      cancelled = true;
      throw error;
    }
  };
  assertWritable(target, params.overwrite);
  const work = makeWorkDir(target);
  try {
    ctx.progress(0, 1, 'database');
    const copy = path.join(work, DATABASE_ENTRY);
    await copyDatabase(ctx.library.db, copy, target);
    checkCancelled();
    const facts = checkCopy(copy, path.join(ctx.library.dir, DATABASE_FILE));
    const database = { bytes: fs.statSync(copy).size, sha256: await sha256File(copy) };
    checkCancelled();

    const originals = listOriginals(ctx.library.dir);
    // database, each original, verify
    const total = originals.length + 2;
    ctx.progress(1, total, 'database');
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: appVersion(),
      createdAt: new Date().toISOString(),
      automatic: params.automatic ?? false,
      schemaVersion: facts.schemaVersion,
      documents: facts.documents,
      annotations: facts.annotations,
      originals: originals.length,
      database,
    };

    await writeFileAtomic(
      target,
      async (temporary) => {
        await writeZip(temporary, manifest, copy, originals, (index) => {
          checkCancelled();
          ctx.progress(1 + index, total, 'originals');
        });
        checkCancelled();
        ctx.progress(total - 1, total, 'verify');
        await verifyZip(temporary, manifest, target);
      },
      { overwrite: params.overwrite ?? false },
    );
    ctx.progress(total, total, null);
    return target;
  } catch (error) {
    if (cancelled || error instanceof TaskCancelled) throw new TaskCancelled();
    throw error;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
};

/** A scratch folder beside the target (same disk, so space is checked where it matters). */
function makeWorkDir(target: string): string {
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    return fs.mkdtempSync(path.join(path.dirname(target), '.policylens-backup-'));
  } catch (error) {
    throw writeError(error, target);
  }
}

/** SQLite's online backup, every page in one step: one consistent snapshot, no restarts. */
async function copyDatabase(db: Db, copy: string, target: string): Promise<void> {
  try {
    await db.backup(copy, { progress: () => 0x7fffffff });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_FULL') {
      throw new AppError('DISK_FULL', 'The disk is full; no backup was written.', target);
    }
    throw writeError(error, target);
  }
}

/**
 * Makes the copy one self-contained file (no WAL) and checks it; LIBRARY_CORRUPT if it is
 * damaged. Returns what the copy holds, for the manifest.
 */
function checkCopy(copy: string, libraryDatabase: string): CopyFacts {
  const writable = new Database(copy, { fileMustExist: true });
  try {
    writable.pragma('journal_mode = DELETE');
    // This backup's own job row (and any other backup running now) would show in a restored
    // library as a job the app was closed during; it is bookkeeping, not library content.
    writable
      .prepare(
        "DELETE FROM jobs WHERE kind IN ('backup', 'restore') AND state IN ('queued', 'running')",
      )
      .run();
  } finally {
    writable.close();
  }
  const db = new Database(copy, { readonly: true, fileMustExist: true });
  try {
    let problems: string[];
    try {
      problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
        (row) => row.integrity_check,
      );
    } catch (error) {
      problems = [(error as Error).message];
    }
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new AppError(
        'LIBRARY_CORRUPT',
        `The library database failed its integrity check, so no backup was written ` +
          `(${problems.slice(0, 3).join('; ')}). Keep your earlier backups; restore the newest ` +
          'one into a new folder.',
        libraryDatabase,
      );
    }
    return {
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      ...countLibrary(db),
    };
  } finally {
    db.close();
  }
}

/** Every kept original (not the `.partial` files an import is still writing), sorted. */
function listOriginals(libraryDir: string): OriginalFile[] {
  const root = path.join(libraryDir, ORIGINALS_DIR);
  if (!fs.existsSync(root)) return [];
  const files: OriginalFile[] = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name.startsWith('.') || entry.name.endsWith('.partial')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const stat = fs.statSync(file);
    const relative = path.relative(root, file).split(path.sep).join('/');
    files.push({ name: ORIGINALS_PREFIX + relative, file, size: stat.size, mtime: stat.mtime });
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Streams the zip to `temporary`: manifest, the database (deflated), originals (stored). */
async function writeZip(
  temporary: string,
  manifest: BackupManifest,
  copy: string,
  originals: OriginalFile[],
  beforeOriginal: (index: number) => void,
): Promise<void> {
  const zip = new yazl.ZipFile();
  const output = zip.outputStream as PassThrough;
  zip.on('error', (error: Error) => output.destroy(error));
  const now = new Date();
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), MANIFEST_ENTRY, { mtime: now });
  const addFile = (name: string, file: string, size: number, mtime: Date, before: () => void) =>
    zip.addReadStreamLazy(name, { size, mtime, compress: name === DATABASE_ENTRY }, (done) => {
      try {
        before();
      } catch (error) {
        done(error, null as never);
        return;
      }
      const stream = fs.createReadStream(file);
      stream.on('error', (error) => zip.emit('error', error));
      done(null, stream);
    });
  addFile(DATABASE_ENTRY, copy, manifest.database.bytes, now, () => undefined);
  originals.forEach((original, index) =>
    addFile(original.name, original.file, original.size, original.mtime, () =>
      beforeOriginal(index + 1),
    ),
  );
  zip.end();
  await pipeline(output, fs.createWriteStream(temporary));
}

/**
 * Re-reads the written zip: the manifest as written, one entry per file, and the database
 * entry inflated to the same bytes (sha256). A mismatch means the disk did not keep what was
 * written, and the file is not kept.
 */
async function verifyZip(
  temporary: string,
  manifest: BackupManifest,
  target: string,
): Promise<void> {
  const failed = (detail: string) =>
    new AppError(
      'FILE_CORRUPT',
      `The backup did not read back as written (${detail}); it was not kept. Check the disk ` +
        'and try again, or choose another folder.',
      target,
    );
  let zip;
  try {
    zip = await openBackupZip(temporary);
  } catch (error) {
    throw failed((error as Error).message);
  }
  try {
    const entries = await readEntries(zip, temporary);
    if (entries.length !== manifest.originals + 2) {
      throw failed(`${entries.length} entries instead of ${manifest.originals + 2}`);
    }
    const byName = new Map(entries.map((entry) => [entry.fileName, entry]));
    const manifestEntry = byName.get(MANIFEST_ENTRY);
    const databaseEntry = byName.get(DATABASE_ENTRY);
    if (!manifestEntry || !databaseEntry) throw failed('the manifest or database is missing');
    const stored = ManifestSchema.safeParse(
      JSON.parse((await readEntryBuffer(zip, manifestEntry, temporary, 1 << 20)).toString('utf8')),
    );
    if (!stored.success || !isDeepStrictEqual(stored.data, manifest)) {
      throw failed('the manifest differs');
    }
    const hash = crypto.createHash('sha256');
    let bytes = 0;
    for await (const chunk of entryChunks(zip, databaseEntry, temporary)) {
      hash.update(chunk);
      bytes += chunk.length;
    }
    if (bytes !== manifest.database.bytes || hash.digest('hex') !== manifest.database.sha256) {
      throw failed('the database copy differs');
    }
  } catch (error) {
    if (error instanceof AppError && error.file === temporary) throw failed(error.message);
    throw error;
  } finally {
    zip.close();
  }
}
