import type { Core } from '../../core';

/**
 * Waits for an export, REFI-QDA or backup job the way `import` waits for imports: progress on
 * stderr, Ctrl-C cancels (nothing half-written stays), the written path on stdout.
 * Resolves to the exit code.
 */
export async function waitForFileJob(core: Core, jobId: string): Promise<number> {
  const interactive = process.stderr.isTTY === true;
  const unsubscribe = core.onEvent((event) => {
    if (event.type !== 'job' || event.job.id !== jobId || event.job.state !== 'running') return;
    if (!interactive || event.job.total === 0) return;
    const step = event.job.currentFile ? ` ${event.job.currentFile}` : '';
    process.stderr.write(`\r\x1b[K${event.job.done}/${event.job.total}${step}`);
  });
  const cancel = () => {
    process.stderr.write('\nCancelling…\n');
    core.jobs.cancel(jobId);
  };
  process.once('SIGINT', cancel);
  const final = await core.jobs.wait(jobId);
  process.off('SIGINT', cancel);
  unsubscribe();
  if (interactive) process.stderr.write('\r\x1b[K');
  if (final.state === 'cancelled') {
    process.stderr.write('Cancelled; no file was written.\n');
    return 130;
  }
  if (final.state !== 'done') {
    const where = final.error?.file ? ` (${final.error.file})` : '';
    process.stderr.write(`Error: ${final.error?.message ?? 'the job failed'}${where}\n`);
    return 1;
  }
  if (final.output) console.log(final.output);
  return 0;
}
