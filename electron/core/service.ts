import type { CoreHandlers } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { annotateHandlers } from './annotate/handlers';
import { backupHandlers } from './backup/handlers';
import { compareHandlers } from './compare/handlers';
import { exchangeHandlers } from './exchange/handlers';
import { exportHandlers } from './export/handlers';
import { ocrHandlers } from './ocr/handlers';
import { trashHandlers } from './trash/handlers';
import { UndoStack } from './annotate/undo-stack';
import { userVersion } from './db/connection';
import { libraryLocationWarnings } from './library/library-health';
import type { JobManager } from './jobs/job-manager';
import { countDocuments, deleteDocument, getDocument, updateMetadata } from './library/documents';
import { DocumentList } from './library/document-list';
import type { Library } from './library/library';
import { findAll, SearchableText } from './search/find-in-text';
import { termFrequencies } from './search/frequencies';
import { kwic } from './search/kwic';
import { parseQuery, positiveTerms } from './search/query-parser';
import { search } from './search/search';
import { allStopwords, setUserStopwords, userStopwords } from './search/stopwords';
import { addUserTerm, listUserTerms, removeUserTerm } from './search/user-terms';

export interface ServiceContext {
  library: Library;
  jobs: JobManager;
  seedsDir: string;
  dictDir: string;
  appVersion: string;
}

/** The core's implementation of every contract method; transports only route to these. */
export function createHandlers(ctx: ServiceContext): CoreHandlers {
  const { library, jobs } = ctx;
  const { db } = library;
  const undo = new UndoStack(db);
  const documentList = new DocumentList(db);
  return {
    ...annotateHandlers(db, undo),
    ...compareHandlers(db, ctx.dictDir),
    ...exportHandlers(db, library.dir, jobs),
    ...exchangeHandlers(db, library.dir, jobs),
    ...backupHandlers(db, library.dir, jobs),
    ...ocrHandlers(library, jobs),
    ...trashHandlers(db),
    libraryInfo: () => ({
      path: library.dir,
      warnings: libraryLocationWarnings(library.dir),
      documentCount: countDocuments(db),
      schemaVersion: userVersion(db),
      appVersion: ctx.appVersion,
    }),
    listDocuments: () => documentList.list(),
    getDocument: ({ id }) => getDocument(db, id),
    updateMetadata: ({ id, changes }) => {
      updateMetadata(db, id, changes);
      return getDocument(db, id);
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
    deleteDocument: ({ id }) => {
      if (!deleteDocument(db, id)) {
        throw new AppError('NOT_FOUND', `Document #${id} does not exist in this library.`);
      }
      return { deleted: true };
    },
    search: (request) => search(db, request),
    findInDocument: ({ id, query }) => {
      const { text } = getDocument(db, id);
      const terms = positiveTerms(parseQuery(query)).map((term) => term.folded);
      return { ranges: findAll(new SearchableText(text), terms) };
    },
    kwic: (request) => kwic(db, request),
    termFrequencies: (request) => termFrequencies(db, request, allStopwords(db, ctx.dictDir)),
    listUserTerms: () => listUserTerms(db),
    addUserTerm: ({ term }) => addUserTerm(db, term),
    removeUserTerm: ({ term }) => removeUserTerm(db, term),
    listStopwords: () => userStopwords(db),
    setStopwords: ({ words }) => setUserStopwords(db, words),
  };
}
