import path from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { foldForSearch } from '../../electron/core/search/fold';
import { search } from '../../electron/core/search/search';
import type { SearchHit } from '../../shared/domain';
import { importAndWait, openTestCore } from '../helpers/core';
import { makeTempDir, SEEDS_DIR } from '../helpers/paths';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const strip = (text: string) => foldForSearch(text).replace(/[ \n\t\r\u3000\u00a0]/g, '');

interface Chunk {
  document_id: number;
  start_offset: number;
  passage: string;
}

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('search finds every passage (issue #4)', () => {
  const temp = makeTempDir();
  let core: Core;
  let chunks: Chunk[];
  const find = (query: string): SearchHit[] => search(core.library.db, { query, limit: 1000 }).hits;
  const key = (docId: number, start: number) => `${docId}:${start}`;

  beforeAll(async () => {
    core = openTestCore(path.join(temp.dir, 'library'));
    await importAndWait(core, [SEEDS_DIR]);
    chunks = core.library.db
      .prepare(
        `SELECT c.document_id, c.start_offset,
                substr(d.text, c.start_offset + 1, c.end_offset - c.start_offset) AS passage
         FROM chunks c JOIN documents d ON d.id = c.document_id`,
      )
      .all() as Chunk[];
  });
  afterAll(async () => {
    await core.close();
    temp.remove();
  });

  /** The baseline: a plain substring scan of every passage's folded text. */
  const scan = (query: string) =>
    new Set(
      chunks
        .filter((c) => strip(c.passage).includes(strip(query)))
        .map((c) => key(c.document_id, c.start_offset)),
    );

  it('equals a substring scan for 300 random substrings (1–6 characters), simplified and traditional', () => {
    const next = random(4242);
    const texts = chunks.map((c) => Array.from(c.passage.replace(/\s+/g, '')));
    let checked = 0;
    while (checked < 300) {
      const chars = texts[Math.floor(next() * texts.length)]!;
      if (chars.length < 6) continue;
      const length = 1 + Math.floor(next() * 6);
      const at = Math.floor(next() * (chars.length - length));
      const original = chars.slice(at, at + length).join('');
      if (/["\s]/.test(original) || original.startsWith('-') || original === 'OR') continue;
      const simplified = foldForSearch(original);
      for (const query of [simplified, toTraditional(simplified)]) {
        const expected = scan(query);
        const found = new Set(find(query).map((h) => key(h.docId, h.start)));
        expect([...found].sort(), `query ${JSON.stringify(query)}`).toEqual([...expected].sort());
        expect(found.size).toBeGreaterThan(0);
      }
      checked++;
    }
  });

  it('finds 工改 in every passage where the literal term occurs (小榄, 三乡, 南朗)', () => {
    const hits = find('工改');
    expect(new Set(hits.map((h) => key(h.docId, h.start)))).toEqual(scan('工改'));
    expect(new Set(hits.map((h) => h.town))).toEqual(new Set(['小榄镇', '三乡镇', '南朗镇']));
  });

  it('treats 小欖 and 小榄 as the same', () => {
    const traditional = find('小欖').map((h) => key(h.docId, h.start));
    const simplified = find('小榄').map((h) => key(h.docId, h.start));
    expect(traditional.length).toBeGreaterThan(0);
    expect(traditional.sort()).toEqual(simplified.sort());
    expect(new Set(find('小欖').map((h) => h.town))).toEqual(new Set(['小榄镇']));
  });

  it('finds numbers as they are written: 3001.84 in the 小榄 year-end summary', () => {
    const hits = find('3001.84');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ town: '小榄镇', year: 2023 });
  });

  it('finds 营商环境 in the four towns', () => {
    const towns = new Set(find('营商环境').map((h) => h.town));
    for (const town of ['小榄镇', '三乡镇', '鹤山市', '南朗镇']) expect(towns).toContain(town);
  });

  it('finds a 2-character word inside a longer word, and a phrase across word boundaries', () => {
    // 工业 sits inside 工业园 / 工业用地; 用地整 crosses the words 用地 and 整治.
    expect(new Set(find('工业').map((h) => key(h.docId, h.start)))).toEqual(scan('工业'));
    expect(find('用地整').length).toBeGreaterThan(0);
    expect(new Set(find('用地整').map((h) => key(h.docId, h.start)))).toEqual(scan('用地整'));
  });

  it('highlights exactly the matching original characters, for every hit', () => {
    for (const query of ['工改', '小欖', '營商環境', '3001.84', '乡村振兴']) {
      const hits = search(core.library.db, { query, limit: 1000 }).hits;
      for (const hit of hits) {
        const text = core.handlers.getDocument({ id: hit.docId }) as { text: string };
        const chars = Array.from((text as { text: string }).text);
        expect(hit.highlights.length).toBe(hit.hitCount);
        for (const range of hit.highlights) {
          expect(strip(chars.slice(range.start, range.end).join(''))).toBe(strip(query));
        }
        for (const range of hit.snippet.highlights) {
          expect(strip(Array.from(hit.snippet.text).slice(range.start, range.end).join(''))).toBe(
            strip(query),
          );
        }
      }
    }
  });

  it('understands "exact phrases", -exclusions and OR, and filters by town and year', () => {
    const both = find('工改 营商环境');
    for (const hit of both) {
      const passage = strip(
        chunks.find((c) => c.document_id === hit.docId && c.start_offset === hit.start)!.passage,
      );
      expect(passage).toContain('工改');
      expect(passage).toContain('营商环境');
    }
    const excluded = find('工改 -小榄');
    expect(
      excluded.every(
        (h) =>
          !strip(
            chunks.find((c) => c.document_id === h.docId && c.start_offset === h.start)!.passage,
          ).includes('小榄'),
      ),
    ).toBe(true);
    const either = new Set(find('河长制 OR 3001.84').map((h) => h.docId));
    expect(either.size).toBeGreaterThanOrEqual(1);
    const filtered = search(core.library.db, {
      query: '工改',
      filters: { towns: ['南朗镇'] },
      limit: 100,
    }).hits;
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((h) => h.town === '南朗镇')).toBe(true);
    const years = search(core.library.db, {
      query: '营商环境',
      filters: { yearFrom: 2022, yearTo: 2022 },
    }).hits;
    expect(years.every((h) => h.year === 2022)).toBe(true);
    expect(() => find('-工改')).toThrow(/at least one word/);
  });

  it('ranks a passage where the query is a word above one where it only occurs inside words', () => {
    const hits = find('工改');
    expect(hits[0]?.score).toBeGreaterThan(0);
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('shows section paths with their numbering', () => {
    const hit = find('加速项目落地')[0]!;
    expect(hit.sectionPath.join(' › ')).toMatch(/^5\.加速项目落地/);
  });
});
