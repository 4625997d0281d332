import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { findSharedPhrases, MIN_PHRASE } from '../../electron/core/compare/shared-phrases';
import type { Handlers } from '../../shared/api';
import type { ComparisonResult, Tag } from '../../shared/domain';
import { importAndWait, openTestCore } from '../helpers/core';
import { makeTempDir, SEEDS_DIR } from '../helpers/paths';

/** The sections proposed for a town in the first row. */
function cell(result: ComparisonResult, town: string) {
  return result.rows[0]!.cells.find((c) => c.town === town)!.sections;
}

function expectGongGaiAlignment(result: ComparisonResult): void {
  expect(result.towns).toEqual(expect.arrayContaining(['小榄镇', '三乡镇', '南朗镇', '鹤山市']));
  expect(cell(result, '小榄镇').some((s) => s.text.startsWith('聚焦“工改”賦能'))).toBe(true);
  expect(
    cell(result, '三乡镇').some((s) =>
      /^(1\.着力建设现代乡村产业体系|5\.加速项目落地)/.test(s.sectionPath.at(-1) ?? ''),
    ),
  ).toBe(true);
  expect(cell(result, '南朗镇').some((s) => s.text.includes('老旧工业园区改造'))).toBe(true);
  // 工改 never occurs in the 鹤山 article: found by similarity, not by keyword.
  const heshan = cell(result, '鹤山市');
  expect(heshan.map((s) => s.text).join('')).not.toContain('工改');
  expect(heshan.some((s) => s.text.includes('低效工业用地整治'))).toBe(true);
  for (const town of result.rows[0]!.cells) {
    for (const section of town.sections) expect(section.matchedTerms.length).toBeGreaterThan(0);
  }
}

describe('comparing 工改 across towns (issue #6)', () => {
  const temp = makeTempDir();
  let core: Core;
  const h = () => core.handlers as unknown as Record<keyof Handlers, (input: unknown) => unknown>;

  beforeAll(async () => {
    core = openTestCore(path.join(temp.dir, 'library'));
    await importAndWait(core, [SEEDS_DIR]);
  });
  afterAll(async () => {
    await core.close();
    temp.remove();
  });

  it('aligns each town’s section on 工改 from a query', () => {
    expectGongGaiAlignment(
      h().compare({ theme: { kind: 'query', value: '工改' } }) as ComparisonResult,
    );
  });

  it('aligns the same sections from a tag filled by auto-coding', () => {
    const tag = h().createTag({ name: '工改' }) as Tag;
    h().autocode({ query: '工改', tagId: tag.id });
    expectGongGaiAlignment(
      h().compare({ theme: { kind: 'tag', value: String(tag.id) } }) as ComparisonResult,
    );
  });

  it('tabulates the figures with their phrase and whether they are achieved or targeted', () => {
    const result = h().compare({ theme: { kind: 'query', value: '工改' } }) as ComparisonResult;
    const figure = (original: RegExp) => result.figures.find((f) => original.test(f.original));
    expect(figure(/^3001\.84[畝亩]$/)).toMatchObject({
      town: '小榄镇',
      value: 3001.84,
      unit: '亩',
      kind: 'achievement',
    });
    expect(figure(/^8328亩$/)).toMatchObject({
      town: '鹤山市',
      value: 8328,
      unit: '亩',
      kind: 'achievement',
    });
    expect(figure(/^500亩$/)).toMatchObject({
      town: '南朗镇',
      value: 500,
      unit: '亩',
      kind: 'target',
    });
    expect(figure(/^3001\.84/)?.subject).toContain('低效工业用地');
    expect(figure(/^500亩$/)?.subject).toMatch(/工改工|连片改造|工业园/);
  });

  it('keeps pinned and removed sections when the proposal is recomputed', () => {
    const saved = h().saveComparison({
      name: '工改比较',
      theme: { kind: 'query', value: '工改' },
    }) as ComparisonResult;
    const row = saved.rows[0]!;
    const heshan = cell(saved, '鹤山市');
    const best = heshan[0]!;
    const sections = h().getDocument({ id: best.docId }) as {
      sections: { id: number; title: string }[];
    };
    const other = sections.sections.find((s) => !heshan.some((p) => p.sectionId === s.id))!;
    h().setCellChoice({
      rowId: row.id,
      town: '鹤山市',
      sectionId: best.sectionId,
      choice: 'removed',
    });
    h().setCellChoice({ rowId: row.id, town: '鹤山市', sectionId: other.id, choice: 'pinned' });
    h().setCellNote({ rowId: row.id, town: '鹤山市', note: '鹤山以低效工业用地整治为主' });
    const again = h().getComparison({ id: saved.id }) as ComparisonResult;
    const now = cell(again, '鹤山市');
    expect(now.map((s) => s.sectionId)).not.toContain(best.sectionId);
    expect(now.find((s) => s.sectionId === other.id)?.pinned).toBe(true);
    expect(again.rows[0]!.cells.find((c) => c.town === '鹤山市')?.note).toBe(
      '鹤山以低效工业用地整治为主',
    );
    expect((h().listComparisons({}) as { name: string }[]).map((c) => c.name)).toContain(
      '工改比较',
    );
  });

  it('tells, instead of failing, when a document in a comparison was deleted', () => {
    const saved = (h().listComparisons({}) as { id: number }[])[0]!;
    const before = h().getComparison({ id: saved.id }) as ComparisonResult;
    const pinned = cell(before, '鹤山市').find((s) => s.pinned)!;
    h().deleteDocument({ id: pinned.docId });
    const after = h().getComparison({ id: saved.id }) as ComparisonResult;
    expect(after.notices.join(' ')).toMatch(/no longer exists/);
    expect(after.towns).not.toContain('鹤山市');
  });
});

describe('shared phrases (text reuse)', () => {
  it('finds a planted 20-character sentence shared by two towns, and nothing between unrelated texts', () => {
    const planted = '坚持以项目建设为中心推动高质量发展不动摇';
    expect(Array.from(planted)).toHaveLength(20);
    const { phrases, ranges } = findSharedPhrases([
      { key: 'a', town: '甲镇', text: `甲镇今年修建道路三条。${planted}。另有学校两所。` },
      { key: 'b', town: '乙镇', text: `乙镇举办文化节。${planted}！全年引进企业五家。` },
      { key: 'c', town: '丙镇', text: '丙镇完善医疗服务体系，建设社区卫生中心。' },
    ]);
    expect(phrases.map((p) => p.text)).toContain(planted);
    expect(phrases.find((p) => p.text === planted)?.towns.sort()).toEqual(['乙镇', '甲镇']);
    expect(ranges.get('a')?.length).toBe(1);
    const unrelated = findSharedPhrases([
      { key: 'x', town: '甲镇', text: '推进河道整治，完成污水管网建设。' },
      { key: 'y', town: '乙镇', text: '举办龙舟赛事，打造特色文化品牌。' },
    ]);
    expect(unrelated.phrases.filter((p) => Array.from(p.text).length >= MIN_PHRASE)).toEqual([]);
  });
});
