import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findSelector,
  reanchor,
  REASONS,
  type Reanchored,
} from '../../electron/core/annotate/anchoring/reanchor';
import {
  makeSelector,
  quoteAt,
  type Anchor,
  type QuoteSelector,
} from '../../electron/core/annotate/anchoring/selector';
import {
  boundedLevenshtein,
  similarityAtLeast,
} from '../../electron/core/annotate/anchoring/similarity';
import {
  ceilToCodePoint,
  floorToCodePoint,
} from '../../electron/core/annotate/anchoring/code-points';
import { codePointLength } from '../../electron/core/text/code-points';

const SEEDS_DIR = path.resolve(__dirname, '../../seeds');
const NANLANG = fs.readFileSync(path.join(SEEDS_DIR, 'nanlang-2021-work-plan.txt'), 'utf8');
const XIAOLAN = fs.readFileSync(path.join(SEEDS_DIR, 'xiaolan-2023-year-end-summary.txt'), 'utf8');

/** The code point anchor of the first `quote` in `text` at or after UTF-16 index `from`. */
function anchorOf(text: string, quote: string, from = 0): Anchor {
  const at = text.indexOf(quote, from);
  if (at === -1) throw new Error(`Test setup: ${quote} is not in the text.`);
  const start = codePointLength(text.slice(0, at));
  return { start, end: start + codePointLength(quote) };
}

function item(text: string, anchor: Anchor): { anchor: Anchor; selector: QuoteSelector } {
  return { anchor, selector: makeSelector(text, anchor) };
}

function expectAnchored(result: Reanchored | undefined): Anchor {
  if (result?.status !== 'anchored') {
    throw new Error(`Expected an anchored result, got ${JSON.stringify(result)}`);
  }
  return result.anchor;
}

/** `text` with the first `search` (at or after `from`) replaced by `replacement`. */
function replaceOnce(text: string, search: string, replacement: string, from = 0): string {
  const at = text.indexOf(search, from);
  if (at === -1) throw new Error(`Test setup: ${search} is not in the text.`);
  return text.slice(0, at) + replacement + text.slice(at + search.length);
}

/** The whole line (with its line break) that contains `needle`. */
function lineWith(text: string, needle: string): string {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`Test setup: ${needle} is not in the text.`);
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end === -1 ? text.length : end + 1);
}

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

/** A text of about `length` UTF-16 units built from both seeds, with numbered sections. */
function largeText(length: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let section = 1; size < length; section++) {
    const part = `\n第${section}部分\n\n${section % 2 ? NANLANG : XIAOLAN}`;
    parts.push(part);
    size += part.length;
  }
  return parts.join('').slice(0, length);
}

describe('makeSelector and quoteAt', () => {
  // 😀 and 𠀀 (U+20000, CJK Extension B) take two UTF-16 units each but count one code point.
  const TEXT = '说明😀𠀀：持续优化营商环境，推动高质量发展。';

  it('counts offsets in code points, even after an emoji and an Extension B character', () => {
    const anchor = { start: 9, end: 13 };
    expect(TEXT.indexOf('营商环境')).toBe(11); // UTF-16 index: two more than the code point one
    expect(anchorOf(TEXT, '营商环境')).toEqual(anchor);
    expect(quoteAt(TEXT, anchor)).toBe('营商环境');
    const selector = makeSelector(TEXT, anchor);
    expect(selector).toEqual({
      quote: '营商环境',
      prefix: '说明😀𠀀：持续优化',
      suffix: '，推动高质量发展。',
    });
    expect(anchor.end - anchor.start).toBe(4);
  });

  it('counts the context in code points and never splits a surrogate pair', () => {
    expect(makeSelector(TEXT, { start: 9, end: 13 }, 6)).toEqual({
      quote: '营商环境',
      prefix: '𠀀：持续优化',
      suffix: '，推动高质量',
    });
    expect(makeSelector(TEXT, { start: 2, end: 4 }, 1)).toEqual({
      quote: '😀𠀀',
      prefix: '明',
      suffix: '：',
    });
    expect(quoteAt(TEXT, { start: 3, end: 4 })).toBe('𠀀');
  });

  it('keeps 32 code points of context by default, less at the ends of the text', () => {
    const anchor = anchorOf(NANLANG, '提升战略平台,增强政策优势。');
    const selector = makeSelector(NANLANG, anchor);
    expect(selector.quote).toBe('提升战略平台,增强政策优势。');
    expect(codePointLength(selector.prefix)).toBe(32);
    expect(codePointLength(selector.suffix)).toBe(32);
    expect(NANLANG).toContain(selector.prefix + selector.quote + selector.suffix);
    expect(makeSelector(NANLANG, { start: 0, end: 3 }).prefix).toBe('');
    const length = codePointLength(XIAOLAN);
    expect(makeSelector(XIAOLAN, { start: length - 2, end: length }).suffix).toBe('');
  });

  it('throws a clear error for empty, reversed, fractional or out-of-range anchors', () => {
    expect(() => quoteAt(TEXT, { start: 3, end: 3 })).toThrow(/empty quotes are not allowed/);
    expect(() => makeSelector(TEXT, { start: 5, end: 2 })).toThrow(/0 <= start < end/);
    expect(() => makeSelector(TEXT, { start: -1, end: 2 })).toThrow(/0 <= start < end/);
    expect(() => makeSelector(TEXT, { start: 0.5, end: 2 })).toThrow(/integers/);
    expect(() => makeSelector(TEXT, { start: 0, end: 99 })).toThrow(/outside the text/);
    expect(() => makeSelector(TEXT, { start: 0, end: 2 }, -1)).toThrow(/context length/);
    expect(() =>
      reanchor(TEXT, TEXT, [
        { anchor: { start: 4, end: 4 }, selector: makeSelector(TEXT, { start: 4, end: 5 }) },
      ]),
    ).toThrow(/empty quotes/);
    expect(() => findSelector(TEXT, { quote: '', prefix: '', suffix: '' })).toThrow(
      /quote is empty/,
    );
  });
});

describe('reanchor', () => {
  it('moves an anchor by exactly the length of a paragraph inserted before it', () => {
    const quote = '提升战略平台,增强政策优势。';
    const before = '2021年的主要经济目标';
    const items = [
      item(NANLANG, anchorOf(NANLANG, quote)),
      item(NANLANG, anchorOf(NANLANG, before)),
    ];
    // The new paragraph has an emoji and an Extension B character: UTF-16 length != code points.
    const inserted = '  新增😀:推进𠀀数字政府建设,提升“一网通办”水平。\n\n';
    const at = NANLANG.indexOf('  (一)实施重大产业平台');
    const newText = NANLANG.slice(0, at) + inserted + NANLANG.slice(at);
    expect(inserted.length - codePointLength(inserted)).toBe(2);

    const [moved, unmoved] = reanchor(NANLANG, newText, items);
    const anchor = expectAnchored(moved);
    expect(anchor.start - items[0]!.anchor.start).toBe(codePointLength(inserted));
    expect(anchor.end - items[0]!.anchor.end).toBe(codePointLength(inserted));
    expect(quoteAt(newText, anchor)).toBe(quote);
    expect(expectAnchored(unmoved)).toEqual(items[1]!.anchor);
  });

  it('keeps text inserted exactly at either edge of the passage outside the anchor', () => {
    const oldText = '开头的说明。营商环境。结尾的说明。';
    const newText = '开头的说明。优化营商环境持续。结尾的说明。';
    const [result] = reanchor(oldText, newText, [item(oldText, anchorOf(oldText, '营商环境'))]);
    expect(quoteAt(newText, expectAnchored(result))).toBe('营商环境');
  });

  it('follows a corrected character inside a 30-character passage', () => {
    const passage = '稳企安商加强服务,营造优质营商环境。关心关爱守法企业,包容企';
    expect(codePointLength(passage)).toBe(30);
    const typo = passage.replace('营商环境', '营商环竟');
    const oldText = replaceOnce(NANLANG, passage, typo);
    const [result] = reanchor(oldText, NANLANG, [item(oldText, anchorOf(oldText, typo))]);
    const anchor = expectAnchored(result);
    expect(anchor).toEqual(anchorOf(NANLANG, passage));
    expect(quoteAt(NANLANG, anchor)).toBe(passage);
  });

  it('follows corrections at the first and last character of a passage (Xiaolan seed)', () => {
    const passage = '在全市率先建立企業(yè)服務(wù)中心';
    const typos = '再' + passage.slice(1, -1) + '芯';
    const oldText = replaceOnce(XIAOLAN, passage, typos);
    const [result] = reanchor(oldText, XIAOLAN, [item(oldText, anchorOf(oldText, typos))]);
    expect(expectAnchored(result)).toEqual(anchorOf(XIAOLAN, passage));
  });

  it('reports a deleted paragraph as needing attention', () => {
    const paragraph = lineWith(NANLANG, '稳企安商加强服务');
    const newText = replaceOnce(NANLANG, paragraph + '\n', '');
    const items = [
      item(NANLANG, anchorOf(NANLANG, '关心关爱守法企业,包容企业意见,重视企业诉求')),
      item(NANLANG, anchorOf(NANLANG, paragraph.trim())),
    ];
    const results = reanchor(NANLANG, newText, items);
    for (const result of results) {
      expect(result).toEqual({ status: 'needs_attention', reason: REASONS.removed });
    }
    expect(REASONS.removed).toMatch(/removed or rewritten/);
  });

  it('reports a rewritten paragraph as needing attention', () => {
    const paragraph = lineWith(NANLANG, '稳企安商加强服务').trim();
    const rewritten = '关于企业服务的安排另行发文,本报告不再赘述,具体内容以镇政府后续通知为准。';
    const newText = replaceOnce(NANLANG, paragraph, rewritten);
    const [result] = reanchor(NANLANG, newText, [item(NANLANG, anchorOf(NANLANG, paragraph))]);
    expect(result?.status).toBe('needs_attention');
  });

  it('finds a paragraph that was cut and pasted elsewhere', () => {
    const paragraph = lineWith(NANLANG, '提升战略平台,增强政策优势。');
    const quote = '主动承接翠亨新区的中科院药物创新研究院产业化项目';
    const cut = replaceOnce(NANLANG, paragraph + '\n', '');
    const target = cut.indexOf('  (四)高起点规划高标准改造');
    const newText = cut.slice(0, target) + paragraph + '\n' + cut.slice(target);
    const [result] = reanchor(NANLANG, newText, [item(NANLANG, anchorOf(NANLANG, quote))]);
    const anchor = expectAnchored(result);
    expect(anchor).toEqual(anchorOf(newText, quote));
    expect(quoteAt(newText, anchor)).toBe(quote);
    expect(anchor.start).toBeGreaterThan(anchorOf(NANLANG, quote).start);
  });

  it('finds a moved paragraph that was also edited', () => {
    const paragraph = lineWith(NANLANG, '鼓励民宿产业发展。');
    const quote = paragraph.trim().slice(0, 80);
    const edited = paragraph.replace(quote, quote.slice(0, 40) + '进一步' + quote.slice(42));
    const cut = replaceOnce(NANLANG, paragraph + '\n', '');
    const newText = cut + '\n' + edited;
    const [result] = reanchor(NANLANG, newText, [item(NANLANG, anchorOf(NANLANG, quote))]);
    const anchor = expectAnchored(result);
    const newQuote = quoteAt(newText, anchor);
    expect(newQuote.startsWith(quote.slice(0, 40) + '进一步')).toBe(true);
    expect(similarityAtLeast(newQuote, quote, 0.9)).toBeGreaterThan(0);
    expect(anchor.start).toBe(anchorOf(newText, quote.slice(0, 40) + '进一步').start);
  });

  it('chooses, among duplicates of a moved sentence, the one with matching context', () => {
    const sentence = '各镇街要严格落实安全生产责任制,压实企业主体责任。';
    const chapter1 = `第一章 工业\n\n  ${sentence}本章适用于全镇规模以上工业企业。\n\n`;
    const chapter2 = `第二章 农业\n\n  ${sentence}本章适用于农业合作社和家庭农场。\n\n`;
    const oldText = `总则\n\n${chapter1}${chapter2}`;
    const newText = `总则\n\n${chapter2}附则\n\n${chapter1}`;
    const anchor = anchorOf(oldText, sentence, oldText.indexOf('第二章'));
    const [result] = reanchor(oldText, newText, [item(oldText, anchor)]);
    expect(expectAnchored(result)).toEqual(anchorOf(newText, sentence, newText.indexOf('第二章')));
  });

  it('does not move a short quote to another place whose context differs', () => {
    const oldText =
      '一、营造优质营商环境。加强服务企业。\n\n二、改善城乡人居环境。\n\n三、本镇营商环境评价名列前茅。\n';
    const newText = '二、改善城乡人居环境。\n\n三、本镇营商环境评价名列前茅。\n';
    const [result] = reanchor(oldText, newText, [item(oldText, anchorOf(oldText, '营商环境'))]);
    expect(result).toEqual({ status: 'needs_attention', reason: REASONS.ambiguous });
  });

  it('moves anchors across emoji edits without splitting surrogate pairs', () => {
    const oldText = '序言😀说明:营商环境𠀀优化😀行动方案。结尾';
    const quote = '营商环境𠀀优化😀行动';
    const newText = '新增😁序言😁说明:营商环境𠀀优化😁行动方案。结尾';
    const [result] = reanchor(oldText, newText, [item(oldText, anchorOf(oldText, quote))]);
    const anchor = expectAnchored(result);
    expect(quoteAt(newText, anchor)).toBe('营商环境𠀀优化😁行动');
    expect(anchor).toEqual(anchorOf(newText, '营商环境𠀀优化😁行动'));
  });

  it('searches for the selector when the stored anchor does not match the old text', () => {
    const quote = '提升战略平台,增强政策优势。';
    const stale = {
      anchor: { start: 3, end: 10 },
      selector: makeSelector(NANLANG, anchorOf(NANLANG, quote)),
    };
    const [result] = reanchor(NANLANG, NANLANG, [stale]);
    expect(expectAnchored(result)).toEqual(anchorOf(NANLANG, quote));
    const beyond = { anchor: { start: 1e6, end: 1e6 + 14 }, selector: stale.selector };
    expect(expectAnchored(reanchor(NANLANG, NANLANG, [beyond])[0])).toEqual(
      anchorOf(NANLANG, quote),
    );
  });

  it('never throws and only anchors passages similar to the original (random edits)', () => {
    const next = random(20240601);
    const pick = (n: number) => Math.floor(next() * n);
    const pieces = ['😀', '𠀀', '营商环境', '。\n\n', '数字政府', 'GDP', '的'];
    for (let round = 0; round < 60; round++) {
      const oldText = (round % 2 ? NANLANG : XIAOLAN).slice(pick(2000), 2000 + pick(2000));
      let newText = oldText;
      for (let edit = 0, edits = 1 + pick(6); edit < edits; edit++) {
        const at = floorToCodePoint(newText, pick(newText.length));
        const to = ceilToCodePoint(newText, at + (pick(3) === 0 ? pick(200) : pick(3)));
        newText = newText.slice(0, at) + (pieces[pick(pieces.length)] ?? '') + newText.slice(to);
      }
      const length = codePointLength(oldText);
      const items = Array.from({ length: 20 }, () => {
        const start = pick(length - 1);
        return item(oldText, { start, end: start + 1 + pick(Math.min(80, length - start - 1)) });
      });
      const results = reanchor(oldText, newText, items);
      expect(results).toHaveLength(items.length);
      results.forEach((result, i) => {
        if (result.status !== 'anchored') return;
        const { start, end } = result.anchor;
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeGreaterThan(start);
        expect(end).toBeLessThanOrEqual(codePointLength(newText));
        const quote = quoteAt(newText, result.anchor);
        expect(quote).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
        expect(similarityAtLeast(quote, items[i]!.selector.quote, 0.6)).toBeGreaterThan(0);
      });
    }
  });

  it('moves every anchor exactly across random insertions outside the annotations', () => {
    const next = random(4242);
    const pick = (n: number) => Math.floor(next() * n);
    for (let round = 0; round < 40; round++) {
      const oldText = round % 2 ? NANLANG : XIAOLAN;
      const length = codePointLength(oldText);
      const anchors = Array.from({ length: 30 }, () => {
        const start = pick(length - 60);
        return { start, end: start + 1 + pick(59) };
      });
      // Insert at code point positions not strictly inside any annotation (an insertion exactly
      // at an edge stays outside the anchor).
      const positions = new Set<number>();
      const wanted = 1 + pick(8);
      while (positions.size < wanted) {
        const at = pick(length + 1);
        if (anchors.every((a) => at <= a.start || at >= a.end)) positions.add(at);
      }
      const inserted = `【新增${'😀𠀀'.repeat(1 + pick(3))}内容】`;
      const sorted = [...positions].sort((a, b) => b - a);
      const chars = Array.from(oldText);
      for (const at of sorted) chars.splice(at, 0, inserted);
      const newText = chars.join('');
      const size = codePointLength(inserted);
      const before = (offset: number, edge: 'start' | 'end') =>
        sorted.filter((at) => (edge === 'start' ? at <= offset : at < offset)).length * size;

      const results = reanchor(
        oldText,
        newText,
        anchors.map((anchor) => item(oldText, anchor)),
      );
      results.forEach((result, i) => {
        const { start, end } = anchors[i]!;
        expect(expectAnchored(result)).toEqual({
          start: start + before(start, 'start'),
          end: end + before(end, 'end'),
        });
      });
    }
  });

  it('re-anchors 1,000 annotations over 200,000 characters after an insertion quickly', () => {
    const oldText = largeText(200_000);
    const length = codePointLength(oldText);
    const next = random(7);
    const items = Array.from({ length: 1000 }, (_, i) => {
      const start = 5_000 + i * 190 + Math.floor(next() * 50);
      return item(oldText, { start, end: Math.min(length, start + 5 + Math.floor(next() * 120)) });
    });
    const inserted = '\n  新增段落😀:全面推进数字政府改革建设,优化营商环境。\n';
    const at = oldText.indexOf('\n', 2_000);
    const newText = oldText.slice(0, at) + inserted + oldText.slice(at);

    const started = performance.now();
    const results = reanchor(oldText, newText, items);
    const elapsed = performance.now() - started;
    console.info(`reanchor: 1,000 annotations over 200,000 characters in ${elapsed.toFixed(1)} ms`);

    const shift = codePointLength(inserted);
    results.forEach((result, i) => {
      const anchor = expectAnchored(result);
      expect(anchor.start).toBe(items[i]!.anchor.start + shift);
      expect(quoteAt(newText, anchor)).toBe(items[i]!.selector.quote);
    });
    expect(elapsed).toBeLessThan(5_000);
  });

  it('handles a 1 MB text with scattered edits', () => {
    const oldText = largeText(1_000_000);
    const length = codePointLength(oldText);
    const items = Array.from({ length: 200 }, (_, i) => {
      const start = 1_000 + i * 4_900;
      return item(oldText, { start, end: Math.min(length, start + 30) });
    });
    let newText = oldText;
    for (let i = 0; i < 100; i++) {
      const at = 2_345 + i * 9_800; // before some annotations, inside none (4,900-periodic)
      newText = newText.slice(0, at) + '(修订)' + newText.slice(at);
    }
    const started = performance.now();
    const results = reanchor(oldText, newText, items);
    const elapsed = performance.now() - started;
    console.info(
      `reanchor: 200 annotations over 1,000,000 characters, 100 edits: ${elapsed.toFixed(1)} ms`,
    );
    results.forEach((result, i) => {
      expect(quoteAt(newText, expectAnchored(result))).toBe(items[i]!.selector.quote);
    });
    expect(elapsed).toBeLessThan(10_000);
  });
});

describe('findSelector', () => {
  it('finds an exact quote and reports code point offsets', () => {
    const text = '😀𠀀' + NANLANG;
    const quote = '稳企安商加强服务,营造优质营商环境。';
    const selector = makeSelector(text, anchorOf(text, quote));
    expect(expectAnchored(findSelector(text, selector))).toEqual(anchorOf(text, quote));
  });

  it('prefers the duplicate whose context matches, then the one nearest the hint', () => {
    const sentence = '各镇街要严格落实安全生产责任制。';
    const text = `第一章 工业企业\n${sentence}本章适用于工业企业。\n第二章 农业生产\n${sentence}本章适用于农业合作社。\n`;
    const second = anchorOf(text, sentence, text.indexOf('第二章'));
    const selector = makeSelector(text, second);
    expect(expectAnchored(findSelector(text, selector))).toEqual(second);
    // Context outranks the hint: the hint points at the first copy.
    expect(expectAnchored(findSelector(text, selector, 0))).toEqual(second);

    const bare = { quote: sentence, prefix: '', suffix: '' };
    expect(expectAnchored(findSelector(text, bare))).toEqual(anchorOf(text, sentence));
    expect(expectAnchored(findSelector(text, bare, second.start - 3))).toEqual(second);
  });

  it('finds an imported quote with a typo by fuzzy matching (short passage)', () => {
    const passage = '稳企安商加强服务,营造优质营商环境。关心关爱守法企业,包容企业意见';
    const anchor = anchorOf(NANLANG, passage);
    const selector = {
      ...makeSelector(NANLANG, anchor),
      quote: passage.replace('营商环境', '营商环竟'),
    };
    expect(expectAnchored(findSelector(NANLANG, selector))).toEqual(anchor);
  });

  it('finds a long imported quote edited in several places, far from a wrong hint', () => {
    const paragraph = lineWith(XIAOLAN, '全市首創(chuàng)由鎮(zhèn)屬企業(yè)').trim();
    const quote = paragraph.slice(0, 150);
    const edited = XIAOLAN.replace(
      quote,
      quote.slice(0, 20) +
        '新增' +
        quote.slice(22, 70) +
        quote.slice(75, 120) +
        '補充內容' +
        quote.slice(120),
    );
    const selector = makeSelector(XIAOLAN, anchorOf(XIAOLAN, quote));
    const anchor = expectAnchored(findSelector(edited, selector, 0));
    const found = quoteAt(edited, anchor);
    expect(found.startsWith(quote.slice(0, 20) + '新增')).toBe(true);
    expect(found.endsWith(quote.slice(120))).toBe(true);
  });

  it('reports a quote that is not in the text', () => {
    const selector = {
      quote: '全面推进海上风电产业集群建设,打造千亿级新能源基地',
      prefix: '',
      suffix: '',
    };
    expect(findSelector(NANLANG, selector)).toEqual({
      status: 'needs_attention',
      reason: REASONS.notFound,
    });
    expect(findSelector('', selector).status).toBe('needs_attention');
  });
});

describe('similarity', () => {
  it('computes the exact Levenshtein distance within the band (random check)', () => {
    const next = random(99);
    const alphabet = ['营', '商', '环', '境', '😀', 'a'];
    const word = () =>
      Array.from({ length: Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * 6)]);
    for (let round = 0; round < 500; round++) {
      const a = word().map((c) => c!.codePointAt(0)!);
      const b = word().map((c) => c!.codePointAt(0)!);
      const full = naiveLevenshtein(a, b);
      const max = Math.floor(next() * 10);
      const bounded = boundedLevenshtein(a, b, max);
      if (full <= max) expect(bounded).toBe(full);
      else expect(bounded).toBeGreaterThan(max);
    }
  });

  it('rates similarity on code points', () => {
    expect(similarityAtLeast('营商环竟', '营商环境', 0.6)).toBeCloseTo(0.75);
    expect(similarityAtLeast('😀营商环境', '😁营商环境', 0.6)).toBeCloseTo(0.8);
    expect(similarityAtLeast('营商环境', '人居环境', 0.6)).toBe(0);
  });

  it('compares 5,000-character passages quickly', () => {
    const a = largeText(20_000).slice(0, 5_000);
    const scattered = Array.from(a, (c, i) => (i % 9 === 0 ? '改' : c)).join('');
    const other = largeText(20_000).slice(12_000, 17_000);
    const started = performance.now();
    expect(similarityAtLeast(a, scattered, 0.6)).toBeGreaterThan(0.8);
    similarityAtLeast(a, other, 0.6);
    expect(similarityAtLeast(a, a.slice(0, 2_000) + '修订' + a.slice(2_001), 0.6)).toBeGreaterThan(
      0.99,
    );
    const elapsed = performance.now() - started;
    console.info(`similarity: three 5,000-character comparisons in ${elapsed.toFixed(1)} ms`);
    expect(elapsed).toBeLessThan(1_000);
  });
});

function naiveLevenshtein(a: number[], b: number[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
