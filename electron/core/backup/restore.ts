import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type yauzl from 'yauzl';
import { AppError } from '../../../shared/errors';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { writeError } from '../files/atomic-write';
import type { TaskRunner } from '../jobs/task-context';
import { DATABASE_FILE, openLibrary } from '../library/library';
import {
  BACKUP_FORMAT_VERSION,
  countLibrary,
  DATABASE_ENTRY,
  MANIFEST_ENTRY,
  ManifestSchema,
  ORIGINALS_PREFIX,
  type BackupManifest,
} from './manifest';
import {
  damagedBackup,
  entryChunks,
  openBackupZip,
  readEntries,
  readEntryBuffer,
} from './zip-read';

export interface RestoreOptions {
  progress?: (done: number, total: number, step: string | null) => void;
  /** Throws to stop between entries; whatever was unpacked so far is removed. */
  checkCancelled?: () => void;
  /** The library that is open: the target may not be it or lie inside it. */
  openLibraryDir?: string;
}

export interface RestoreResult {
  dir: string;
  manifest: BackupManifest;
  /** After migrations (a backup from an older version is upgraded on restore). */
  schemaVersion: number;
  documents: number;
  annotations: number;
  originals: number;
}

/** Files an OS drops into folders; a folder holding only these counts as empty. */
const OS_LITTER = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);
/** A sane upper bound for manifest.json. */
const MAX_MANIFEST_BYTES = 1 << 20;
/** An original's entry name: two-character shard, then the file's sha256 and extension. */
const ORIGINAL_NAME = /^originals\/([^/]+)\/([^/]+)$/;
const CONTENT_ADDRESS = /^([0-9a-f]{64})(\.[^/\\]*)?$/;

/**
 * Unpacks a backup into a new library folder. Nothing is written until the file checks out
 * (manifest present and of a known format, entry names safe, enough free space); everything
 * goes to a scratch folder beside the target, where the database must match the manifest's
 * sha256, pass `integrity_check` and open (migrations bring an older backup up to date). Only
 * then does the scratch folder take the target's name, so the target is either a complete
 * library or absent. The library that is open is never touched.
 */
export async function restoreBackup(
  file: string,
  targetDir: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const source = path.resolve(file);
  const target = path.resolve(targetDir);
  const progress = options.progress ?? (() => undefined);
  const checkCancelled = options.checkCancelled ?? (() => undefined);
  if (!fs.existsSync(source)) {
    throw new AppError('FILE_NOT_FOUND', 'The backup file does not exist.', source);
  }
  assertRestoreTarget(target, options.openLibraryDir);

  const zip = await openBackupZip(source);
  let work: string | null = null;
  try {
    const layout = await readLayout(zip, source);
    const total = layout.originals.length + 3; // database, originals, check, open
    checkCancelled();
    assertFreeSpace(target, layout.entries);
    work = makeWorkDir(target);

    progress(0, total, 'database');
    const database = path.join(work, DATABASE_FILE);
    const digest = await extractEntry(zip, layout.database, database, source, target);
    if (digest !== layout.manifest.database.sha256) {
      throw damagedBackup(source, 'the database does not match its checksum');
    }
    for (const [index, entry] of layout.originals.entries()) {
      checkCancelled();
      progress(1 + index, total, 'originals');
      const relative = entry.fileName.split('/');
      const destination = path.join(work, ...relative);
      fs.mkdirSync(path.dirname(destination), { recursive: true });
      const hash = await extractEntry(zip, entry, destination, source, target);
      const address = CONTENT_ADDRESS.exec(relative[relative.length - 1] ?? '');
      if (address && address[1] !== hash) {
        throw damagedBackup(source, `“${entry.fileName}” does not match its checksum`);
      }
    }

    checkCancelled();
    progress(total - 2, total, 'verify');
    checkDatabase(database, source);
    progress(total - 1, total, 'open');
    const library = openLibrary(work);
    let facts: { schemaVersion: number; documents: number; annotations: number };
    try {
      facts = {
        schemaVersion: library.db.pragma('user_version', { simple: true }) as number,
        ...countLibrary(library.db),
      };
    } finally {
      library.close();
    }
    if (facts.documents !== layout.manifest.documents) {
      throw damagedBackup(
        source,
        `${facts.documents} documents instead of the ${layout.manifest.documents} recorded`,
      );
    }

    checkCancelled();
    assertEmptyTarget(target);
    moveIntoPlace(work, target);
    work = null;
    progress(total, total, null);
    return {
      dir: target,
      manifest: layout.manifest,
      ...facts,
      originals: layout.originals.length,
    };
  } finally {
    zip.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The restore job: the same function, with the job's progress and cancel. */
export const runRestore: TaskRunner<'restore'> = async (ctx, params) => {
  const result = await restoreBackup(params.file, params.targetDir, {
    progress: ctx.progress,
    checkCancelled: ctx.checkCancelled,
    openLibraryDir: ctx.library.dir,
  });
  return result.dir;
};

interface Layout {
  manifest: BackupManifest;
  database: yauzl.Entry;
  originals: yauzl.Entry[];
  entries: yauzl.Entry[];
}

/** Reads and checks the directory and the manifest before a byte is unpacked. */
async function readLayout(zip: yauzl.ZipFile, source: string): Promise<Layout> {
  const entries = await readEntries(zip, source);
  const seen = new Set<string>();
  let manifestEntry: yauzl.Entry | undefined;
  let database: yauzl.Entry | undefined;
  const originals: yauzl.Entry[] = [];
  for (const entry of entries) {
    const name = entry.fileName;
    if (name.endsWith('/')) continue; // a folder entry; folders are made as needed
    if (seen.has(name.toLowerCase())) throw damagedBackup(source, `“${name}” appears twice`);
    seen.add(name.toLowerCase());
    if (name === MANIFEST_ENTRY) manifestEntry = entry;
    else if (name === DATABASE_ENTRY) database = entry;
    else if (name.startsWith(ORIGINALS_PREFIX)) {
      if (!isSafeOriginalName(name)) {
        throw new AppError(
          'FILE_UNSAFE',
          `This backup holds an entry with an unsafe name (“${name}”); it was refused and nothing was restored.`,
          source,
        );
      }
      originals.push(entry);
    }
    // Anything else is not ours and is not unpacked.
  }
  if (!manifestEntry) throw damagedBackup(source, 'manifest.json is missing');
  let manifest: BackupManifest;
  try {
    const text = (await readEntryBuffer(zip, manifestEntry, source, MAX_MANIFEST_BYTES)).toString(
      'utf8',
    );
    const raw = JSON.parse(text) as { formatVersion?: unknown };
    if (typeof raw.formatVersion === 'number' && raw.formatVersion > BACKUP_FORMAT_VERSION) {
      throw new AppError(
        'UNSUPPORTED_FORMAT',
        `This backup was made by a newer PolicyLens (backup format ${raw.formatVersion}); ` +
          'update the app to restore it.',
        source,
      );
    }
    manifest = ManifestSchema.parse(raw);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw damagedBackup(source, 'manifest.json cannot be read');
  }
  if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'UNSUPPORTED_FORMAT',
      `This backup holds a library from a newer PolicyLens (schema ${manifest.schemaVersion}, ` +
        `this app knows up to ${LATEST_SCHEMA_VERSION}); update the app to restore it.`,
      source,
    );
  }
  if (!database) throw damagedBackup(source, 'library.sqlite is missing');
  if (database.uncompressedSize !== manifest.database.bytes) {
    throw damagedBackup(source, 'the database is not the size recorded');
  }
  if (originals.length !== manifest.originals) {
    throw damagedBackup(
      source,
      `${originals.length} originals instead of the ${manifest.originals} recorded`,
    );
  }
  return { manifest, database, originals, entries };
}

/** `originals/<shard>/<file>`: two plain segments, nothing that climbs out or names a drive. */
function isSafeOriginalName(name: string): boolean {
  const match = ORIGINAL_NAME.exec(name);
  if (!match) return false;
  return match.slice(1).every(
    (segment) =>
      segment !== '.' &&
      segment !== '..' &&
      !segment.startsWith('.') &&
      // eslint-disable-next-line no-control-regex
      !/[\\:*?"<>|\u0000-\u001f]/.test(segment) &&
      segment.length <= 200,
  );
}

/**
 * The target must be a new folder or an empty one (FILE_EXISTS otherwise), and never the open
 * library or a folder inside it (BAD_REQUEST).
 */
export function assertRestoreTarget(target: string, openLibraryDir?: string): void {
  if (openLibraryDir) assertNotInside(path.resolve(target), path.resolve(openLibraryDir));
  assertEmptyTarget(path.resolve(target));
}

function assertNotInside(target: string, libraryDir: string): void {
  const relative = path.relative(libraryDir, target);
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    throw new AppError(
      'BAD_REQUEST',
      'Restore into a new folder outside the open library, never over or inside it.',
      target,
    );
  }
}

/** FILE_EXISTS unless the target is absent or an empty folder. */
function assertEmptyTarget(target: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return; // absent: fine
  }
  const empty = stat.isDirectory() && fs.readdirSync(target).every((name) => OS_LITTER.has(name));
  if (!empty) {
    throw new AppError(
      'FILE_EXISTS',
      'The folder to restore into is not empty; choose a new or empty folder so no library is overwritten.',
      target,
    );
  }
}

/** DISK_FULL before unpacking when the disk cannot hold what the backup unpacks to. */
function assertFreeSpace(target: string, entries: yauzl.Entry[]): void {
  const needed = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  let existing = target;
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) {
    existing = path.dirname(existing);
  }
  let free: number;
  try {
    const stats = fs.statfsSync(existing);
    free = stats.bavail * stats.bsize;
  } catch {
    return; // cannot tell: let the writes report it
  }
  // Room for the unpacked files plus the write-ahead log of the first open.
  if (needed * 1.1 + 16 * 1024 * 1024 > free) {
    const mb = (bytes: number) => Math.ceil(bytes / 1024 / 1024);
    throw new AppError(
      'DISK_FULL',
      `Restoring needs about ${mb(needed)} MB but only ${mb(free)} MB are free on that disk.`,
      target,
    );
  }
}

/** A scratch folder beside the target, hidden, on the same disk so the final rename is atomic. */
function makeWorkDir(target: string): string {
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Not mkdtemp: the restored folder keeps ordinary permissions once it takes its name.
    const work = path.join(
      path.dirname(target),
      `.${path.basename(target)}.restoring-${crypto.randomUUID().slice(0, 8)}`,
    );
    fs.mkdirSync(work);
    return work;
  } catch (error) {
    throw writeError(error, target);
  }
}

/** Writes one entry to a new file, flushed to disk; returns the sha256 of its bytes. */
async function extractEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  destination: string,
  source: string,
  target: string,
): Promise<string> {
  const hash = crypto.createHash('sha256');
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(destination, 'wx');
  } catch (error) {
    throw writeError(error, target);
  }
  try {
    for await (const chunk of entryChunks(zip, entry, source)) {
      hash.update(chunk);
      try {
        await handle.write(chunk);
      } catch (error) {
        throw writeError(error, target);
      }
    }
    try {
      await handle.sync();
    } catch (error) {
      throw writeError(error, target);
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

/** The unpacked database must be sound before migrations touch it. */
function checkDatabase(database: string, source: string): void {
  let db: Database.Database | undefined;
  let problems: string[];
  try {
    db = new Database(database, { readonly: true, fileMustExist: true });
    problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
      (row) => row.integrity_check,
    );
  } catch (error) {
    throw damagedBackup(source, `the database cannot be read: ${(error as Error).message}`);
  } finally {
    db?.close();
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw damagedBackup(
      source,
      `the database failed its integrity check: ${problems.slice(0, 3).join('; ')}`,
    );
  }
}

/** The scratch folder takes the target's name (an empty target folder is replaced). */
function moveIntoPlace(work: string, target: string): void {
  try {
    if (fs.existsSync(target)) fs.rmSync(target, { recursive: true });
    fs.renameSync(work, target);
  } catch (error) {
    throw writeError(error, target);
  }
}
