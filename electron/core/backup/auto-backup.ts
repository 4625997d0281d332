import fs from 'node:fs';
import path from 'node:path';
import type { JobStatus } from '../../../shared/domain';
import type { Core } from '../index';
import { countDocuments } from '../library/documents';
import { getSettings } from '../settings/settings';
import { freeBackupPath, listBackups, parseBackupFileName } from './backup-files';

/** Automatic backups kept; older automatic ones are deleted, manual ones never. */
export const KEEP_AUTOMATIC_BACKUPS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export interface AutomaticBackupOptions {
  /** How often to check whether a backup is due (default: hourly). */
  intervalMs?: number;
  /** The clock (tests move it by days). */
  now?: () => Date;
}

/** One check per core at a time: a second caller shares the first one's answer. */
const inFlight = new WeakMap<Core, Promise<JobStatus | null>>();

/**
 * Checks now and then every hour: when automatic backups are on and the newest automatic
 * backup in the backup folder is 24 hours old (or there is none), a backup job runs, and
 * after it the automatic backups beyond the newest seven are deleted. Returns a function that
 * stops the checks (a backup already running finishes, or is cancelled by `core.close()`).
 */
export function startAutomaticBackups(
  core: Core,
  options: AutomaticBackupOptions = {},
): () => void {
  const now = options.now ?? (() => new Date());
  let stopped = false;
  const check = () => {
    if (stopped) return;
    runAutomaticBackup(core, now()).catch((error: unknown) => {
      if (!stopped) console.warn(`Automatic backup check failed: ${(error as Error).message}`);
    });
  };
  check();
  const timer = setInterval(check, options.intervalMs ?? HOUR_MS);
  timer.unref?.();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

/**
 * One check: starts an automatic backup when one is due, waits for it and prunes. Resolves
 * with the backup job's final status, or null when none was due (or automatic backups are off).
 */
export function runAutomaticBackup(core: Core, now: Date = new Date()): Promise<JobStatus | null> {
  const pending = inFlight.get(core);
  if (pending) return pending;
  const run = checkAndBackUp(core, now).finally(() => inFlight.delete(core));
  inFlight.set(core, run);
  return run;
}

async function checkAndBackUp(core: Core, now: Date): Promise<JobStatus | null> {
  const { db, dir } = core.library;
  const settings = getSettings(db, dir);
  if (!settings.autoBackup) return null;
  // Nothing to keep yet (a new library): no point filling the folder with empty backups.
  if (countDocuments(db) === 0) return null;
  const newest = listBackups(settings.backupDir).find((backup) => backup.automatic);
  if (newest) {
    const age = now.getTime() - Date.parse(newest.createdAt);
    // A backup dated in the future (the clock was wrong) does not hold backups off.
    if (age >= 0 && age < settings.backupIntervalDays * DAY_MS) return null;
  }
  const target = freeBackupPath(settings.backupDir, now, true);
  const job = core.jobs.startTask(
    'backup',
    { path: target, automatic: true },
    path.basename(target),
  );
  const final = await core.jobs.wait(job.id);
  if (final.state === 'done') pruneAutomaticBackups(settings.backupDir, now);
  return final;
}

/**
 * Deletes automatic backups beyond the newest `keep` (by the date in their names) and
 * leftovers of interrupted writes older than a day. Files named as manual backups, or not
 * named by us at all, are never deleted. Returns the deleted paths.
 */
export function pruneAutomaticBackups(
  dir: string,
  now: Date = new Date(),
  keep: number = KEEP_AUTOMATIC_BACKUPS,
): string[] {
  const deleted: string[] = [];
  const automatic = listBackups(dir).filter(
    (backup) => parseBackupFileName(path.basename(backup.path))?.automatic === true,
  );
  for (const backup of automatic.slice(keep)) {
    try {
      fs.rmSync(backup.path, { force: true });
      deleted.push(backup.path);
    } catch {
      // in use or read-only: try again after the next backup
    }
  }
  for (const name of safeReaddir(dir)) {
    const leftover =
      (name.startsWith('.PolicyLens-auto-') && name.endsWith('.partial')) ||
      name.startsWith('.policylens-backup-');
    if (!leftover) continue;
    const file = path.join(dir, name);
    try {
      if (now.getTime() - fs.statSync(file).mtimeMs > DAY_MS) {
        fs.rmSync(file, { recursive: true, force: true });
        deleted.push(file);
      }
    } catch {
      // gone already
    }
  }
  return deleted;
}

function safeReaddir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
