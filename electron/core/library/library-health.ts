import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { listBackups } from '../backup/backup-files';
import { checkLibrary } from '../db/consistency';
import type { Db } from '../db/connection';

/** Folders that sync tools rewrite behind SQLite's back (a library there can be corrupted). */
const SYNCED_FOLDER =
  /(^|[\\/])(Dropbox|OneDrive[^\\/]*|iCloud ?Drive|Mobile Documents|Google ?Drive|My Drive|Nutstore|坚果云|百度网盘|BaiduNetdisk|Seafile|Nextcloud|ownCloud|Syncthing)([\\/]|$)/i;
/** Network file systems: their locking is unreliable for SQLite. */
const NETWORK_FS = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb3',
  'smbfs',
  'fuse.sshfs',
  'afpfs',
  'webdav',
  'davfs',
]);

/**
 * Warnings about where the library lives: a sync folder (Dropbox, OneDrive, 坚果云…) or a network
 * file system. The library works there, but a sync conflict or a dropped connection can damage
 * it; the app says so rather than refusing.
 */
export function libraryLocationWarnings(libraryDir: string): string[] {
  const warnings: string[] = [];
  if (SYNCED_FOLDER.test(libraryDir)) {
    warnings.push(
      'The library is in a folder a sync service manages (Dropbox, OneDrive, iCloud, 坚果云…). Sync can overwrite the database while it is open; keep the library in a local folder and sync the backups instead.',
    );
  }
  const fsType = fileSystemType(libraryDir);
  if (fsType && NETWORK_FS.has(fsType)) {
    warnings.push(
      `The library is on a network drive (${fsType}). A dropped connection can damage it; keep it on a local disk.`,
    );
  }
  return warnings;
}

/** The file system type of the mount holding `dir` (Linux /proc/mounts; null elsewhere). */
function fileSystemType(dir: string): string | null {
  if (process.platform !== 'linux') return null;
  try {
    const mounts = fs
      .readFileSync('/proc/mounts', 'utf8')
      .split('\n')
      .map((line) => line.split(' '))
      .filter((parts) => parts.length >= 3)
      .map(([, mountPoint, type]) => ({
        mountPoint: (mountPoint ?? '').replace(/\\040/g, ' '),
        type: type ?? '',
      }))
      .filter(
        (m) =>
          dir === m.mountPoint ||
          dir.startsWith(m.mountPoint.endsWith('/') ? m.mountPoint : `${m.mountPoint}/`),
      )
      .sort((a, b) => b.mountPoint.length - a.mountPoint.length);
    return mounts[0]?.type ?? null;
  } catch {
    return null;
  }
}

/**
 * The check the app runs when it opens a library: SQLite's quick_check. On damage nothing is
 * written: the error names the newest backup and how to restore it (the app offers it; the
 * damaged folder is kept aside, never deleted).
 */
export function assertLibraryHealthy(db: Db, libraryDir: string, backupDir: string): void {
  const problems = checkLibrary(db, { quick: true });
  if (problems.length === 0) return;
  const newest = listBackups(backupDir)[0];
  const advice = newest
    ? ` The newest backup is ${newest.path} (${newest.createdAt}); restore it with: policylens recover --library "${libraryDir}" "${newest.path}"`
    : ' No backup was found; run `policylens check` for details.';
  throw new AppError(
    'LIBRARY_CORRUPT',
    `The library's database is damaged (${problems[0]?.detail ?? 'integrity check failed'}). Nothing was changed.${advice}`,
    path.join(libraryDir, 'library.sqlite'),
  );
}
