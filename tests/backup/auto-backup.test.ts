import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import {
  KEEP_AUTOMATIC_BACKUPS,
  runAutomaticBackup,
  startAutomaticBackups,
} from '../../electron/core/backup/auto-backup';
import { backupFileName, listBackups } from '../../electron/core/backup/backup-files';
import type { JobStatus, Settings } from '../../shared/domain';
import { importAndWait, openTestCore } from '../helpers/core';
import { makeTempDir, seedFiles } from '../helpers/paths';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('automatic backups', () => {
  const temp = makeTempDir();
  let core: Core;
  let folder = 0;
  /** A fresh backup folder per test, set in the library's settings. */
  const useNewBackupDir = (): string => {
    const dir = path.join(temp.dir, `backups-${++folder}`);
    core.handlers.updateSettings({ backupDir: dir }) as Settings;
    return dir;
  };

  beforeAll(async () => {
    core = openTestCore(path.join(temp.dir, 'library'));
    expect((await importAndWait(core, seedFiles())).state).toBe('done');
  });
  afterAll(async () => {
    await core.close();
    temp.remove();
  });

  it('makes one backup a day: a second check the same day makes none', async () => {
    const dir = useNewBackupDir();
    const morning = new Date(2024, 2, 1, 9, 0, 0);
    const first = await runAutomaticBackup(core, morning);
    expect(first?.state).toBe('done');
    const evening = new Date(2024, 2, 1, 21, 30, 0);
    expect(await runAutomaticBackup(core, evening)).toBeNull();
    // Two checks at once (two windows, a timer and a start-up) share one backup.
    const [a, b] = await Promise.all([
      runAutomaticBackup(core, new Date(2024, 2, 2, 9, 0, 0)),
      runAutomaticBackup(core, new Date(2024, 2, 2, 9, 0, 0)),
    ]);
    expect(a).toBe(b);
    const listed = listBackups(dir);
    expect(listed.map((b) => path.basename(b.path))).toEqual([
      backupFileName(new Date(2024, 2, 2, 9, 0, 0), true),
      backupFileName(morning, true),
    ]);
    expect(listed.every((b) => b.automatic && b.bytes > 0)).toBe(true);
    expect(listed[1]!.createdAt).toBe(morning.toISOString());
  });

  it('keeps the newest seven automatic backups over nine days and never deletes a manual one', async () => {
    const dir = useNewBackupDir();
    const manual = core.handlers.startBackup({}) as { jobId: string; path: string };
    expect((await core.jobs.wait(manual.jobId)).state).toBe('done');
    expect(path.dirname(manual.path)).toBe(dir);
    // A file the user put there with a name of their own is not ours to delete either.
    const renamed = path.join(dir, 'before-the-big-import.plbackup');
    fs.copyFileSync(manual.path, renamed);

    const start = new Date(2024, 4, 1, 10, 0, 0);
    const days = Array.from({ length: 9 }, (_, i) => new Date(start.getTime() + i * DAY_MS));
    for (const day of days) {
      const status = (await runAutomaticBackup(core, day)) as JobStatus;
      expect(status.state).toBe('done');
    }
    const listed = listBackups(dir);
    const automatic = listed.filter((b) => b.automatic);
    expect(automatic).toHaveLength(KEEP_AUTOMATIC_BACKUPS);
    expect(automatic.map((b) => b.createdAt)).toEqual(
      days
        .slice(-KEEP_AUTOMATIC_BACKUPS)
        .reverse()
        .map((d) => d.toISOString()),
    );
    expect(fs.existsSync(manual.path)).toBe(true);
    expect(fs.existsSync(renamed)).toBe(true);
    expect(
      listed
        .filter((b) => !b.automatic)
        .map((b) => b.path)
        .sort(),
    ).toEqual([manual.path, renamed].sort());
    // Only finished backups are in the folder.
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('runs on start and on its timer, and does nothing when turned off', async () => {
    const dir = useNewBackupDir();
    let now = new Date(2024, 6, 1, 8, 0, 0);
    const finished = () =>
      core.jobs
        .list()
        .filter((j) => j.kind === 'backup' && j.state !== 'running' && j.label?.includes('-auto-'));
    const before = finished().length;
    const stop = startAutomaticBackups(core, { intervalMs: 50, now: () => now });
    try {
      await expect.poll(() => listBackups(dir).length, { timeout: 20_000 }).toBe(1);
      // Later checks the same day (the timer fires every 50 ms here) add nothing.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(listBackups(dir)).toHaveLength(1);
      // A day later the timer makes the next one.
      now = new Date(now.getTime() + DAY_MS);
      await expect.poll(() => listBackups(dir).length, { timeout: 20_000 }).toBe(2);
    } finally {
      stop();
    }
    await expect.poll(() => finished().length - before, { timeout: 20_000 }).toBe(2);

    const off = useNewBackupDir();
    core.handlers.updateSettings({ autoBackup: false });
    try {
      expect(await runAutomaticBackup(core, new Date(2024, 6, 5, 8, 0, 0))).toBeNull();
      expect(listBackups(off)).toEqual([]);
    } finally {
      core.handlers.updateSettings({ autoBackup: true });
    }
  });

  it('does not back up an empty library', async () => {
    const empty = openTestCore(path.join(temp.dir, 'empty-library'));
    try {
      empty.handlers.updateSettings({ backupDir: path.join(temp.dir, 'empty-backups') });
      expect(await runAutomaticBackup(empty, new Date())).toBeNull();
      expect(fs.existsSync(path.join(temp.dir, 'empty-backups'))).toBe(false);
    } finally {
      await empty.close();
    }
  });
});
