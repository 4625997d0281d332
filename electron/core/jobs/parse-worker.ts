import { parentPort, workerData } from 'node:worker_threads';
import { toErrorInfo } from '../../../shared/errors';
import { prepareDocument } from '../ingest/prepare-document';
import { runtimePaths } from '../runtime/paths';
import { configureSegmenter } from '../search/segment';
import type { ParseRequest, ParseResponse } from './parser-protocol';

/**
 * Parser thread: turns one file at a time into a prepared document. Holds no database
 * connection; a crash or a runaway file here costs one file, never the import or the app.
 */
const data = workerData as { userTerms?: string[]; cancelFlag: SharedArrayBuffer };
configureSegmenter(runtimePaths().dictDir, data.userTerms ?? []);
/** The import's cancel flag, shared with the job: a long file stops between pages. */
const cancelFlag = new Int32Array(data.cancelFlag);
const isCancelled = () => Atomics.load(cancelFlag, 0) === 1;

parentPort?.on('message', (request: ParseRequest) => {
  void prepareDocument(request.file, { isCancelled }).then(
    ({ prepared, bytes }) => {
      // Copy into a buffer of its own so it can be transferred instead of cloned.
      const transferable = bytes.buffer.slice(
        bytes.byteOffset,
        bytes.byteOffset + bytes.byteLength,
      );
      const response: ParseResponse = {
        taskId: request.taskId,
        ok: true,
        prepared,
        bytes: transferable,
      };
      parentPort?.postMessage(response, [transferable as ArrayBuffer]);
    },
    (error: unknown) => {
      const response: ParseResponse = {
        taskId: request.taskId,
        ok: false,
        error: { ...toErrorInfo(error), file: request.file },
      };
      parentPort?.postMessage(response);
    },
  );
});
