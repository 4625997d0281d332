import { describe, expect, it } from 'vitest';
import { cleanOcrText } from '../../electron/core/ocr/postprocess';
import {
  normalisePunctuationWidth,
  repairFullStops,
  repairQuotes,
} from '../../electron/core/ocr/punctuation';

// The raw strings are tesseract's own output on tests/fixtures/scans (chi_sim / chi_tra).
describe('cleaning OCR text', () => {
  it('removes the spaces between Chinese characters and joins numbers to their units', () => {
    expect(cleanOcrText('共有 22 个 县 (市 、 区 )、110 个 镇 、1062 个 村 (社区 )')).toBe(
      '共有22个县(市、区)、110个镇、1062个村(社区)',
    );
    expect(cleanOcrText('2023 年 是 深入 貫徹 黨 的 二 十 大 精神 的 開 局 之 年 ,')).toBe(
      '2023年是深入貫徹黨的二十大精神的開局之年,',
    );
  });

  it('keeps one space between Latin words', () => {
    expect(cleanOcrText('三 个 “AA” 级 主体   and the   Credit Rating')).toBe(
      '三个“AA”级主体and the Credit Rating',
    );
  });

  it('joins the lines of a paragraph; a blank line or a short closing line ends one', () => {
    expect(
      cleanOcrText(
        [
          '据 了 解 ,鹤山 市 在 江门 四 市 三 区 中 ,率先 成 立 由 市 委 书 记 任 总 指挥 的 县 级',
          '编制 ,实行 实体 化 运作 。',
          '',
          '鹤山 深入 开展 “ 三 项 重点 工作 ” 三 大 行动 。',
          'Open data and',
          'statistics',
        ].join('\n'),
      ),
    ).toBe(
      [
        '据了解,鹤山市在江门四市三区中,率先成立由市委书记任总指挥的县级编制,实行实体化运作。',
        '鹤山深入开展“三项重点工作”三大行动。',
        'Open data and statistics',
      ].join('\n'),
    );
  });

  it('repairs the quotes and full stops of a real page', () => {
    expect(
      cleanOcrText(
        "按照 “落实 “ 百 千 万 ' 、 建 好 主 平台 ”的 总 体 思路 . 扎实 推进 “ 百 千 万 工程 '。 开展 “ 拔 头筹 、 争 上 游 \"”“ 向 上 向 下 两 个 走访 ”",
      ),
    ).toBe(
      '按照“落实‘百千万’、建好主平台”的总体思路。扎实推进“百千万工程”。开展“拔头筹、争上游”“向上向下两个走访”',
    );
  });
});

describe('quote repair', () => {
  it('reads " as closing inside “…” and opening outside', () => {
    expect(repairQuotes('推进"百千万工程"实施')).toBe('推进“百千万工程”实施');
  });

  it('drops a straight quote read beside the curly one it duplicates', () => {
    expect(repairQuotes('争上游"”“向上向下两个走访”')).toBe('争上游”“向上向下两个走访”');
  });

  it('tells a nested ‘ from a closing ” by what closes next', () => {
    expect(repairQuotes("“落实'百千万’、建好”")).toBe('“落实‘百千万’、建好”');
    expect(repairQuotes("“落实“百千万'、建好”")).toBe('“落实‘百千万’、建好”');
    expect(repairQuotes("扎实推进“百千万工程'。")).toBe('扎实推进“百千万工程”。');
    expect(repairQuotes('“落实‘百千万”、建好”')).toBe('“落实‘百千万’、建好”');
  });

  it('leaves quotes in Latin text alone', () => {
    expect(repairQuotes(`He said "no" and 'yes'.`)).toBe(`He said "no" and 'yes'.`);
  });
});

describe('full stops', () => {
  it('turns a dot after a Chinese character into 。 but keeps decimals and Latin', () => {
    expect(repairFullStops('污水治理工作取得重大突破.農村')).toBe('污水治理工作取得重大突破。農村');
    expect(repairFullStops('投資總額98.3億元')).toBe('投資總額98.3億元');
    expect(repairFullStops('項目(二期).')).toBe('項目(二期)。');
    expect(repairFullStops('see (above).')).toBe('see (above).');
    expect(repairFullStops('第一章｡見附件､表格')).toBe('第一章。見附件、表格');
  });
});

describe('punctuation width', () => {
  it('follows the page: mostly ASCII marks (as the fixture reports) make the rest ASCII', () => {
    expect(
      normalisePunctuationWidth('開局之年,也是小欖鎮重塑發展優勢，激發發展活力;村（社區)名單'),
    ).toBe('開局之年,也是小欖鎮重塑發展優勢,激發發展活力;村(社區)名單');
  });

  it('mostly full-width marks make the rest full-width', () => {
    expect(normalisePunctuationWidth('第一，加强领导，落实责任;第二:完善机制（试行)，共三条')).toBe(
      '第一，加强领导，落实责任；第二：完善机制（试行），共三条',
    );
  });

  it('leaves numbers, English and a tie alone', () => {
    expect(normalisePunctuationWidth('共1,000人，Hello, world (test)')).toBe(
      '共1,000人，Hello, world (test)',
    );
    expect(normalisePunctuationWidth('甲,乙，丙')).toBe('甲,乙，丙');
  });
});
