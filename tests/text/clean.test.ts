import { describe, expect, it } from 'vitest';
import { isFoldOf } from '../../electron/core/text/cleaning/fold-width';
import { cleanText } from '../../electron/core/text/clean';
import { runChain, SEEDS, type SeedName } from './seeds';

const SEED_NAMES = Object.keys(SEEDS) as SeedName[];

/** A small deterministic PRNG (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Offsets where input[toOriginal(i)] is neither cleaned[i] nor a character that folds to it
 * (checked without an expect per offset, to stay fast).
 */
function mismatches(
  input: string,
  offsets: Iterable<number>,
  text: string,
  map: (i: number) => number,
): string[] {
  const inputCodePoints = Array.from(input, (ch) => ch.codePointAt(0) ?? 0);
  const cleanedCodePoints = Array.from(text, (ch) => ch.codePointAt(0) ?? 0);
  const bad: string[] = [];
  for (const i of offsets) {
    const original = inputCodePoints[map(i)];
    const cleaned = cleanedCodePoints[i];
    if (original === undefined || cleaned === undefined) bad.push(`${i}: out of range`);
    else if (original !== cleaned && !isFoldOf(original, cleaned))
      bad.push(`${i}: ${original} → ${cleaned}`);
  }
  return bad;
}

function expectMapsBack(
  input: string,
  offsets: Iterable<number>,
  text: string,
  map: (i: number) => number,
): void {
  expect(mismatches(input, offsets, text, map)).toEqual([]);
}

describe('cleanText on the seeds', () => {
  it('removes pinyin annotations from the year-end summary', () => {
    const { text } = runChain('xiaolanSummary').cleaned;
    expect(text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
    expect(text).not.toContain('(zh');
    expect(text).not.toContain('(fā');
    expect(text).toContain('小欖鎮重塑發展優勢');
    expect(text).toContain('25個村(社區)啟動“工改”');
    expect(text).toContain('智能家居產業園(小欖片)');
    expect(text).toContain('聚焦“工改”賦能');
    expect(text).not.toContain('XIAOLAN');
    // Traditional stays traditional.
    expect(text).toContain('鎮');
  });

  it('removes the web debris of the news feature and keeps its content', () => {
    const { text, removed } = runChain('xiaolanNews').cleaned;
    for (const debris of [
      'tft每日頭條',
      'Copyright',
      '查看全部',
      '更新时间',
      '> 圖文',
      '相关圖文资讯推荐',
      '网友关注',
      '中山市工改半年總結(中山小榄工改)1',
      '【來源】',
    ]) {
      expect(text).not.toContain(debris);
    }
    expect(text.split('\n')[0]).toBe('中山市工改半年總結');
    expect(text).toContain('重塑高質量發展優勢');
    expect(text).toContain('●文化興城');
    expect(text).toContain('深化“中國民間(書畫文化)藝術之鄉”品牌');
    expect(removed.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['site-name', 'navigation', 'stamp', 'copyright', 'image-caption']),
    );
  });

  it('removes the newspaper page chrome and footer of the Heshan page', () => {
    const { text } = runChain('heshan').cleaned;
    for (const debris of [
      '第JMA13版',
      '本文字数',
      '分享到微信',
      '版权所有',
      '大洋网',
      '广州日报APP',
      '(鹤讯)',
      '星期四',
    ]) {
      expect(text).not.toContain(debris);
    }
    expect(text.split('\n')[0]).toBe('发展县域经济,奋力再造一个工业新鹤山');
    expect(text).toContain('坚持高位统筹,构建强有力工作推进机制');
    expect(text.endsWith('目前已启动彩虹岭古驿道示范段建设。')).toBe(true);
  });

  it('removes the page chrome of the Nanlang page and the indentation', () => {
    const { text } = runChain('nanlang').cleaned;
    expect(text).not.toContain('无障碍');
    expect(text).not.toContain('您当前的位置');
    expect(text).not.toContain('信息来源');
    expect(text.split('\n')[0]).toBe('2021年工作安排(节选自政府工作报告)');
    expect(text.split('\n')[1]?.startsWith('2021年是“十四五”开局之年')).toBe(true);
    expect(text).not.toMatch(/^ /mu);
  });

  it('starts the Sanxiang excerpt at its first outline item', () => {
    const { text } = runChain('sanxiang').cleaned;
    expect(text.startsWith('5.加速项目落地。')).toBe(true);
  });

  it.each(SEED_NAMES)('%s: paragraphs on single lines, no blank lines', (name) => {
    const { text } = runChain(name).cleaned;
    expect(text).not.toMatch(/\n\n/u);
    expect(text).not.toMatch(/^\s|\s$/u);
    expect(text).not.toMatch(/[ \t]+$/mu);
  });

  it.each(SEED_NAMES)('%s: every cleaned code point maps back to the same character', (name) => {
    const { original, cleaned } = runChain(name);
    const length = [...cleaned.text].length;
    const next = random(name.length * 7919);
    const offsets = Array.from({ length: 400 }, () => Math.floor(next() * length));
    expectMapsBack(original, offsets, cleaned.text, cleaned.toOriginal);
    // And every offset once, in order: the map never goes backwards.
    const backwards: number[] = [];
    for (let i = 1; i < length; i++) {
      if (cleaned.toOriginal(i) <= cleaned.toOriginal(i - 1)) backwards.push(i);
    }
    expect(backwards).toEqual([]);
    expectMapsBack(
      original,
      Array.from({ length }, (_, i) => i),
      cleaned.text,
      cleaned.toOriginal,
    );
    expect(cleaned.toOriginal(length)).toBe([...original].length);
  });
});

describe('cleanText', () => {
  it('maps offsets across surrogate pairs, width folds and removed lines', () => {
    const input =
      'tft每日頭條\r\n\r\n\u3000\u3000😀小 榄 鎮(zhèn)ＧＤＰ增长８％。\r\n𠀀相关推荐\r\n';
    const cleaned = cleanText(input);
    expect(cleaned.text).toBe('😀小榄鎮GDP增长8%。\n𠀀相关推荐');
    const length = [...cleaned.text].length;
    expectMapsBack(
      input,
      Array.from({ length }, (_, i) => i),
      cleaned.text,
      cleaned.toOriginal,
    );
    expect(cleaned.toOriginal(0)).toBe([...'tft每日頭條\r\n\r\n\u3000\u3000'].length);
  });

  it('a random mix of debris, pinyin and wide characters always maps back', () => {
    const pieces = [
      '小榄镇',
      '鎮(zhèn)',
      '發(fā)展',
      '\u3000',
      ' ',
      '\n',
      '\r\n',
      'ＧＤＰ',
      '😀',
      '𠀀',
      '。',
      '(社區)',
      'tft每日頭條\n',
      '查看全部\n',
      'GDP growth ',
      '\t',
    ];
    for (let seed = 1; seed <= 30; seed++) {
      const next = random(seed);
      const input = Array.from(
        { length: 40 },
        () => pieces[Math.floor(next() * pieces.length)] ?? '',
      ).join('');
      const cleaned = cleanText(input, { format: seed % 2 === 0 ? 'pdf' : 'txt' });
      const length = [...cleaned.text].length;
      expectMapsBack(
        input,
        Array.from({ length }, (_, i) => i),
        cleaned.text,
        cleaned.toOriginal,
      );
    }
  });

  it('keeps an empty input empty', () => {
    const cleaned = cleanText('');
    expect(cleaned.text).toBe('');
    expect(cleaned.toOriginal(0)).toBe(0);
    expect(cleaned.removed).toEqual([]);
  });
});
