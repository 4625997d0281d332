import type { Core } from '../../core';
import { jobSummary, outcomeLine, progressLine } from '../output';

/**
 * Imports files and folders through the same job (worker thread) the app uses. Per-file lines
 * go to stdout, progress to stderr. Resolves to the exit code: 1 if any file failed.
 */
export async function runImport(
  core: Core,
  paths: string[],
): Promise<{ code: number; ocrDocIds: number[] }> {
  const interactive = process.stderr.isTTY === true;
  let printed = 0;
  const job = core.jobs.startImport(paths);
  const unsubscribe = core.onEvent((event) => {
    if (event.type !== 'job' || event.job.id !== job.id) return;
    for (const outcome of event.job.outcomes.slice(printed)) console.log(outcomeLine(outcome));
    printed = event.job.outcomes.length;
    if (event.job.state === 'running') {
      if (interactive) process.stderr.write(`\r\x1b[K${progressLine(event.job)}`);
      else if (event.job.currentFile) process.stderr.write(`${progressLine(event.job)}\n`);
    }
  });
  const cancel = () => {
    process.stderr.write('\nCancelling after the current file…\n');
    core.jobs.cancel(job.id);
  };
  process.once('SIGINT', cancel);
  const final = await core.jobs.wait(job.id);
  process.off('SIGINT', cancel);
  unsubscribe();
  for (const outcome of final.outcomes.slice(printed)) console.log(outcomeLine(outcome));
  if (interactive) process.stderr.write('\r\x1b[K');
  process.stderr.write(`${jobSummary(final)}\n`);
  if (final.error) process.stderr.write(`Error: ${final.error.message}\n`);
  const failed = final.outcomes.some((o) => o.status === 'failed');
  const ocrDocIds = final.outcomes
    .filter((o) => o.status === 'imported' && o.needsOcr && o.docId !== undefined)
    .map((o) => o.docId as number);
  if (final.state === 'cancelled') return { code: 130, ocrDocIds: [] };
  return { code: failed || final.state === 'failed' ? 1 : 0, ocrDocIds };
}
