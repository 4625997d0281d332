import type { Handlers } from '../../shared/api';
import { AppError } from '../../shared/errors';
import type { JobManager } from './jobs/job-manager';
import { countDocuments, getDocument, listDocuments, updateMetadata } from './library/documents';
import type { Library } from './library/library';
import { userVersion } from './db/connection';

export interface ServiceContext {
  library: Library;
  jobs: JobManager;
  seedsDir: string;
  appVersion: string;
}

/** The core's implementation of every contract method; transports only route to these. */
export function createHandlers(ctx: ServiceContext): Handlers {
  const { library, jobs } = ctx;
  return {
    libraryInfo: () => ({
      path: library.dir,
      documentCount: countDocuments(library.db),
      schemaVersion: userVersion(library.db),
      appVersion: ctx.appVersion,
    }),
    listDocuments: () => listDocuments(library.db),
    getDocument: ({ id }) => getDocument(library.db, id),
    updateMetadata: ({ id, changes }) => {
      updateMetadata(library.db, id, changes);
      return getDocument(library.db, id);
    },
    startImport: ({ paths }) => ({ jobId: jobs.startImport(paths).id }),
    importSamples: () => ({ jobId: jobs.startImport([ctx.seedsDir]).id }),
    cancelJob: ({ jobId }) => {
      if (!jobs.list().some((job) => job.id === jobId)) {
        throw new AppError('NOT_FOUND', `No job ${jobId}.`);
      }
      return { cancelled: jobs.cancel(jobId) };
    },
    listJobs: () => jobs.list(),
  };
}
