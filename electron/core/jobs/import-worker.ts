import { parentPort, workerData } from 'node:worker_threads';
import { toErrorInfo } from '../../../shared/errors';
import { importBatch } from '../ingest/import-batch';
import { openLibrary } from '../library/library';
import { ParserPool } from './parser-pool';
import type { ImportWorkerData, ImportWorkerMessage } from './import-worker-protocol';

/**
 * Worker-thread entry for an import job: parsing and writing happen here, off the thread that
 * serves the UI. It opens its own connection to the library (WAL lets the UI keep reading).
 */
const data = workerData as ImportWorkerData;
/** Per file: a hostile or broken file costs at most this long and this much memory. */
const PARSE_TIMEOUT_MS = 120_000;
const PARSER_HEAP_LIMIT_MB = 1536;
const CANCEL_POLL_MS = 100;
const cancelFlag = new Int32Array(data.cancelFlag);
const post = (message: ImportWorkerMessage): void => parentPort?.postMessage(message);

async function run(): Promise<void> {
  let library: ReturnType<typeof openLibrary> | undefined;
  const pool = new ParserPool(data.parseWorkerScript, data.userTerms, {
    size: data.parserCount,
    taskTimeoutMs: PARSE_TIMEOUT_MS,
    heapLimitMb: PARSER_HEAP_LIMIT_MB,
    cancelFlag: data.cancelFlag,
  });
  // Cancel takes effect within a file too: the parsers see the same flag and stop between
  // pages (a 2,000-page PDF is not read to its end), files not started are answered at once,
  // the file in progress gets JOB_CANCELLED and nothing of it is written.
  const watchCancel = setInterval(() => {
    if (Atomics.load(cancelFlag, 0) === 1) pool.cancelQueued();
  }, CANCEL_POLL_MS);
  try {
    library = openLibrary(data.libraryDir);
    const result = await importBatch(library, data.paths, pool, {
      onTotal: (total) => post({ type: 'total', total }),
      onFileStart: (file, index) => post({ type: 'file-start', file, index }),
      onFileDone: (outcome, index) => post({ type: 'file-done', outcome, index }),
      isCancelled: () => Atomics.load(cancelFlag, 0) === 1,
    });
    post({ type: 'finished', cancelled: result.cancelled });
  } catch (error) {
    post({ type: 'error', error: toErrorInfo(error) });
  } finally {
    clearInterval(watchCancel);
    await pool.close();
    library?.close();
  }
}

void run();
