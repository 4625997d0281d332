import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import { resolveTarget } from '../export/handlers';
import type { JobManager } from '../jobs/job-manager';
import { getSettings, updateSettings } from '../settings/settings';
import { backupFileName, listBackups } from './backup-files';

type BackupMethods =
  'startBackup' | 'listBackups' | 'startRestore' | 'getSettings' | 'updateSettings';

/** Backups, restore and the settings they use. */
export function backupHandlers(
  db: Db,
  libraryDir: string,
  jobs: JobManager,
): Pick<Handlers, BackupMethods> {
  return {
    startBackup: ({ path: requested, overwrite }) => {
      const target = resolveTarget(
        requested,
        getSettings(db, libraryDir).backupDir,
        backupFileName(new Date(), false),
        overwrite,
      );
      const job = jobs.startTask('backup', { path: target, overwrite }, path.basename(target));
      return { jobId: job.id, path: target };
    },
    listBackups: () => listBackups(getSettings(db, libraryDir).backupDir),
    startRestore: ({ file, targetDir }) => {
      const source = path.resolve(file);
      const target = path.resolve(targetDir);
      if (!fs.existsSync(source)) {
        throw new AppError('FILE_NOT_FOUND', 'The backup file does not exist.', source);
      }
      if (target === path.resolve(libraryDir)) {
        throw new AppError(
          'BAD_REQUEST',
          'Restore into a new folder, not over the open library.',
          target,
        );
      }
      const job = jobs.startTask(
        'restore',
        { file: source, targetDir: target },
        path.basename(source),
      );
      return { jobId: job.id, path: target };
    },
    getSettings: () => getSettings(db, libraryDir),
    updateSettings: (changes) => updateSettings(db, libraryDir, changes),
  };
}
