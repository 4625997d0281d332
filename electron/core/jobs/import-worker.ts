import { parentPort, workerData } from 'node:worker_threads';
import { toErrorInfo } from '../../../shared/errors';
import { importBatch } from '../ingest/import-batch';
import { openLibrary } from '../library/library';
import type { ImportWorkerData, ImportWorkerMessage } from './import-worker-protocol';

/**
 * Worker-thread entry for an import job: parsing and writing happen here, off the thread that
 * serves the UI. It opens its own connection to the library (WAL lets the UI keep reading).
 */
const data = workerData as ImportWorkerData;
const cancelFlag = new Int32Array(data.cancelFlag);
const post = (message: ImportWorkerMessage): void => parentPort?.postMessage(message);

let library: ReturnType<typeof openLibrary> | undefined;
try {
  library = openLibrary(data.libraryDir);
  const result = importBatch(library, data.paths, {
    onTotal: (total) => post({ type: 'total', total }),
    onFileStart: (file, index) => post({ type: 'file-start', file, index }),
    onFileDone: (outcome, index) => post({ type: 'file-done', outcome, index }),
    isCancelled: () => Atomics.load(cancelFlag, 0) === 1,
  });
  post({ type: 'finished', cancelled: result.cancelled });
} catch (error) {
  post({ type: 'error', error: toErrorInfo(error) });
} finally {
  library?.close();
}
