import { describe, expect, it } from 'vitest';
import { runChain, type SeedName } from '../text/seeds';

interface Expected {
  town: string;
  county: string;
  city: string;
  level: 'town' | 'county';
  year: number;
  kind: string;
  divisionCode: string;
  title: string;
}

const EXPECTED: Record<SeedName, Expected> = {
  xiaolanSummary: {
    town: '小榄镇',
    county: '中山市',
    city: '中山市',
    level: 'town',
    year: 2023,
    kind: 'year_end_summary',
    divisionCode: '442000118',
    title: '小欖這一年',
  },
  xiaolanNews: {
    town: '小榄镇',
    county: '中山市',
    city: '中山市',
    level: 'town',
    year: 2022,
    kind: 'news',
    divisionCode: '442000118',
    title: '中山市工改半年總結',
  },
  sanxiang: {
    town: '三乡镇',
    county: '中山市',
    city: '中山市',
    level: 'town',
    year: 2023,
    kind: 'work_report',
    divisionCode: '442000114',
    // The excerpt has no title of its own: its first heading stands in.
    title: '加速项目落地',
  },
  heshan: {
    town: '鹤山市',
    county: '鹤山市',
    city: '江门市',
    level: 'county',
    year: 2023,
    kind: 'news',
    divisionCode: '440784',
    title: '发展县域经济,奋力再造一个工业新鹤山',
  },
  nanlang: {
    // Listed as 南朗街道; the 2021 text says 南朗镇, and the document's form is reported.
    town: '南朗镇',
    county: '中山市',
    city: '中山市',
    level: 'town',
    year: 2021,
    kind: 'work_plan',
    divisionCode: '442000008',
    title: '2021年工作安排(节选自政府工作报告)',
  },
};

describe.each(Object.entries(EXPECTED) as [SeedName, Expected][])(
  'detectMetadata: %s',
  (name, expected) => {
    // With the seed's own file name and with a neutral one: the year in the name must not matter.
    it.each([undefined, 'document.txt'])('file name %s', (fileName) => {
      const { metadata } = runChain(name, fileName);
      expect(metadata.town.value).toBe(expected.town);
      expect(metadata.county.value).toBe(expected.county);
      expect(metadata.city.value).toBe(expected.city);
      expect(metadata.province.value).toBe('广东省');
      expect(metadata.level.value).toBe(expected.level);
      expect(metadata.year.value).toBe(expected.year);
      expect(metadata.kind.value).toBe(expected.kind);
      expect(metadata.divisionCode).toBe(expected.divisionCode);
      expect(metadata.title.value).toBe(expected.title);
    });

    it('gives confidences in 0..1 and evidence for what it found', () => {
      const { metadata } = runChain(name);
      for (const field of [
        'title',
        'town',
        'county',
        'city',
        'province',
        'level',
        'year',
        'kind',
      ] as const) {
        const { value, confidence, evidence } = metadata[field];
        expect(value).not.toBeNull();
        expect(confidence).toBeGreaterThan(0);
        expect(confidence).toBeLessThanOrEqual(1);
        if (field !== 'province') expect(evidence).toEqual(expect.any(String));
      }
      expect(metadata.town.confidence).toBeGreaterThanOrEqual(0.7);
    });
  },
);

describe('detectMetadata specifics', () => {
  it('takes the content year of a reposted news feature, not the repost stamp', () => {
    const { metadata } = runChain('xiaolanNews', 'document.txt');
    expect(metadata.year.value).toBe(2022);
    expect(metadata.year.evidence).not.toContain('2024');
  });

  it('never takes page chrome as the title', () => {
    expect(runChain('nanlang').metadata.title.value).not.toContain('无障碍');
    expect(runChain('xiaolanNews').metadata.title.value).not.toContain('tft');
    expect(runChain('heshan').metadata.title.value).not.toContain('JMA13');
  });

  it('reports the Heshan page as the county-level city, not one of its towns', () => {
    const { metadata } = runChain('heshan');
    expect(metadata.town.value).toBe('鹤山市');
    expect(metadata.level.value).toBe('county');
    expect(metadata.town.evidence).toContain('鹤山');
  });

  it('quotes evidence as the document writes it (traditional stays traditional)', () => {
    const { metadata } = runChain('xiaolanSummary');
    expect(metadata.town.evidence).toContain('小欖鎮');
    expect(metadata.year.evidence).toContain('2023年是');
    expect(metadata.kind.evidence).toContain('這一年');
  });

  it('prefers a meaningful source title and uses given headings', async () => {
    const { detectMetadata } = await import('../../electron/core/metadata/detect');
    const { original, cleaned } = runChain('sanxiang');
    const withTitle = detectMetadata({
      original,
      cleaned: cleaned.text,
      fileName: 'x.html',
      sourceTitle: '三乡镇2023年政府工作报告_中山市人民政府',
      published: '2023-02-10',
    });
    expect(withTitle.title.value).toBe('三乡镇2023年政府工作报告');
    expect(withTitle.title.confidence).toBeGreaterThan(0.8);
    expect(withTitle.kind.value).toBe('work_report');
    expect(withTitle.year.value).toBe(2023);
    const withHeadings = detectMetadata({
      original,
      cleaned: cleaned.text,
      fileName: 'x.docx',
      headings: ['坚持扩内需稳外需'],
    });
    expect(withHeadings.title.value).toBe('坚持扩内需稳外需');
  });
});
