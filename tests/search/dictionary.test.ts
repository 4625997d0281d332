import fs from 'node:fs';
import path from 'node:path';
import nodejieba from 'nodejieba';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../electron/core/text/to-simplified';
import { REPO_ROOT, SEEDS_DIR } from '../helpers/paths';

const DICT_DIR = path.join(REPO_ROOT, 'electron/core/search/dict');
const TERMS_FILE = path.join(DICT_DIR, 'policy-terms.txt');
const STOPWORDS_FILE = path.join(DICT_DIR, 'stopwords.txt');

// jieba keeps its dictionaries in process globals and may be loaded only once per process.
nodejieba.load({ userDict: TERMS_FILE });

const termsRaw = fs.readFileSync(TERMS_FILE, 'utf8');
const stopRaw = fs.readFileSync(STOPWORDS_FILE, 'utf8');
const termLines = termsRaw.split('\n').slice(0, -1);
/** The word of a dictionary line (the text before its first space). */
function wordOf(line: string): string {
  const space = line.indexOf(' ');
  return space < 0 ? line : line.slice(0, space);
}
const terms = termLines.map(wordOf);
const stopwords = stopRaw.split('\n').slice(0, -1);

/** `词语 频率 词性`: 2–12 characters (CJK, digits or Latin, e.g. 5G基站), a count, a POS tag. */
const LINE = /^[\u4e00-\u9fff0-9A-Za-z]{2,12} \d+ [a-z]+$/;
/** Official programme names longer than 12 characters, kept whole because they are searched. */
const LONG_OFFICIAL_NAMES = new Set(['百县千镇万村高质量发展工程']);
const LONG_LINE = /^[\u4e00-\u9fff]{13,20} \d+ [a-z]+$/;

function seed(name: string): string {
  return fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8');
}

/**
 * The 2023 Xiaolan summary was scraped from a page that glosses characters with pinyin in
 * parentheses (發(fā)展); the glosses are dropped so the prose reads as printed.
 */
function dropPinyinGlosses(text: string): string {
  return text.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/g, '');
}

/** Simplified copies of the seeds (two of them are in traditional characters). */
const SEED_TEXT = {
  heshan: seed('heshan-2023-newspaper.txt'),
  nanlang: seed('nanlang-2021-work-plan.txt'),
  sanxiang: seed('sanxiang-2023-work-report.txt'),
  xiaolanNews: toSimplified(seed('xiaolan-2022-news-feature.txt')),
  xiaolanSummary: toSimplified(dropPinyinGlosses(seed('xiaolan-2023-year-end-summary.txt'))),
};
type SeedKey = keyof typeof SEED_TEXT;

describe('policy-terms.txt (jieba user dictionary)', () => {
  it('is UTF-8 without BOM, LF line ends, one entry per line, ending in a newline', () => {
    expect(termsRaw.charCodeAt(0)).not.toBe(0xfeff);
    expect(termsRaw).not.toContain('\r');
    expect(termsRaw.endsWith('\n')).toBe(true);
    expect(termLines.every((line) => line.length > 0)).toBe(true);
  });

  it('has at least 260 distinct, well-formed entries', () => {
    expect(new Set(termLines).size).toBe(termLines.length);
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms.length).toBeGreaterThanOrEqual(260);
    const malformed = termLines.filter((line) => {
      if (LINE.test(line)) return false;
      return !(LONG_OFFICIAL_NAMES.has(wordOf(line)) && LONG_LINE.test(line));
    });
    expect(malformed).toEqual([]);
  });

  it('uses frequencies jieba can weigh and the agreed part-of-speech tags', () => {
    for (const line of termLines) {
      const [, freq = '', tag = ''] = line.split(' ');
      expect(Number(freq), line).toBeGreaterThanOrEqual(1000);
      expect(Number(freq), line).toBeLessThanOrEqual(50_000);
      expect(['n', 'nz', 'v', 'vn', 'l'], line).toContain(tag);
    }
  });

  it('is written in simplified characters', () => {
    const toSimplifiedPhrase = OpenCC.Converter({ from: 't', to: 'cn' });
    expect(terms.filter((term) => toSimplifiedPhrase(term) !== term)).toEqual([]);
    expect(terms.filter((term) => toSimplified(term) !== term)).toEqual([]);
  });

  it('contains the core programme names', () => {
    const required = [
      '工改',
      '工改工',
      '村级工业园',
      '百千万工程',
      '百县千镇万村高质量发展工程',
      '放管服',
      '放管服改革',
      '规上企业',
      '规模以上工业企业',
      '专精特新',
      '河长制',
      '林长制',
      '营商环境',
      '低效工业用地',
      '拿地即开工',
      '头号工程',
      '乡村振兴',
      '高质量发展',
      '双区',
      '粤港澳大湾区',
      '绿美广东',
      '驻镇帮镇扶村',
      '十件民生实事',
      '党的二十大精神',
      '5G基站',
      '深中通道',
      '翠亨新区',
    ];
    expect(required.filter((term) => !terms.includes(term))).toEqual([]);
  });

  it('keeps every term whole when it stands alone', () => {
    expect(terms.filter((term) => nodejieba.cut(term).join('|') !== term)).toEqual([]);
  });
});

describe('stopwords.txt', () => {
  it('is one distinct simplified word per line, a few hundred in all', () => {
    expect(stopRaw.charCodeAt(0)).not.toBe(0xfeff);
    expect(stopRaw).not.toContain('\r');
    expect(stopRaw.endsWith('\n')).toBe(true);
    expect(stopwords.every((word) => word.length > 0 && !/\s/.test(word))).toBe(true);
    expect(new Set(stopwords).size).toBe(stopwords.length);
    expect(stopwords.length).toBeGreaterThanOrEqual(400);
    expect(stopwords.length).toBeLessThanOrEqual(800);
    // Phrase-level check: the per-character fold maps 么 → 幺 and 著 → 着, so 什么 and 显著
    // would be flagged by it although they are standard simplified words.
    const toSimplifiedPhrase = OpenCC.Converter({ from: 't', to: 'cn' });
    expect(stopwords.filter((word) => toSimplifiedPhrase(word) !== word)).toEqual([]);
  });

  it('holds function words, boilerplate, punctuation, digits and letters', () => {
    for (const word of ['的', '了', '和', '与', '其', '之', '所', '进一步', '加强', '推进']) {
      expect(stopwords).toContain(word);
    }
    for (const word of ['工作', '建设', '发展', '同比', '增长', '，', '。', '“', ',', '0', 'a']) {
      expect(stopwords).toContain(word);
    }
  });

  it('shares no entry with the policy terms', () => {
    const stopSet = new Set(stopwords);
    expect(terms.filter((term) => stopSet.has(term))).toEqual([]);
  });
});

describe('nodejieba with the policy dictionary', () => {
  /** [term, sentence, seed the sentence is quoted from (simplified), or null if made up]. */
  const cases: [string, string, SeedKey | null][] = [
    ['工改', '推进工改和村级工业园升级改造', null],
    ['村级工业园', '推进工改和村级工业园升级改造', null],
    ['工改', '推动村集体作为改造主体参与"工改"', 'sanxiang'],
    ['工改', '建立健全"工改"与招商引资、增资扩产项目落地对接机制', 'sanxiang'],
    ['村级工业园', '推进村级工业园改造关乎小榄的未来', 'xiaolanNews'],
    ['百千万工程', '以头号工程扎实推进“百千万工程”', 'heshan'],
    ['头号工程', '以头号工程扎实推进“百千万工程”', 'heshan'],
    ['头号工程', '落实市委“3+4”重大产业平台头号工程', 'nanlang'],
    ['放管服', '深入推进“放管服”改革', 'nanlang'],
    ['规上企业', '镇(街)领导联系规上企业制度', 'heshan'],
    ['专精特新', '培育专精特新“小巨人”企业10家', 'nanlang'],
    ['河长制', '扎实开展河长制工作', 'nanlang'],
    ['营商环境', '持续深化营商环境建设', 'heshan'],
    ['营商环境', '着力打造市场化、法治化、国际化一流营商环境', 'sanxiang'],
    ['低效工业用地', '实施低效工业用地整治提升三年行动', 'heshan'],
    ['低效工业用地', '拆除整理低效工业用地3001.84亩', 'xiaolanSummary'],
    ['拿地即开工', '推行“拿地即开工”预审批制度', 'nanlang'],
  ];

  it.each(cases)('cuts %s as one word in “%s”', (term, sentence, source) => {
    if (source !== null) expect(SEED_TEXT[source]).toContain(sentence);
    expect(nodejieba.cut(sentence)).toContain(term);
  });

  it('finds the programme names as words across whole seed documents', () => {
    const expected: Record<SeedKey, string[]> = {
      heshan: ['百千万工程', '县域经济', '头号工程', '规上企业', '营商环境', '低效工业用地'],
      nanlang: ['放管服', '拿地即开工', '专精特新', '河长制', '双区', '深中通道', '十件民生实事'],
      sanxiang: ['工改', '林长制', '个转企', '小升规', '规模以上工业企业', '雨污分流', '一村一品'],
      xiaolanNews: ['村级工业园', '营商环境', '放管服', '高质量发展'],
      xiaolanSummary: ['工改', '百千万工程', '典型镇', '典型村', '低效工业用地', '雨污分流'],
    };
    for (const [key, words] of Object.entries(expected) as [SeedKey, string[]][]) {
      const tokens = new Set(nodejieba.cut(SEED_TEXT[key]));
      expect(
        words.filter((word) => !tokens.has(word)),
        key,
      ).toEqual([]);
    }
  });

  it('does not glue a 2-character term across ordinary words', () => {
    expect(nodejieba.cut('加工改造车间')).not.toContain('工改');
    expect(nodejieba.cut('施工改造完成')).not.toContain('工改');
    expect(nodejieba.cut('人工改为机器')).not.toContain('工改');
    expect(nodejieba.cut('严控规模')).not.toContain('控规');
    expect(nodejieba.cut('最低保障标准')).not.toContain('低保');
    expect(nodejieba.cut('当前海洋经济')).not.toContain('前海');
  });
});
