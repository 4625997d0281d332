import type { Core } from '../../electron/core';
import { foldForSearch } from '../../electron/core/search/fold';
import { kwic } from '../../electron/core/search/kwic';
import { termFrequencies } from '../../electron/core/search/frequencies';
import { search } from '../../electron/core/search/search';
import { allStopwords } from '../../electron/core/search/stopwords';
import { ms, percentile, timeRuns } from './measure';
import type { Row } from './row';

const QUERIES: Record<string, string[]> = {
  '1-term': ['工改', '营商环境', '乡村振兴', '河长制', '招商引资'],
  '2-term': ['工改 营商环境', '乡村振兴 农业', '招商引资 项目', '生态 环境', '教育 医疗'],
  '4-term': ['工改 营商环境 乡村振兴 发展', '项目 投资 企业 服务', '教育 医疗 养老 民生', '生态 环境 治理 河长制', '文化 旅游 品牌 建设'],
  phrase: ['"低效工业用地"', '"百千万工程"', '"优化营商环境"', '"高质量发展"', '"村级工业园"'],
};
const RUNS_PER_QUERY = 8;

/**
 * Search latency with snippets (first page of 20) per query kind, beside the same queries as
 * a LIKE scan of the folded passage text (the baseline any index must beat), in one run.
 */
export function benchSearch(core: Core, rows: Row[]): void {
  const db = core.library.db;
  db.exec(`CREATE TEMP TABLE folded_chunks (id INTEGER PRIMARY KEY, folded TEXT)`);
  const insert = db.prepare('INSERT INTO temp.folded_chunks (id, folded) VALUES (?, ?)');
  const passages = db.prepare(
    `SELECT c.id, substr(d.text, c.start_offset + 1, c.end_offset - c.start_offset) AS passage
     FROM chunks c JOIN documents d ON d.id = c.document_id`,
  );
  db.transaction(() => {
    for (const row of passages.all() as { id: number; passage: string }[]) {
      insert.run(row.id, foldForSearch(row.passage).replace(/\s+/g, ''));
    }
  })();

  for (const [kind, queries] of Object.entries(QUERIES)) {
    const ours: number[] = [];
    const scans: number[] = [];
    for (const query of queries) {
      search(db, { query, limit: 20 }); // warm the statement cache
      ours.push(...timeRuns(RUNS_PER_QUERY, () => search(db, { query, limit: 20 })));
      const terms = query.replace(/"/g, '').split(/\s+/).map((t) => foldForSearch(t));
      const like = db.prepare(
        `SELECT id FROM temp.folded_chunks WHERE ${terms.map(() => 'folded LIKE ?').join(' AND ')}`,
      );
      scans.push(...timeRuns(2, () => like.all(...terms.map((t) => `%${t}%`))));
    }
    const p95 = percentile(ours, 95);
    const scanP95 = percentile(scans, 95);
    rows.push({
      figure: `search ${kind} p50 / p95 (with snippets)`,
      value: `${ms(percentile(ours, 50))} / ${ms(p95)}`,
      baseline: `LIKE scan p95 ${ms(scanP95)}`,
      ratio: scanP95 / p95,
      target: 'p95 ≤ 30 ms, ≥ 50×',
      pass: p95 <= 30 && scanP95 / p95 >= 50,
    });
  }

  // The term whose occurrences come closest above 5,000 (the target's load).
  const counts = ['工改', '招商引资', '乡村振兴', '营商环境', '高质量发展', '发展'].map((term) => ({
    term,
    total: kwic(db, { term, limit: 1 }).total,
  }));
  const pick = counts.filter((c) => c.total >= 5000).sort((a, b) => a.total - b.total)[0] ??
    counts.sort((a, b) => b.total - a.total)[0]!;
  const kwicTimes = timeRuns(3, () => kwic(db, { term: pick.term, limit: 100_000 }));
  const kwicHits = pick.total;
  rows.push({
    figure: `KWIC of ${pick.term} (${kwicHits} occurrences)`,
    value: ms(percentile(kwicTimes, 50)),
    baseline: '—',
    ratio: null,
    target: '≤ 200 ms with ≥ 5,000 hits',
    pass: kwicHits >= 5000 ? percentile(kwicTimes, 50) <= 200 : null,
  });

  const stopwords = allStopwords(db, core.paths.dictDir);
  const town = (db.prepare('SELECT town FROM documents GROUP BY town ORDER BY count(*) DESC LIMIT 1').get() as { town: string }).town;
  const freqTimes = timeRuns(3, () => termFrequencies(db, { by: 'town', filters: { towns: [town] }, top: 30 }, stopwords));
  rows.push({
    figure: `word frequencies for one town (${town})`,
    value: ms(percentile(freqTimes, 50)),
    baseline: '—',
    ratio: null,
    target: '≤ 300 ms',
    pass: percentile(freqTimes, 50) <= 300,
  });
}
