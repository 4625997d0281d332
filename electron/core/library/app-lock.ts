import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

export const LOCK_FILE = 'policylens.lock';

/** Locks this process holds (a second open in the same process is refused too). */
const held = new Set<string>();

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

/**
 * One app per library: the desktop app and `policylens serve` take this lock, so a second one on
 * the same folder is refused with a clear message instead of two UIs writing at once (SQLite
 * itself stays consistent either way; short CLI verbs do not need the lock). A lock left by a
 * process that no longer runs (a crash) is taken over.
 */
export function acquireAppLock(libraryDir: string): () => void {
  const file = path.join(libraryDir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine), { flag: 'wx' });
      held.add(file);
      return () => releaseLock(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(file);
      const ours = holder?.pid === process.pid && holder.host === os.hostname();
      if (holder && (ours ? held.has(file) : isAlive(holder))) {
        throw new AppError(
          'LIBRARY_LOCKED',
          `This library is already open in another PolicyLens window or server (process ${holder.pid} on ${holder.host}, since ${holder.since}). Close it first, or open another library.`,
          libraryDir,
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError('LIBRARY_LOCKED', 'The library lock could not be taken.', libraryDir);
}

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

/** A lock from another machine (a shared folder) is respected; on this one, the pid is checked. */
function isAlive(lock: LockInfo): boolean {
  if (lock.host !== os.hostname()) return true;
  try {
    process.kill(lock.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseLock(file: string): void {
  if (!held.delete(file)) return;
  const holder = readLock(file);
  if (holder?.pid === process.pid) fs.rmSync(file, { force: true });
}
