import { describe, expect, it } from 'vitest';
import { detectYear } from '../../electron/core/metadata/year';

const year = (input: Partial<Parameters<typeof detectYear>[0]> & { cleaned: string }) =>
  detectYear({ original: input.cleaned, title: null, fileName: 'doc.txt', now: 2025, ...input });

describe('detectYear', () => {
  it('takes the year from the title first', () => {
    const result = year({ title: '2021年工作安排', cleaned: '2020年完成了目标。2019年开始建设。' });
    expect(result.value).toBe(2021);
    expect(result.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('reads report conventions', () => {
    expect(
      year({ cleaned: '2023年是深入贯彻党的二十大精神的开局之年。2022年完成了调整。' }).value,
    ).toBe(2023);
    expect(
      year({ cleaned: '一、2022年工作回顾\n二、2023年工作安排\n2022年全镇完成投资。' }).value,
    ).toBe(2023);
    expect(year({ cleaned: '正文', original: '乡镇2023年政府工作报告-35篇\n正文' }).value).toBe(
      2023,
    );
    expect(
      year({ cleaned: '小欖這一年', original: '2023\nYEAR\nEND SUMMARY\n小欖這一年' }).value,
    ).toBe(2023);
    expect(year({ cleaned: '2021年度工作總結' }).value).toBe(2021);
  });

  it('prefers the latest content year over a later repost stamp', () => {
    const original =
      '圖文 更新时间:2024-07-24 18:12:43\n2021年,市场主体突破8.5万户。2022年将推进改造。';
    const result = year({ original, cleaned: '2021年,市场主体突破8.5万户。2022年将推进改造。' });
    expect(result.value).toBe(2022);
  });

  it('ignores targets, plan horizons and range ends', () => {
    const cleaned =
      '2021年全镇GDP增长8%。到2025年,全镇经济总量进入前五;为2035年国土空间规划预留用地;“十四五”(2021-2025年)。';
    expect(year({ cleaned }).value).toBe(2021);
    expect(year({ cleaned: '力争到2025年建成百强县。2023年县镇村三级任务清单。' }).value).toBe(
      2023,
    );
  });

  it('falls back to the file name and the publication date', () => {
    expect(year({ cleaned: '没有年份的正文。', fileName: 'xiaolan-2022-news.txt' }).value).toBe(
      2022,
    );
    const published = year({ cleaned: '没有年份的正文。', published: '2021-03-03' });
    expect(published.value).toBe(2021);
    expect(published.confidence).toBeLessThan(0.5);
    const stamp = year({ cleaned: '正文。', original: '发布日期:2020-05-06\n正文。' });
    expect(stamp.value).toBe(2020);
  });

  it('never returns a year after next year, and nothing without evidence', () => {
    expect(year({ cleaned: '2099年目标。' }).value).toBeNull();
    expect(year({ cleaned: '没有年份。' })).toEqual({ value: null, confidence: 0, evidence: null });
  });
});
