import type { Core } from '../../electron/core';
import { ms, percentile, timeRuns } from './measure';
import type { Row } from './row';

/** Alignment + shared phrases + figures over 30 towns × 10 documents of the bench library. */
export function benchCompare(core: Core, rows: Row[]): void {
  const db = core.library.db;
  const towns = (
    db.prepare('SELECT town FROM documents WHERE town IS NOT NULL GROUP BY town ORDER BY count(*) DESC LIMIT 30').all() as {
      town: string;
    }[]
  ).map((r) => r.town);
  const documentIds = towns.flatMap((town) =>
    (db.prepare('SELECT id FROM documents WHERE town = ? ORDER BY id LIMIT 10').all(town) as { id: number }[]).map((r) => r.id),
  );
  const scope = { towns, documentIds };
  const run = () => core.handlers.compare({ theme: { kind: 'query', value: '工改' }, scope });
  run(); // segmenter and statement caches warm, as in a running app
  const times = timeRuns(3, run);
  rows.push({
    figure: `compare ${towns.length} towns × 10 docs (align + shared phrases + figures)`,
    value: ms(percentile(times, 50)),
    baseline: '—',
    ratio: null,
    target: '≤ 1 s',
    pass: percentile(times, 50) <= 1000,
  });
}
