import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { search } from '../../electron/core/search/search';
import { importAndWait, openTestCore } from '../helpers/core';
import { makeTempDir, SEEDS_DIR } from '../helpers/paths';

describe('the search index stays consistent with the documents (issue #4)', () => {
  const temp = makeTempDir();
  let core: Core;
  const count = (sql: string) => (core.library.db.prepare(sql).get() as { n: number }).n;
  /** Every chunk has exactly one index row and no index row is left without its chunk. */
  const assertConsistent = () => {
    expect(count('SELECT count(*) AS n FROM chunk_fts_docsize')).toBe(
      count('SELECT count(*) AS n FROM chunks'),
    );
    expect(
      count('SELECT count(*) AS n FROM chunk_fts_docsize WHERE id NOT IN (SELECT id FROM chunks)'),
    ).toBe(0);
    expect(
      count('SELECT count(*) AS n FROM chunks WHERE document_id NOT IN (SELECT id FROM documents)'),
    ).toBe(0);
    expect(
      count(
        'SELECT count(*) AS n FROM doc_terms WHERE document_id NOT IN (SELECT id FROM documents)',
      ),
    ).toBe(0);
  };

  beforeAll(async () => {
    core = openTestCore(path.join(temp.dir, 'library'));
    await importAndWait(core, [SEEDS_DIR]);
  });
  afterAll(async () => {
    await core.close();
    temp.remove();
  });

  it('indexes every chunk on import', () => {
    expect(count('SELECT count(*) AS n FROM chunks')).toBeGreaterThan(30);
    assertConsistent();
  });

  it('keeps finding documents after a metadata edit, under the new values', () => {
    const nanlang = core.handlers.listDocuments({}) as { id: number; town: string }[];
    const doc = nanlang.find((d) => d.town === '南朗镇')!;
    core.handlers.updateMetadata({ id: doc.id, changes: { year: 2020 } });
    const hits = search(core.library.db, {
      query: '工改',
      filters: { yearFrom: 2020, yearTo: 2020 },
    }).hits;
    expect(hits.map((h) => h.docId)).toContain(doc.id);
    assertConsistent();
  });

  it('removes a deleted document from results and from the index, in one go', () => {
    const before = search(core.library.db, { query: '营商环境', limit: 100 }).hits;
    const victim = before[0]!.docId;
    expect(core.handlers.deleteDocument({ id: victim })).toEqual({ deleted: true });
    const after = search(core.library.db, { query: '营商环境', limit: 100 }).hits;
    expect(after.some((h) => h.docId === victim)).toBe(false);
    assertConsistent();
  });

  it('indexes a re-imported document again, once', async () => {
    const seeds = fs.readdirSync(SEEDS_DIR).map((f) => path.join(SEEDS_DIR, f));
    const job = await importAndWait(core, seeds);
    expect(job.outcomes.filter((o) => o.status === 'imported')).toHaveLength(1);
    expect(search(core.library.db, { query: '营商环境', limit: 100 }).totalDocuments).toBe(5);
    assertConsistent();
  });
});
