import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/domain';

/** Every backup file ends so; the file is a zip (manifest, database, originals). */
export const BACKUP_EXTENSION = '.plbackup';

/**
 * `PolicyLens-backup-2024-05-01-093000.plbackup` (manual) or `PolicyLens-auto-…` (automatic),
 * in local time so the name matches the clock the user reads; an optional `-2`, `-3` makes two
 * backups in the same second distinct. The name is also where a listing reads the date from,
 * so a folder of backups is listed without unzipping any of them.
 */
const NAME_PATTERN =
  /^PolicyLens-(auto|backup)-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})(?:-\d+)?\.plbackup$/;

const pad = (value: number) => String(value).padStart(2, '0');

export function backupFileName(date: Date, automatic: boolean, suffix?: number): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
  const unique = suffix && suffix > 1 ? `-${suffix}` : '';
  return `PolicyLens-${automatic ? 'auto' : 'backup'}-${day}-${time}${unique}${BACKUP_EXTENSION}`;
}

/** A path in `dir` named for `date` that no file has yet. */
export function freeBackupPath(dir: string, date: Date, automatic: boolean): string {
  for (let suffix = 1; ; suffix++) {
    const candidate = path.join(dir, backupFileName(date, automatic, suffix));
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** What a backup's file name says: automatic or not, and when (null: not one of our names). */
export function parseBackupFileName(name: string): { automatic: boolean; date: Date } | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, kind, y, mo, d, h, mi, s] = match as unknown as string[];
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(date.getTime())) return null;
  return { automatic: kind === 'auto', date };
}

/**
 * The backups in a folder, newest first: every visible `.plbackup` file, dated by its name
 * (or, for a file the user renamed, by its modification time). A missing folder has none.
 */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    if (name.startsWith('.') || !name.toLowerCase().endsWith(BACKUP_EXTENSION)) continue;
    const file = path.join(dir, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      continue; // deleted while listing
    }
    if (!stat.isFile()) continue;
    const parsed = parseBackupFileName(name);
    backups.push({
      path: file,
      createdAt: (parsed?.date ?? stat.mtime).toISOString(),
      bytes: stat.size,
      automatic: parsed?.automatic ?? false,
    });
  }
  const order = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
  return backups.sort((a, b) => order(a.createdAt, b.createdAt) || order(a.path, b.path));
}
