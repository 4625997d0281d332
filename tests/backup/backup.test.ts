import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { restoreBackup } from '../../electron/core/backup/restore';
import type { Db } from '../../electron/core/db/connection';
import { LATEST_SCHEMA_VERSION, migrate } from '../../electron/core/db/migrations';
import type { Handlers } from '../../shared/api';
import type { Annotation, BackupInfo, JobStatus, Tag } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { importAndWait, openTestCore } from '../helpers/core';
import { makeTempDir, seedFiles } from '../helpers/paths';

type LooseHandlers = Record<keyof Handlers, (input: unknown) => unknown>;

/** Every entry of a zip, inflated (the backups here are small). */
async function readZip(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  const entries = new Map<string, Buffer>();
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStreamPromise(entry).then(async (stream) => {
          const chunks: Buffer[] = [];
          for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
          entries.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        }, reject);
      });
      zip.on('end', () => resolve());
      zip.on('error', reject);
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return entries;
}

async function writeZip(file: string, entries: [string, Buffer][]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, bytes] of entries) zip.addBuffer(bytes, name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  fs.writeFileSync(file, Buffer.concat(chunks));
}

const liveAnnotations = (db: Db | Database.Database) =>
  (
    db.prepare('SELECT count(*) AS n FROM annotations WHERE deleted_at IS NULL').get() as {
      n: number;
    }
  ).n;

/** Relative path → size of every file under a library's originals/. */
function originalsOf(libraryDir: string): Record<string, number> {
  const root = path.join(libraryDir, 'originals');
  const out: Record<string, number> = {};
  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(root, file).split(path.sep).join('/')] = fs.statSync(file).size;
  }
  return out;
}

/** A rejection's AppError fields (code and file), for `toMatchObject`. */
async function failure(promise: Promise<unknown>): Promise<{ code: string; file?: string }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return { code: (error as AppError).code, file: (error as AppError).file };
  }
  throw new Error('expected a failure');
}

function thrown(run: () => unknown): { code: string; file?: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return { code: (error as AppError).code, file: (error as AppError).file };
  }
  throw new Error('expected a failure');
}

describe('library backup and restore', () => {
  const temp = makeTempDir();
  const libraryDir = path.join(temp.dir, 'library');
  const backupDir = path.join(temp.dir, 'backups');
  let core: Core;
  const h = () => core.handlers as unknown as LooseHandlers;
  let tag: Tag;
  let docIds: number[];

  const startBackup = (input: { path?: string; overwrite?: boolean }) =>
    h().startBackup(input) as { jobId: string; path: string };
  const startRestore = (file: string, targetDir: string) =>
    h().startRestore({ file, targetDir }) as { jobId: string; path: string };
  const wait = (jobId: string): Promise<JobStatus> => core.jobs.wait(jobId);
  const annotate = (i: number) =>
    h().createAnnotation({
      docId: docIds[i % docIds.length]!,
      start: i % 300,
      end: (i % 300) + 6,
      tagIds: [tag.id],
      comment: `#${i}`,
    }) as Annotation;

  beforeAll(async () => {
    core = openTestCore(libraryDir);
    const imported = await importAndWait(core, seedFiles());
    expect(imported.state).toBe('done');
    h().updateSettings({ backupDir });
    docIds = (h().listDocuments({}) as { id: number }[]).map((d) => d.id);
    expect(docIds).toHaveLength(5);
    tag = h().createTag({ name: '营商环境' }) as Tag;
    for (let i = 0; i < 12; i++) annotate(i);
  });
  afterAll(async () => {
    await core.close();
    temp.remove();
  });

  it('writes one verified file (manifest, database, originals), listed with date and size, and restores it', async () => {
    const started = startBackup({});
    expect(path.dirname(started.path)).toBe(backupDir);
    const startedAt = Date.now();
    const final = await wait(started.jobId);
    const tookMs = Date.now() - startedAt;
    expect(final.state).toBe('done');
    expect(final.output).toBe(started.path);

    const bytes = fs.statSync(started.path).size;
    console.log(`backup of the seed library: ${tookMs} ms, ${(bytes / 1024).toFixed(1)} KB`);
    // Nothing but the finished file is left in the folder (no temporary names, no scratch copy).
    expect(fs.readdirSync(backupDir)).toEqual([path.basename(started.path)]);

    const entries = await readZip(started.path);
    const originals = originalsOf(libraryDir);
    expect([...entries.keys()].sort()).toEqual(
      [
        'library.sqlite',
        'manifest.json',
        ...Object.keys(originals).map((n) => `originals/${n}`),
      ].sort(),
    );
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({
      format: 'policylens-backup',
      formatVersion: 1,
      automatic: false,
      schemaVersion: LATEST_SCHEMA_VERSION,
      documents: 5,
      annotations: 12,
      originals: Object.keys(originals).length,
    });
    expect(typeof manifest.appVersion).toBe('string');
    for (const [name, size] of Object.entries(originals)) {
      expect(entries.get(`originals/${name}`)!.length).toBe(size);
    }

    const listed = h().listBackups({}) as BackupInfo[];
    expect(listed).toEqual([
      { path: started.path, bytes, automatic: false, createdAt: expect.any(String) },
    ]);
    expect(Math.abs(Date.parse(listed[0]!.createdAt) - startedAt)).toBeLessThan(5_000);

    // Restore into a new folder, as a job of the open library (which it never touches).
    const target = path.join(temp.dir, 'restored', 'library');
    const restore = startRestore(started.path, target);
    const restored = await wait(restore.jobId);
    expect(restored.state).toBe('done');
    expect(restored.output).toBe(target);
    expect(fs.readdirSync(path.dirname(target))).toEqual(['library']);

    const copy = openTestCore(target);
    try {
      const docsOf = (c: Core) =>
        (c.handlers.listDocuments({}) as { id: number; title: string; fileName: string }[]).map(
          (d) => [d.id, d.title, d.fileName],
        );
      expect(docsOf(copy)).toEqual(docsOf(core));
      expect(liveAnnotations(copy.library.db)).toBe(liveAnnotations(core.library.db));
      expect(originalsOf(target)).toEqual(originals);
      for (const name of Object.keys(originals)) {
        expect(fs.readFileSync(path.join(target, 'originals', name))).toEqual(
          fs.readFileSync(path.join(libraryDir, 'originals', name)),
        );
      }
      // The backup's own job, running at the moment of the copy, is not carried over.
      expect(copy.jobs.list().filter((j) => j.kind === 'backup')).toEqual([]);
      // The restored library is a working library: it takes new annotations.
      const made = copy.handlers.createAnnotation({
        docId: docIds[0]!,
        start: 0,
        end: 4,
        tagIds: [tag.id],
      }) as Annotation;
      expect(made.id).toBeGreaterThan(0);
    } finally {
      await copy.close();
    }
  });

  it('copies one point in time while annotations are being written', async () => {
    const target = path.join(temp.dir, 'concurrent.plbackup');
    const seen = new Set<number>();
    const before = liveAnnotations(core.library.db);
    seen.add(before);
    const started = startBackup({ path: target });
    let finished = false;
    const settled = wait(started.jobId).then((status) => {
      finished = true;
      return status;
    });
    let writes = 0;
    while (!finished) {
      annotate(1000 + writes);
      writes++;
      seen.add(liveAnnotations(core.library.db));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const final = await settled;
    const after = liveAnnotations(core.library.db);
    expect(final.state).toBe('done');
    expect(after).toBe(before + writes);

    const entries = await readZip(target);
    const copyFile = path.join(temp.dir, 'concurrent-copy.sqlite');
    fs.writeFileSync(copyFile, entries.get('library.sqlite')!);
    const copy = new Database(copyFile, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const copied = liveAnnotations(copy);
      console.log(
        `concurrent backup: ${writes} writes during the job; the copy holds ${copied} ` +
          `annotations (source went ${before} → ${after})`,
      );
      expect(copied).toBeGreaterThanOrEqual(before);
      expect(copied).toBeLessThanOrEqual(after);
      expect(seen.has(copied)).toBe(true);
      // Writes went on while the job ran, before and after the moment of the copy.
      expect(copied).toBeGreaterThan(before);
      expect(copied).toBeLessThan(after);
      const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as {
        annotations: number;
      };
      expect(manifest.annotations).toBe(copied);
      // Every annotation in the copy is whole: it keeps its tag.
      const untagged = copy
        .prepare(
          'SELECT count(*) AS n FROM annotations a WHERE NOT EXISTS ' +
            '(SELECT 1 FROM annotation_tags t WHERE t.annotation_id = a.id)',
        )
        .get() as { n: number };
      expect(untagged.n).toBe(0);
    } finally {
      copy.close();
    }
  });

  it('refuses to replace a backup unless asked, and replaces it when asked', async () => {
    const target = path.join(temp.dir, 'replace.plbackup');
    fs.writeFileSync(target, 'not a backup yet');
    expect(thrown(() => startBackup({ path: 'relative.plbackup' })).code).toBe('BAD_REQUEST');
    expect(thrown(() => startBackup({ path: target }))).toEqual({
      code: 'FILE_EXISTS',
      file: target,
    });
    // The job checks again (the file may appear after the handler looked).
    const job = core.jobs.startTask('backup', { path: target }, 'replace');
    const refused = await wait(job.id);
    expect(refused.state).toBe('failed');
    expect(refused.error).toMatchObject({ code: 'FILE_EXISTS', file: target });
    expect(fs.readFileSync(target, 'utf8')).toBe('not a backup yet');

    const replaced = await wait(startBackup({ path: target, overwrite: true }).jobId);
    expect(replaced.state).toBe('done');
    expect((await readZip(target)).has('library.sqlite')).toBe(true);
  });

  it('leaves nothing behind when the backup is cancelled', async () => {
    const folder = path.join(temp.dir, 'cancelled');
    const target = path.join(folder, 'cancelled.plbackup');
    const started = startBackup({ path: target });
    core.jobs.cancel(started.jobId);
    const final = await wait(started.jobId);
    expect(final.state).toBe('cancelled');
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  describe('restore', () => {
    let good: string;
    beforeAll(async () => {
      good = path.join(temp.dir, 'good.plbackup');
      expect((await wait(startBackup({ path: good }).jobId)).state).toBe('done');
    });

    it('restores into an empty folder, but never into a non-empty one or the open library', async () => {
      const empty = path.join(temp.dir, 'empty-target');
      fs.mkdirSync(empty);
      const result = await restoreBackup(good, empty);
      expect(result).toMatchObject({ dir: empty, documents: 5, originals: 5 });

      const busy = path.join(temp.dir, 'busy-target');
      fs.mkdirSync(busy);
      fs.writeFileSync(path.join(busy, 'notes.txt'), 'mine');
      expect(thrown(() => startRestore(good, busy))).toEqual({ code: 'FILE_EXISTS', file: busy });
      expect(await failure(restoreBackup(good, busy))).toEqual({
        code: 'FILE_EXISTS',
        file: busy,
      });
      expect(fs.readdirSync(busy)).toEqual(['notes.txt']);
      // A file where the folder should be is refused the same way.
      expect(await failure(restoreBackup(good, path.join(busy, 'notes.txt')))).toMatchObject({
        code: 'FILE_EXISTS',
      });

      expect(thrown(() => startRestore(good, libraryDir)).code).toBe('BAD_REQUEST');
      expect(thrown(() => startRestore(good, path.join(libraryDir, 'inside'))).code).toBe(
        'BAD_REQUEST',
      );
      expect(fs.existsSync(path.join(libraryDir, 'inside'))).toBe(false);
    });

    it('fails a truncated backup with FILE_CORRUPT naming the file, and creates no folder', async () => {
      const truncated = path.join(temp.dir, 'truncated.plbackup');
      const bytes = fs.readFileSync(good);
      fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
      const target = path.join(temp.dir, 'from-truncated');
      const final = await wait(startRestore(truncated, target).jobId);
      expect(final.state).toBe('failed');
      expect(final.error).toMatchObject({ code: 'FILE_CORRUPT', file: truncated });
      expect(final.error!.message).toMatch(/damaged/);
      expect(fs.existsSync(target)).toBe(false);
      expect(fs.readdirSync(temp.dir).filter((n) => n.includes('restoring'))).toEqual([]);
    });

    it('fails a backup whose database bytes were damaged, and creates no folder', async () => {
      const damaged = path.join(temp.dir, 'damaged.plbackup');
      const entries = await readZip(good);
      const database = Buffer.from(entries.get('library.sqlite')!);
      // Flip bytes in the middle of a page: still a zip, but not the database that was saved.
      for (let i = 0; i < 64; i++) database[8192 + i * 7]! ^= 0x5a;
      await writeZip(
        damaged,
        [...entries.entries()].map(([n, b]) => [n, n === 'library.sqlite' ? database : b]),
      );
      const target = path.join(temp.dir, 'from-damaged');
      expect(await failure(restoreBackup(damaged, target))).toEqual({
        code: 'FILE_CORRUPT',
        file: damaged,
      });
      expect(fs.existsSync(target)).toBe(false);

      const notZip = path.join(temp.dir, 'not-a-zip.plbackup');
      fs.writeFileSync(notZip, 'hello');
      expect(await failure(restoreBackup(notZip, target))).toEqual({
        code: 'FILE_CORRUPT',
        file: notZip,
      });
      const noManifest = path.join(temp.dir, 'no-manifest.plbackup');
      await writeZip(noManifest, [['library.sqlite', entries.get('library.sqlite')!]]);
      expect(await failure(restoreBackup(noManifest, target))).toEqual({
        code: 'FILE_CORRUPT',
        file: noManifest,
      });
      expect(fs.existsSync(target)).toBe(false);
    });

    it('refuses entries that would land outside the new folder', async () => {
      const entries = await readZip(good);
      const evil = path.join(temp.dir, 'evil.plbackup');
      // yazl refuses to write `..`; write a placeholder of the same length and patch it.
      const placeholder = 'originals/zz/zzzzzz/zzzzzz/evil.txt';
      const climbing = 'originals/../../../../../../evil.txt'.slice(0, placeholder.length);
      expect(climbing.length).toBe(placeholder.length);
      const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as {
        originals: number;
      };
      manifest.originals += 1;
      await writeZip(evil, [
        ['manifest.json', Buffer.from(JSON.stringify(manifest))],
        ['library.sqlite', entries.get('library.sqlite')!],
        [placeholder, Buffer.from('owned')],
      ]);
      const patched = fs.readFileSync(evil).toString('latin1').split(placeholder).join(climbing);
      fs.writeFileSync(evil, Buffer.from(patched, 'latin1'));
      const target = path.join(temp.dir, 'deep', 'a', 'b', 'target');
      expect(await failure(restoreBackup(evil, target))).toEqual({
        code: 'FILE_UNSAFE',
        file: evil,
      });
      expect(fs.existsSync(target)).toBe(false);
      expect(fs.existsSync(path.join(temp.dir, 'evil.txt'))).toBe(false);
    });

    it('upgrades a backup of an older schema when restoring, and refuses a newer one', async () => {
      const entries = await readZip(good);
      const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as Record<
        string,
        unknown
      >;
      const oldFile = path.join(temp.dir, 'old-schema.sqlite');
      const old = new Database(oldFile);
      migrate(old, 4);
      old.close();
      const oldBytes = fs.readFileSync(oldFile);
      const oldManifest = {
        ...manifest,
        schemaVersion: 4,
        documents: 0,
        annotations: 0,
        originals: 0,
        database: {
          bytes: oldBytes.length,
          sha256: crypto.createHash('sha256').update(oldBytes).digest('hex'),
        },
      };
      const oldBackup = path.join(temp.dir, 'old.plbackup');
      await writeZip(oldBackup, [
        ['manifest.json', Buffer.from(JSON.stringify(oldManifest))],
        ['library.sqlite', oldBytes],
      ]);
      const result = await restoreBackup(oldBackup, path.join(temp.dir, 'from-old'));
      expect(result.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect(result.manifest.schemaVersion).toBe(4);

      const newer = path.join(temp.dir, 'newer.plbackup');
      await writeZip(newer, [
        [
          'manifest.json',
          Buffer.from(JSON.stringify({ ...oldManifest, schemaVersion: LATEST_SCHEMA_VERSION + 1 })),
        ],
        ['library.sqlite', oldBytes],
      ]);
      expect(await failure(restoreBackup(newer, path.join(temp.dir, 'from-newer')))).toEqual({
        code: 'UNSUPPORTED_FORMAT',
        file: newer,
      });
      expect(fs.existsSync(path.join(temp.dir, 'from-newer'))).toBe(false);
    });
  });
});

describe('a damaged library', () => {
  const temp = makeTempDir();
  afterAll(() => temp.remove());

  it('fails the backup with LIBRARY_CORRUPT and writes no file', async () => {
    const libraryDir = path.join(temp.dir, 'library');
    let core = openTestCore(libraryDir);
    await importAndWait(core, seedFiles());
    await core.close();

    // Scribble over the header of an index page (sections_by_document): the tables still read,
    // the integrity check does not pass.
    const databaseFile = path.join(libraryDir, 'library.sqlite');
    const db = new Database(databaseFile);
    const { rootpage } = db
      .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'sections_by_document'")
      .get() as { rootpage: number };
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    // Everything into the main file first, so no newer copy of the page waits in the WAL.
    expect(db.pragma('wal_checkpoint(TRUNCATE)')).toEqual([{ busy: 0, log: 0, checkpointed: 0 }]);
    db.close();
    const fd = fs.openSync(databaseFile, 'r+');
    fs.writeSync(fd, Buffer.alloc(64, 0xee), 0, 64, (rootpage - 1) * pageSize);
    fs.closeSync(fd);
    const check = new Database(databaseFile, { readonly: true });
    expect(() => check.pragma('integrity_check')).toThrow(/malformed/);
    check.close();

    core = openTestCore(libraryDir);
    try {
      const target = path.join(temp.dir, 'out', 'damaged.plbackup');
      const job = core.jobs.startTask('backup', { path: target }, 'damaged');
      const final = await core.jobs.wait(job.id);
      expect(final.state).toBe('failed');
      expect(final.error).toMatchObject({
        code: 'LIBRARY_CORRUPT',
        file: databaseFile,
      });
      expect(final.error!.message).toMatch(/integrity check/);
      expect(fs.existsSync(target)).toBe(false);
      expect(fs.readdirSync(path.dirname(target))).toEqual([]);
    } finally {
      await core.close();
    }
  });
});
