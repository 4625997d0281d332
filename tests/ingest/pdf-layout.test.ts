import { describe, expect, it } from 'vitest';
import {
  buildLines,
  joinLines,
  type PositionedText,
  type TextLine,
} from '../../electron/core/ingest/pdf-layout';
import { assessTextLayer } from '../../electron/core/ingest/text-layer';

const SIZE = 12;
/** A run of `text` at (x, y), each character SIZE wide (CJK) or SIZE/2 (ASCII). */
function run(text: string, x: number, y: number, hasEOL = false): PositionedText {
  const width = Array.from(text).reduce((w, c) => w + (c.charCodeAt(0) < 0x80 ? 6 : 12), 0);
  return { str: text, transform: [SIZE, 0, 0, SIZE, x, y], width, height: SIZE, hasEOL };
}

/** Lines of a page 20 characters wide (x 0–240), 18 units apart. */
function lines(...texts: Array<string | { text: string; indent: number }>): TextLine[] {
  return texts.map((entry, i) => {
    const { text, indent } = typeof entry === 'string' ? { text: entry, indent: 0 } : entry;
    const width = Array.from(text).reduce((w, c) => w + (c.charCodeAt(0) < 0x80 ? 6 : 12), 0);
    return { text, left: indent * SIZE, right: indent * SIZE + width, y: 800 - i * 18, size: SIZE };
  });
}

const FULL_A = '为实现上述目标需要认真贯彻落实市委市政府和镇';
const FULL_B = '党委各项工作部署并重点做好以下几方面工作加快';

describe('buildLines', () => {
  it('ends a line at hasEOL or a change of baseline and keeps runs of one line together', () => {
    const built = buildLines([
      run('南朗镇', 0, 800),
      run('2021', 36, 800),
      run('年工作安排', 60, 800, true),
      run('', 0, 782, true),
      run('Shenzhen', 0, 782),
      run('Zhongshan', 60, 782),
      run('第二行', 0, 764),
    ]);
    expect(built.map((l) => l.text)).toEqual([
      '南朗镇2021年工作安排',
      'Shenzhen Zhongshan',
      '第二行',
    ]);
    expect(built[0]).toMatchObject({ left: 0, y: 800, size: SIZE });
  });

  it('separates table cells that are far apart, even in Chinese', () => {
    const built = buildLines([run('项目', 0, 800), run('金额', 120, 800)]);
    expect(built.map((l) => l.text)).toEqual(['项目 金额']);
  });
});

describe('joinLines', () => {
  it('joins lines broken by the page width into one paragraph', () => {
    expect(joinLines(lines(FULL_A, FULL_B, '推进。'))).toBe(`${FULL_A}${FULL_B}推进。`);
  });

  it('keeps the break after sentence-ending punctuation, even at the right margin', () => {
    const ending = `${FULL_A.slice(0, -1)}。`;
    expect(joinLines(lines(ending, FULL_B, '推进。'))).toBe(`${ending}\n${FULL_B}推进。`);
  });

  it('does not break after a closing quote in the middle of a sentence', () => {
    const quoted = `${FULL_A.slice(0, -4)}“双区”`;
    expect(joinLines(lines(quoted, FULL_B, '推进。'))).toBe(`${quoted}${FULL_B}推进。`);
  });

  it.each(['一、', '（一）', '(二)', '1.', '（3）', '第三条 ', '①'])(
    'breaks before a line starting with the list marker "%s"',
    (marker) => {
      const item = `${marker}${FULL_B}`.slice(0, FULL_B.length);
      expect(joinLines(lines(FULL_A, item, FULL_B))).toBe(`${FULL_A}\n${item}${FULL_B}`);
    },
  );

  it('breaks after a short line (a heading, the end of a paragraph) and before an indented one', () => {
    const joined = joinLines(
      lines('工作安排', FULL_A, FULL_B, '完成。', { text: FULL_B.slice(2), indent: 2 }, FULL_A),
    );
    expect(joined.split('\n')).toEqual([
      '工作安排',
      `${FULL_A}${FULL_B}完成。`,
      `${FULL_B.slice(2)}${FULL_A}`,
    ]);
  });

  it('puts a space between Latin words joined across lines, none inside numbers', () => {
    const english = lines(
      'The town will promote the industrial park and its',
      'partners, reaching 3001.84 mu of land in total by',
      '2025 at the latest.',
    );
    expect(joinLines(english)).toBe(
      'The town will promote the industrial park and its partners, reaching 3001.84 mu of land in total by 2025 at the latest.',
    );
  });
});

describe('assessTextLayer', () => {
  const chinese =
    '2021年是十四五开局之年，也是南朗镇进入新发展阶段的关键一年，做好今年工作意义重大。';

  it('accepts an ordinary text layer, with or without images', () => {
    expect(assessTextLayer(chinese, false)).toEqual({ needsOcr: false });
    expect(assessTextLayer(chinese, true)).toEqual({ needsOcr: false });
  });

  it('flags a page with images and (almost) no text as a scan', () => {
    expect(assessTextLayer('', true)).toMatchObject({ needsOcr: true, reason: /no text layer/ });
    expect(assessTextLayer('第 3 页', true)).toMatchObject({ needsOcr: true });
    expect(assessTextLayer('第 3 页', true).garbled).toBeUndefined();
  });

  it('does not flag a blank page without images', () => {
    expect(assessTextLayer('', false)).toEqual({ needsOcr: false });
  });

  it.each([
    ['(cid:123) codes', '(cid:1234)(cid:567)(cid:89)(cid:1011)(cid:12)(cid:13)(cid:14)'],
    [
      'private-use characters',
      '\ue001\ue002\ue003\ue004\ue005\ue006\ue007\ue008\ue009\ue00a\ue00b',
    ],
    ['replacement characters', `${chinese.slice(0, 8)}${'\ufffd'.repeat(10)}`],
    ['Chinese read as Latin-1', 'ÄÏÀÊÕòÖÐÉ½Êé¼Ç ¹ØÓÚ½øÒ»²½¼ÓÇ¿°²È«Éú²ú¹¤×÷µÄÍ¨Öª'],
    [
      'random characters from the whole CJK block',
      '丌丏丒丟丣丮乀乇乑乚乛乜乥乧乨乫乭乴乵乶乷乸乹乺乼',
    ],
  ])('flags a garbled layer: %s', (_label, text) => {
    expect(assessTextLayer(text, false)).toMatchObject({
      needsOcr: true,
      garbled: true,
      reason: expect.stringMatching(/garbled/),
    });
  });

  it('does not take plain English or accented Latin text for garbage', () => {
    expect(assessTextLayer('Annual report of the Nanlang town government, 2021.', false)).toEqual({
      needsOcr: false,
    });
    expect(
      assessTextLayer('Rapport annuel : la municipalité a été créée en 1999 à Zhongshan.', false),
    ).toEqual({ needsOcr: false });
  });
});
