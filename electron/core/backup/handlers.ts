import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import { assertWritable } from '../files/atomic-write';
import type { JobManager } from '../jobs/job-manager';
import { getSettings, updateSettings } from '../settings/settings';
import { freeBackupPath, listBackups } from './backup-files';
import { assertRestoreTarget } from './restore';

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
      let target: string;
      if (requested) {
        if (!path.isAbsolute(requested)) {
          throw new AppError('BAD_REQUEST', 'Give the backup file an absolute path.', requested);
        }
        target = path.resolve(requested);
        assertWritable(target, overwrite);
      } else {
        // A name in the backup folder that no file has yet.
        target = freeBackupPath(getSettings(db, libraryDir).backupDir, new Date(), false);
      }
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
      assertRestoreTarget(target, libraryDir);
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
