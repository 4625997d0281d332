import { parentPort, workerData } from 'node:worker_threads';
import { AppError, toErrorInfo } from '../../../shared/errors';
import type { PrintOptions } from '../export/pdf-printer';
import { openLibrary, type Library } from '../library/library';
import { configureSegmenter } from '../search/segment';
import { TaskCancelled, type TaskContext, type TaskKind, type TaskParams } from './task-context';
import type { TaskHostMessage, TaskWorkerData, TaskWorkerMessage } from './task-protocol';
import { TASKS } from './tasks';

/**
 * Worker-thread entry for every job but imports (exports, REFI-QDA, backups): the work runs
 * here with its own library connection, so the thread serving the UI stays responsive.
 */
const data = workerData as TaskWorkerData;
const cancelFlag = new Int32Array(data.cancelFlag);
const post = (message: TaskWorkerMessage): void => parentPort?.postMessage(message);

const pendingPrints = new Map<
  number,
  { resolve: (pdf: Uint8Array) => void; reject: (error: Error) => void }
>();
let nextPrintId = 1;
const onHostMessage = (message: TaskHostMessage): void => {
  const pending = pendingPrints.get(message.requestId);
  if (!pending) return;
  pendingPrints.delete(message.requestId);
  if (message.type === 'printed') pending.resolve(message.pdf);
  else pending.reject(new AppError(message.error.code, message.error.message, message.error.file));
};
parentPort?.on('message', onHostMessage);

function printPdf(html: string, options: PrintOptions): Promise<Uint8Array> {
  const requestId = nextPrintId++;
  return new Promise((resolve, reject) => {
    pendingPrints.set(requestId, { resolve, reject });
    post({ type: 'print', requestId, html, options });
  });
}

async function run(): Promise<void> {
  let library: Library | undefined;
  try {
    configureSegmenter(data.dictDir, data.userTerms);
    library = openLibrary(data.libraryDir);
    const context: TaskContext = {
      library,
      dictDir: data.dictDir,
      progress: (done, total, step = null) => post({ type: 'progress', done, total, step }),
      outcome: (outcome) => post({ type: 'outcome', outcome }),
      checkCancelled: () => {
        if (Atomics.load(cancelFlag, 0) === 1) throw new TaskCancelled();
      },
      printPdf,
    };
    const runner = TASKS[data.kind] as (
      ctx: TaskContext,
      params: TaskParams[TaskKind],
    ) => Promise<string | null>;
    const output = await runner(context, data.params as TaskParams[TaskKind]);
    post({ type: 'finished', output, cancelled: false });
  } catch (error) {
    if (error instanceof TaskCancelled) post({ type: 'finished', output: null, cancelled: true });
    else post({ type: 'error', error: toErrorInfo(error) });
  } finally {
    library?.close();
    // A listening port keeps the thread alive; the job is over, so let it end.
    parentPort?.off('message', onHostMessage);
  }
}

void run();
