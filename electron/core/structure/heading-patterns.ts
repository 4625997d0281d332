/**
 * Heading markers of Chinese official documents, from the most senior down:
 * 第X部分 > 第X章 > 第X节 > 一、 > （一） > 1. / 1、 / 1． > （1） > 1) > ① ; 第X条 (articles) ranks
 * with 1.; bullets (●) and short standalone heading lines have no fixed place.
 */
export type MarkerType =
  | 'part'
  | 'chapter'
  | 'section'
  | 'cn-enum'
  | 'cn-paren'
  | 'arabic'
  | 'article'
  | 'arabic-paren'
  | 'arabic-half-paren'
  | 'circled'
  | 'bullet'
  | 'standalone';

/**
 * Conventional seniority (lower = more senior). Levels come from the order in which marker types
 * appear; the rank only settles one case: a document that starts mid-outline (see outline.ts).
 */
export const CONVENTIONAL_RANK: Readonly<Record<MarkerType, number>> = {
  part: 0,
  chapter: 1,
  section: 2,
  standalone: 2.5,
  'cn-enum': 3,
  'cn-paren': 4,
  arabic: 5,
  article: 5,
  'arabic-paren': 6,
  'arabic-half-paren': 6.5,
  circled: 7,
  bullet: 8,
};

export interface MarkerMatch {
  type: MarkerType;
  /** The marker as written, e.g. '(一)', '5.', '第三章'. */
  marker: string;
  /** Its number (5 for '5.', 3 for '（三）'), null for bullets. */
  number: number | null;
  /** The rest of the line after the marker. */
  rest: string;
}

const CN = '[一二三四五六七八九十百千零〇两]+';
const PATTERNS: readonly (readonly [MarkerType, RegExp])[] = [
  ['part', new RegExp(`^第\\s*(${CN}|\\d{1,3})\\s*部分\\s*[、:：.．]?\\s*`, 'u')],
  ['chapter', new RegExp(`^第\\s*(${CN}|\\d{1,3})\\s*章\\s*[、:：.．]?\\s*`, 'u')],
  ['section', new RegExp(`^第\\s*(${CN}|\\d{1,3})\\s*[节節]\\s*[、:：.．]?\\s*`, 'u')],
  ['article', new RegExp(`^第\\s*(${CN}|\\d{1,3})\\s*[条條]\\s*[、:：.．]?\\s*`, 'u')],
  ['cn-enum', /^([一二三四五六七八九十百]{1,3})\s*[、．.]\s*/u],
  ['cn-paren', /^[（(]\s*([一二三四五六七八九十百]{1,3})\s*[）)]\s*[、.．]?\s*/u],
  ['arabic', /^(\d{1,2})\s*[.、．](?![\d.．])\s*/u],
  ['arabic-paren', /^[（(]\s*(\d{1,2})\s*[）)]\s*[、.．]?\s*/u],
  ['arabic-half-paren', /^(\d{1,2})\s*[)）]\s*/u],
  ['circled', /^([①-⑳])\s*/u],
  ['bullet', /^([●■◆◇○□▪•◎★☆])\s*/u],
];

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Value of a Chinese numeral up to the thousands (十一 = 11, 二十三 = 23, 一百零五 = 105). */
export function parseChineseNumber(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = CN_DIGITS[ch];
    const unit = CN_UNITS[ch];
    if (d !== undefined) digit = d;
    else if (unit !== undefined) {
      total += (digit ?? 1) * unit;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

function numberOf(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const circled = text.codePointAt(0) ?? 0;
  if (circled >= 0x2460 && circled <= 0x2473) return circled - 0x2460 + 1;
  return parseChineseNumber(text);
}

/** The outline marker a (trimmed) line starts with, or null. */
export function matchMarker(line: string): MarkerMatch | null {
  const text = line.trim();
  for (const [type, pattern] of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const marker = match[0].trim();
    const rest = text.slice(match[0].length).trim();
    const number = type === 'bullet' ? null : numberOf(match[1] ?? '');
    // "1.5亿元" and "2.0版本" are excluded by the patterns; "3、" alone needs a title line.
    return { type, marker, number, rest };
  }
  return null;
}

/** Code point length. */
export function cpLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

const MAX_TITLE = 50;

/**
 * The title of a numbered paragraph: its first sentence when that reads as a heading
 * (`加速项目落地。建立健全…` → `加速项目落地`), a lead-in before a colon when the sentence is
 * long, else the sentence cut at a comma or at 50 characters. No closing punctuation.
 */
export function headingTitle(rest: string): string {
  const text = rest.trim();
  const end = text.search(/[。！？!?；;]/u);
  let title = end > 0 ? text.slice(0, end) : text;
  if (cpLength(title) > 30) {
    const colon = title.search(/[:：]/u);
    if (colon > 0 && colon <= 25) title = title.slice(0, colon);
  }
  if (cpLength(title) > MAX_TITLE) {
    const comma = title.search(/[，,]/u);
    title =
      comma > 0 && comma <= MAX_TITLE
        ? title.slice(0, comma)
        : `${[...title].slice(0, MAX_TITLE).join('')}…`;
  }
  return title.replace(/[，,、：:；;。\s]+$/u, '').trim();
}

const HAN = /\p{Script=Han}/gu;
/** Characters that start captions and notes, never headings. */
const NOT_HEADING_START = /^[▲△▼▽※*＊→注]/u;
/** Punctuation that shows a line is (part of) a sentence rather than a heading. */
const SENTENCE_PUNCT = /[。！？!?；;]/u;
const TRAILING_PUNCT = /[，,、：:…—-]$/u;
const DATE_LIKE = /^[\d\s年月日号號:：.．\-/]+$/u;

/** Longest line taken for a short standalone heading (code points). */
export const MAX_STANDALONE_HEADING = 24;

/**
 * A short standalone line that may be a heading (`聚力平台建设`, `打造高质量发展引擎`,
 * `坚持高位统筹,构建强有力工作推进机制`): 3–24 characters, at least two Han characters,
 * no sentence punctuation, no trailing comma/colon/ellipsis, no outline marker, not a date, not
 * a caption. Whether it is one also depends on what follows (outline.ts).
 */
export function isStandaloneCandidate(line: string): boolean {
  const text = line.trim();
  const length = cpLength(text);
  if (length < 3 || length > MAX_STANDALONE_HEADING) return false;
  if ((text.match(HAN) ?? []).length < 2) return false;
  if (SENTENCE_PUNCT.test(text) || TRAILING_PUNCT.test(text)) return false;
  if (NOT_HEADING_START.test(text) || DATE_LIKE.test(text)) return false;
  return matchMarker(text) === null;
}

/** A line of running text: long enough or ending a sentence. */
export function isBodyLine(line: string): boolean {
  const text = line.trim();
  return cpLength(text) >= 20 || /[。！？!?；;]$/u.test(text);
}
