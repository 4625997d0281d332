import { describe, expect, it } from 'vitest';
import { detectOutline, type OutlineSection } from '../../electron/core/structure/outline';
import { sliceCodePoints } from '../../electron/core/text/code-points';
import { runChain, SEEDS, type SeedName } from '../text/seeds';

const SEED_NAMES = Object.keys(SEEDS) as SeedName[];

/** Structural invariants every outline must satisfy. */
function expectWellFormed(sections: readonly OutlineSection[], text: string): void {
  const length = [...text].length;
  sections.forEach((section, index) => {
    expect(section.start).toBeLessThan(section.end);
    expect(section.end).toBeLessThanOrEqual(length);
    if (index > 0)
      expect(section.start).toBeGreaterThan((sections[index - 1] as OutlineSection).start);
    if (section.parentIndex === null) {
      expect(section.level).toBe(1);
    } else {
      expect(section.parentIndex).toBeLessThan(index);
      const parent = sections[section.parentIndex] as OutlineSection;
      expect(section.level).toBe(parent.level + 1);
      expect(section.start).toBeGreaterThan(parent.start);
      expect(section.end).toBeLessThanOrEqual(parent.end);
    }
    // The next section of the same or a higher level starts where this one ends.
    const next = sections.slice(index + 1).find((s) => s.level <= section.level);
    expect(section.end).toBe(next ? next.start : length);
    // A section starts at the start of a line.
    expect(
      section.start === 0 || sliceCodePoints(text, section.start - 1, section.start) === '\n',
    ).toBe(true);
  });
}

describe('detectOutline on the seeds', () => {
  it.each(SEED_NAMES)('%s: well-formed', (name) => {
    const { cleaned, outline } = runChain(name);
    expect(outline.length).toBeGreaterThan(0);
    expectWellFormed(outline, cleaned.text);
  });

  it('nanlang: the nine parts (一)…(九) are the level-1 sections', () => {
    const { outline, cleaned } = runChain('nanlang');
    const top = outline.filter((s) => s.level === 1);
    expect(top).toHaveLength(9);
    expect(top.map((s) => s.marker)).toEqual([
      '(一)',
      '(二)',
      '(三)',
      '(四)',
      '(五)',
      '(六)',
      '(七)',
      '(八)',
      '(九)',
    ]);
    expect(top[0]?.title).toBe('实施重大产业平台“头号工程”,打造湾区生物医药中心');
    expect(top[8]?.title).toBe('加强政府自身建设,为高质量发展保驾护航');
    expect(
      sliceCodePoints(cleaned.text, top[0]?.start ?? 0).startsWith('(一)实施重大产业平台'),
    ).toBe(true);
  });

  it('sanxiang: (三)…(七) with their numbered children, and the orphan 5.–7. on top', () => {
    const { outline } = runChain('sanxiang');
    const titles = outline.map((s) => s.title);
    const orphan = outline.find((s) => s.title === '加速项目落地');
    expect(orphan).toMatchObject({ level: 1, parentIndex: null, start: 0, marker: '5.' });
    expect(outline.filter((s) => s.level === 1).map((s) => s.marker)).toEqual([
      '5.',
      '6.',
      '7.',
      '(三)',
      '(四)',
      '(五)',
      '(六)',
      '(七)',
    ]);
    const part = outline.findIndex((s) => s.title === '坚持落实"百千万"工程,推动镇村高质量发展');
    expect(part).toBeGreaterThanOrEqual(0);
    const child = outline.find((s) => s.title === '着力建设现代乡村产业体系');
    expect(child).toMatchObject({ level: 2, parentIndex: part, marker: '1.' });
    expect(titles).toContain('坚持扩内需稳外需,全力以赴拼经济');
    const third = outline.findIndex((s) => s.marker === '(三)');
    expect(outline.filter((s) => s.parentIndex === third).map((s) => s.title)).toEqual([
      '加强经济运行监测调度分析',
      '更大力度激活消费',
      '促进房地产和建筑业平稳健康发展',
      '着力稳外贸稳外资',
    ]);
  });

  it('xiaolan summary: paired short heading lines become one section each', () => {
    const { outline } = runChain('xiaolanSummary');
    expect(outline.map((s) => s.title)).toEqual([
      '聚力平臺建設 打造高質量發展引擎',
      '強化招商引資 多措并舉促進項目落地',
      '聚焦“工改”賦能 挺起制造業更硬脊梁',
      '高效服務企業 促進營商環境更加優質',
      '突出美麗宜居 打造城鄉融合綠美小欖',
      '滿足群眾期盼 確保民生福祉更有質感',
      '深化文旅整合 書寫文化興城錦繡文章',
    ]);
    expect(outline.some((s) => s.title.startsWith('聚焦“工改”賦能'))).toBe(true);
    expect(outline.every((s) => s.level === 1)).toBe(true);
  });

  it('heshan: the four standalone headings, not the title or the byline', () => {
    const { outline } = runChain('heshan');
    expect(outline.map((s) => s.title)).toEqual([
      '坚持高位统筹,构建强有力工作推进机制',
      '发展县域经济,大力建平台兴园区',
      '狠抓城镇提能,全面提升县镇综合承载力',
      '突出强村富民,打造绿美广东“鹤山样板”',
    ]);
  });

  it('xiaolan news: bullets nest under the standalone heading before them', () => {
    const { outline } = runChain('xiaolanNews');
    const panorama = outline.findIndex((s) => s.title === '五年掠影');
    expect(panorama).toBeGreaterThanOrEqual(0);
    const bullets = outline.filter((s) => s.parentIndex === panorama);
    expect(bullets.map((s) => s.title)).toEqual([
      '城市發展',
      '動能培育',
      '産業壯大',
      '宜商改革',
      '文化興城',
    ]);
    expect(outline.map((s) => s.title)).not.toContain('中山市工改半年總結');
  });
});

describe('detectOutline', () => {
  const BODY = '这是一段正文内容,用来说明这个部分的具体工作安排和主要措施。';

  it('nests markers in the order they appear', () => {
    const text = [
      '一、总体要求',
      BODY,
      '（一）指导思想',
      BODY,
      '1.坚持党的领导。' + BODY,
      '（1）加强组织。' + BODY,
      '2.坚持人民至上。' + BODY,
      '（二）主要目标',
      BODY,
      '二、重点任务',
      BODY,
    ].join('\n');
    const outline = detectOutline(text);
    expect(outline.map((s) => [s.level, s.title])).toEqual([
      [1, '总体要求'],
      [2, '指导思想'],
      [3, '坚持党的领导'],
      [4, '加强组织'],
      [3, '坚持人民至上'],
      [2, '主要目标'],
      [1, '重点任务'],
    ]);
    expectWellFormed(outline, text);
  });

  it('follows the document when it uses an unusual order', () => {
    // 1. first, then (一) under it: as Word would number it, (一) is the second level.
    const text = [
      '1.总体要求',
      BODY,
      '(一)指导思想',
      BODY,
      '(二)主要目标',
      BODY,
      '2.重点任务',
      BODY,
    ].join('\n');
    expect(detectOutline(text).map((s) => [s.level, s.title])).toEqual([
      [1, '总体要求'],
      [2, '指导思想'],
      [2, '主要目标'],
      [1, '重点任务'],
    ]);
  });

  it('counts offsets in code points', () => {
    const text = ['😀𠀀标题行', BODY, '一、第一部分', BODY, '二、第二部分', BODY].join('\n');
    const outline = detectOutline(text);
    expect(outline.map((s) => s.title)).toEqual(['第一部分', '第二部分']);
    const start = [...`😀𠀀标题行\n${BODY}\n`].length;
    expect(outline[0]?.start).toBe(start);
    expectWellFormed(outline, text);
  });

  it('takes a marker alone on its line with the title on the next line', () => {
    const text = ['一、', '总体要求', BODY, '二、', '重点任务', BODY].join('\n');
    expect(detectOutline(text).map((s) => s.title)).toEqual(['总体要求', '重点任务']);
  });

  it('uses heading hints when given, with their levels', () => {
    const text = [
      '小榄镇2023年工作总结',
      BODY,
      '一、工作回顾',
      BODY,
      '发展成效',
      BODY,
      '二、下一步计划',
      BODY,
    ].join('\n');
    const outline = detectOutline(text, {
      headings: [
        { text: '一、工作回顾', level: 1 },
        { text: '发展成效', level: 3 },
        { text: '二、下一步计划', level: 1 },
        { text: '不在文中的标题', level: 1 },
      ],
    });
    expect(outline.map((s) => [s.level, s.title])).toEqual([
      [1, '工作回顾'],
      [2, '发展成效'],
      [1, '下一步计划'],
    ]);
    expectWellFormed(outline, text);
  });

  it('falls back to detection when no hint is found, and handles empty text', () => {
    const text = ['一、总体要求', BODY].join('\n');
    expect(detectOutline(text, { headings: [{ text: '无关', level: 1 }] })).toHaveLength(1);
    expect(detectOutline(text, {})).toHaveLength(1);
    expect(detectOutline('')).toEqual([]);
    expect(detectOutline(BODY)).toEqual([]);
  });

  it('does not take a run of many short lines as headings', () => {
    const text = [BODY, '名单如下', '张三同志', '李四同志', '王五同志', '赵六同志', BODY].join(
      '\n',
    );
    expect(detectOutline(text)).toEqual([]);
  });
});
