import type { Core } from '../../electron/core';
import type { Tag } from '../../shared/domain';
import { ms, percentile, timeRuns } from './measure';
import type { Row } from './row';
import { seededRandom } from './corpus';
import { startBenchServer } from './server';

const TAGS = 30;
const ANNOTATIONS = 10_000;
const BIG_TAG_PASSAGES = 2000;

/**
 * Codebook figures on the bench library: 10,000 annotations under 30 tags (one with 2,000
 * passages), then retrieval, the code × town matrix, and tagging a selection through the
 * loopback server as the browser does.
 */
export async function benchAnnotate(core: Core, rows: Row[]): Promise<void> {
  const h = core.handlers;
  const random = seededRandom(7);
  const tags: Tag[] = [];
  for (let i = 0; i < TAGS; i++) tags.push(await h.createTag({ name: `编码${i + 1}` }));
  const docs = core.library.db.prepare('SELECT id, char_count AS chars FROM documents').all() as {
    id: number;
    chars: number;
  }[];
  core.library.db.transaction(() => {
    for (let i = 0; i < ANNOTATIONS; i++) {
      const doc = docs[Math.floor(random() * docs.length)]!;
      const start = Math.floor(random() * Math.max(1, doc.chars - 40));
      const tag = i < BIG_TAG_PASSAGES ? tags[0]! : tags[1 + Math.floor(random() * (TAGS - 1))]!;
      h.createAnnotation({ docId: doc.id, start, end: start + 10 + Math.floor(random() * 30), tagIds: [tag.id] });
    }
  })();

  const retrieval = timeRuns(5, () => h.codedPassages({ tagId: tags[0]!.id, includeChildren: true }));
  rows.push({
    figure: `codebook retrieval, tag with ${BIG_TAG_PASSAGES} passages`,
    value: ms(percentile(retrieval, 50)),
    baseline: '—',
    ratio: null,
    target: '≤ 100 ms',
    pass: percentile(retrieval, 50) <= 100,
  });
  const towns = (core.library.db.prepare('SELECT count(DISTINCT town) AS n FROM documents').get() as { n: number }).n;
  const matrix = timeRuns(5, () => h.codeMatrix({ by: 'town' }));
  rows.push({
    figure: `code × town matrix, ${TAGS} tags × ${towns} towns`,
    value: ms(percentile(matrix, 50)),
    baseline: '—',
    ratio: null,
    target: '≤ 200 ms',
    pass: percentile(matrix, 50) <= 200,
  });

  const server = await startBenchServer(core);
  try {
    const apply = async () => {
      const doc = docs[Math.floor(random() * docs.length)]!;
      const started = performance.now();
      await server.call('createAnnotation', { docId: doc.id, start: 0, end: 8, tagIds: [tags[2]!.id] });
      return performance.now() - started;
    };
    const roundTrips: number[] = [];
    for (let i = 0; i < 50; i++) roundTrips.push(await apply());
    rows.push({
      figure: 'apply a tag to a selection, round trip through the server',
      value: `${ms(percentile(roundTrips, 50))} / p95 ${ms(percentile(roundTrips, 95))}`,
      baseline: '—',
      ratio: null,
      target: '≤ 20 ms',
      pass: percentile(roundTrips, 95) <= 20,
    });
  } finally {
    await server.close();
  }
}
