import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { restoreBackup } from './restore';

/**
 * Replaces a damaged library with a backup: the backup is restored (and verified) next to it
 * first; only then is the damaged folder moved aside — kept, never deleted, as
 * `<library>.damaged-<time>` — and the restored one takes its place.
 */
export async function recoverLibrary(
  libraryDir: string,
  backupFile: string,
): Promise<{ damagedDir: string | null; documents: number }> {
  const target = path.resolve(libraryDir);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const restoring = `${target}.restoring-${stamp}`;
  const restored = await restoreBackup(path.resolve(backupFile), restoring);
  let damagedDir: string | null = null;
  if (fs.existsSync(target)) {
    damagedDir = `${target}.damaged-${stamp}`;
    try {
      fs.renameSync(target, damagedDir);
    } catch (error) {
      fs.rmSync(restoring, { recursive: true, force: true });
      throw new AppError(
        'FORBIDDEN',
        `The damaged library could not be moved aside (${(error as Error).message}); close every PolicyLens window and try again.`,
        target,
      );
    }
  }
  fs.renameSync(restoring, target);
  return { damagedDir, documents: restored.manifest.documents };
}
