import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../electron/core';
import type { Corpus } from './corpus';
import type { JiebaBaseline } from './jieba-baseline';
import type { Row } from './row';

/** Import of the whole corpus folder as the app runs it (import worker + parsers on every core). */
export async function benchImport(core: Core, corpus: Corpus, baseline: JiebaBaseline, rows: Row[]): Promise<void> {
  const megabytes = corpus.textBytes / 1024 / 1024;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const job = core.jobs.startImport([corpus.dir]);
  const final = await core.jobs.wait(job.id);
  const seconds = (performance.now() - started) / 1000;
  // CPU time of every thread of the process: steadier than wall time on a shared machine.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rate = megabytes / seconds;
  const imported = final.outcomes.filter((o) => o.status === 'imported').length;
  const failed = final.outcomes.filter((o) => o.status === 'failed').length;
  rows.push({
    figure: `import throughput, all cores (${imported} docs${failed ? `, ${failed} failed` : ''}, ${megabytes.toFixed(1)} MB text, ${seconds.toFixed(1)} s)`,
    value: `${rate.toFixed(2)} MB/s (CPU ${cpuSeconds.toFixed(0)} s, ${(cpuSeconds / megabytes).toFixed(2)} s/MB)`,
    baseline: `jieba cutForSearch alone, 1 thread: ${baseline.rate.toFixed(2)} MB/s (CPU ${baseline.cpuSecondsPerMb.toFixed(2)} s/MB)`,
    ratio: rate / baseline.rate,
    target: '≥ 1.2×',
    pass: rate / baseline.rate >= 1.2,
  });
  const databaseBytes = ['library.sqlite', 'library.sqlite-wal']
    .map((f) => path.join(core.library.dir, f))
    .filter((f) => fs.existsSync(f))
    .reduce((sum, f) => sum + fs.statSync(f).size, 0);
  rows.push({
    figure: 'library size on disk (database) / raw text',
    value: `${(databaseBytes / 1024 / 1024).toFixed(1)} MB`,
    baseline: `${megabytes.toFixed(1)} MB text`,
    ratio: megabytes / (databaseBytes / 1024 / 1024),
    target: 'reported',
    pass: null,
  });
}
