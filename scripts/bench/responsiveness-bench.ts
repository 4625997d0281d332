import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Core } from '../../electron/core';
import type { Corpus } from './corpus';
import { ms, percentile } from './measure';
import type { Row } from './row';
import { startBenchServer } from './server';

/** Cheap calls the Library view makes while an import runs, through the real HTTP transport. */
const CALLS: [string, unknown][] = [
  ['libraryInfo', {}],
  ['listJobs', {}],
  ['search', { query: '营商环境', limit: 20 }],
  ['listTags', {}],
  ['getDocument', { id: 1 }],
  ['listDocuments', {}],
];

/**
 * UI responsiveness: while 1,000 new documents are imported (in the import worker), every API
 * call above is made over and over through the loopback server. Reported: each call's round
 * trip (client side, so it includes HTTP) and how long the core's event loop was ever blocked.
 */
export async function benchResponsiveness(core: Core, corpus: Corpus, rows: Row[]): Promise<void> {
  const server = await startBenchServer(core);
  const perMethod = new Map<string, number[]>(CALLS.map(([m]) => [m, []]));
  const loop = monitorEventLoopDelay({ resolution: 5 });
  try {
    // The app is open on its Library before anyone imports: each call once, as the window does.
    for (const [method, params] of CALLS) await server.call(method, params);
    const { jobId } = (await server.call('startImport', { paths: [corpus.dir] })) as { jobId: string };
    const done = core.jobs.wait(jobId);
    let finished = false;
    void done.then(() => (finished = true));
    loop.enable();
    while (!finished) {
      for (const [method, params] of CALLS) {
        const started = performance.now();
        await server.call(method, params);
        perMethod.get(method)?.push(performance.now() - started);
      }
    }
    loop.disable();
    const final = await done;
    const imported = final.outcomes.filter((o) => o.status === 'imported').length;
    const all = [...perMethod.values()].flat();
    const slowest = [...perMethod].map(([m, t]) => `${m} ${ms(Math.max(...t))}`).join(', ');
    const blockedMs = loop.max / 1e6;
    rows.push({
      figure: `UI responsiveness during an import of ${imported} docs: API round trips (${all.length} calls) max / p99`,
      value: `${ms(Math.max(...all))} / ${ms(percentile(all, 99))}`,
      baseline: `per method max: ${slowest}`,
      ratio: null,
      target: 'max ≤ 50 ms',
      pass: Math.max(...all) <= 50,
    });
    rows.push({
      figure: 'longest stall of the core thread during that import (event-loop delay max)',
      value: ms(blockedMs),
      baseline: `p99 ${ms(loop.percentile(99) / 1e6)}`,
      ratio: null,
      target: '≤ 50 ms',
      pass: blockedMs <= 50,
    });
    // The slowest call without HTTP or an import beside it: what the handler itself costs.
    const listTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      JSON.stringify(await core.handlers.listDocuments({}));
      listTimes.push(performance.now() - started);
    }
    const documents = (core.library.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    rows.push({
      figure: `listDocuments alone: handler + JSON, whole library (${documents} docs), no import running`,
      value: ms(percentile(listTimes, 50)),
      baseline: '—',
      ratio: null,
      target: '≤ 50 ms (one API call)',
      pass: percentile(listTimes, 50) <= 50,
    });
  } finally {
    loop.disable();
    await server.close();
  }
}
