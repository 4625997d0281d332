import path from 'node:path';
import type { Handlers } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import { resolveTarget } from '../export/handlers';
import type { JobManager } from '../jobs/job-manager';
import { getSettings } from '../settings/settings';
import fs from 'node:fs';

type ExchangeMethods = 'startQdpxExport' | 'startQdpxImport';

/** REFI-QDA project exchange (.qdpx), as jobs. */
export function exchangeHandlers(
  db: Db,
  libraryDir: string,
  jobs: JobManager,
): Pick<Handlers, ExchangeMethods> {
  return {
    startQdpxExport: ({ path: requested, overwrite }) => {
      const stamp = new Date().toISOString().slice(0, 10);
      const target = resolveTarget(
        requested,
        getSettings(db, libraryDir).exportsDir,
        `PolicyLens-项目-${stamp}.qdpx`,
        overwrite,
      );
      const job = jobs.startTask('qdpx-export', { path: target, overwrite }, path.basename(target));
      return { jobId: job.id, path: target };
    },
    startQdpxImport: ({ path: file }) => {
      const absolute = path.resolve(file);
      if (!fs.existsSync(absolute)) {
        throw new AppError('FILE_NOT_FOUND', 'The file does not exist.', absolute);
      }
      const job = jobs.startTask('qdpx-import', { path: absolute }, path.basename(absolute));
      return { jobId: job.id };
    },
  };
}
