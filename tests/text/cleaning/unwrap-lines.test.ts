import { describe, expect, it } from 'vitest';
import { mappedFromString } from '../../../electron/core/text/cleaning/mapped-text';
import { unwrapLines } from '../../../electron/core/text/cleaning/unwrap-lines';

describe('unwrapLines', () => {
  it('joins hard-wrapped PDF lines and keeps paragraph ends and outline items', () => {
    const text = [
      '2023年，小榄镇入选省“百千万工程”首批典型镇名单，永',
      '宁社区入选首批典型村名单，闯出一条具有小榄特色的区',
      '域协调高质量发展之路。',
      '一、聚力平台建设',
      '稳步推进中山市西部智能家居产业园建设工作，开展中山',
      '市智能家居产业园规划建设工作方案编制。',
    ].join('\n');
    const result = unwrapLines(mappedFromString(text));
    expect(result.text.split('\n')).toEqual([
      '2023年，小榄镇入选省“百千万工程”首批典型镇名单，永宁社区入选首批典型村名单，闯出一条具有小榄特色的区域协调高质量发展之路。',
      '一、聚力平台建设',
      '稳步推进中山市西部智能家居产业园建设工作，开展中山市智能家居产业园规划建设工作方案编制。',
    ]);
  });

  it('joins Latin words with a space', () => {
    const text = 'The township government published\nits annual report in December\nof that year.';
    expect(unwrapLines(mappedFromString(text)).text).toBe(
      'The township government published its annual report in December of that year.',
    );
  });
});
