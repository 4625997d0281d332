import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileOutcome } from '../../shared/domain';
import type { Core } from '../../electron/core';
import { checkLibrary } from '../../electron/core/db/consistency';
import { openDatabase } from '../../electron/core/db/connection';
import { DATABASE_FILE } from '../../electron/core/library/library';
import { importAndWait, openTestCore } from '../helpers/core';
import { makeTempDir, seedFiles } from '../helpers/paths';

const DISK_MB = 24;
const FILLER_MB = 10;
const BATCH = 6;
const MAX_BATCHES = 60;
const SPACERS = 4;
const SPACER_KB = 384;

/**
 * Issue "Reliability and security", durability: a library on a small filesystem (a tmpfs the
 * test mounts, so it needs root) is filled by imports until the disk is full. The app must say
 * so per file, keep the library sound, and work again once space is freed.
 */
describe('a library on a full disk', () => {
  const temp = makeTempDir('policylens-diskfull-');
  const mountPoint = path.join(temp.dir, 'disk');
  const stagingDir = path.join(temp.dir, 'staging');
  const libraryDir = path.join(mountPoint, 'library');
  const filler = path.join(mountPoint, 'filler.bin');
  let skipReason: string | null = null;
  let mounted = false;
  let core: Core | null = null;

  beforeAll(() => {
    fs.mkdirSync(mountPoint);
    fs.mkdirSync(stagingDir);
    if (process.getuid?.() !== 0) {
      skipReason = 'not running as root, so the test cannot mount a small filesystem';
      return;
    }
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_MB}m`, 'tmpfs', mountPoint], {
        stdio: 'pipe',
      });
      mounted = true;
    } catch (error) {
      const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
      skipReason = `mount -t tmpfs failed (an unprivileged container?): ${stderr || (error as Error).message}`;
    }
  });

  afterAll(async () => {
    await core?.close();
    if (mounted) execFileSync('umount', [mountPoint], { stdio: 'pipe' });
    temp.remove();
  });

  it('reports “disk full” per file, stays consistent, and works after space is freed', async (ctx) => {
    if (skipReason !== null) {
      console.log(`disk-full test skipped: ${skipReason}`);
      ctx.skip();
      return;
    }
    // Eat most of the disk first, so freeing space later is one unlink.
    fs.writeFileSync(filler, Buffer.alloc(FILLER_MB * 1024 * 1024, 1));
    // Small spacers: freeing one later leaves room for an original but not for its index rows.
    const spacers = Array.from({ length: SPACERS }, (_, i) => path.join(mountPoint, `spacer-${i}`));
    for (const spacer of spacers) fs.writeFileSync(spacer, Buffer.alloc(SPACER_KB * 1024, 1));
    core = openTestCore(libraryDir);
    const seeds = seedFiles().map((file) => fs.readFileSync(file, 'utf8'));
    let made = 0;
    const variant = () => {
      // All the seeds in a varied order with random lines: a new, fairly large document.
      const lines = [...seeds]
        .sort(() => Math.random() - 0.5)
        .join('\n')
        .split('\n');
      for (let k = 0; k < 5; k++) {
        const at = Math.floor(Math.random() * lines.length);
        lines.splice(at, 0, `变体${made}-${k}：${Math.random().toString(36).slice(2)}`);
      }
      const file = path.join(stagingDir, `variant-${made++}.txt`);
      fs.writeFileSync(file, lines.join('\n'));
      return file;
    };

    let full: FileOutcome | undefined;
    const failures: FileOutcome[] = [];
    let imported = 0;
    for (let batch = 0; batch < MAX_BATCHES && !full; batch++) {
      const files = Array.from({ length: BATCH }, variant);
      const status = await importAndWait(core, files);
      expect(status.error, 'the import job itself failed').toBeNull();
      for (const outcome of status.outcomes) {
        if (outcome.status === 'imported') imported++;
        else if (outcome.status === 'failed') failures.push(outcome);
        if (outcome.error?.code === 'DISK_FULL') full ??= outcome;
      }
      const unclear = failures.filter((f) => f.error?.code !== 'DISK_FULL');
      expect(unclear, 'failures that are not reported as “disk full”').toEqual([]);
    }

    // A little space back: the original is kept, then the database cannot grow (SQLITE_FULL).
    const single = seedFiles().reduce((a, b) =>
      fs.statSync(a).size > fs.statSync(b).size ? a : b,
    );
    for (const spacer of spacers) {
      fs.rmSync(spacer);
      const lines = fs.readFileSync(single, 'utf8').split('\n');
      lines.splice(lines.length >> 1, 0, `空隙${spacer}：${Math.random()}`);
      const file = path.join(stagingDir, `small-${path.basename(spacer)}.txt`);
      fs.writeFileSync(file, lines.join('\n'));
      const status = await importAndWait(core, [file]);
      expect(status.error, 'the import job itself failed').toBeNull();
      for (const outcome of status.outcomes) {
        if (outcome.status === 'imported') imported++;
        else if (outcome.status === 'failed') failures.push(outcome);
      }
    }
    const unclear = failures.filter((f) => f.error?.code !== 'DISK_FULL');
    expect(unclear, 'failures that are not reported as “disk full”').toEqual([]);
    const seen = new Set(failures.map((f) => `${f.error?.code}: ${f.error?.message}`));
    console.log(
      `disk full: ${imported} documents imported, then ${failures.length} refused; messages: ` +
        [...seen].join(' | '),
    );
    expect(full, 'the disk never filled up').toBeDefined();
    expect(full?.error?.message).toMatch(/disk is full/i);
    expect(full?.error?.file).toBe(full?.file);
    expect(full?.file.startsWith(stagingDir)).toBe(true);

    // Whatever failed left nothing behind, and the library is sound while the disk is full.
    expect(checkLibrary(core.library.db)).toEqual([]);
    const sources = new Set(
      (
        core.library.db.prepare('SELECT source_path AS p FROM documents').all() as {
          p: string;
        }[]
      ).map((row) => row.p),
    );
    expect(failures.filter((f) => sources.has(f.file))).toEqual([]);

    // An annotation on a full disk: saved, or refused with a clear message.
    const firstDoc = (
      core.library.db.prepare('SELECT min(id) AS id FROM documents').get() as {
        id: number;
      }
    ).id;
    try {
      await core.handlers.createAnnotation({ docId: firstDoc, start: 0, end: 2, tagIds: [] });
      console.log('disk full: an annotation on the full disk was saved');
    } catch (error) {
      const { code, message } = error as { code?: string; message?: string };
      console.log(`disk full: an annotation on the full disk was refused: ${code}: ${message}`);
    }

    // Space is freed: the next import and annotation work.
    fs.rmSync(filler);
    const again = await importAndWait(core, [variant()]);
    expect(again.outcomes[0]?.status, JSON.stringify(again.outcomes[0])).toBe('imported');
    const annotation = await core.handlers.createAnnotation({
      docId: again.outcomes[0]?.docId as number,
      start: 0,
      end: 4,
      tagIds: [],
      comment: '磁盘腾出空间后',
    });
    expect(annotation.id).toBeGreaterThan(0);
    expect(checkLibrary(core.library.db)).toEqual([]);
    await core.close();
    core = null;

    // And reopened from the files on disk, it is still sound.
    const db = openDatabase(path.join(libraryDir, DATABASE_FILE));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(checkLibrary(db)).toEqual([]);
      const found = db.prepare('SELECT comment FROM annotations WHERE id = ?').get(annotation.id);
      expect(found).toEqual({ comment: '磁盘腾出空间后' });
    } finally {
      db.close();
    }
  }, 180_000);
});
