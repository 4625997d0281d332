import { describe, expect, it } from 'vitest';
import { mappedFromString } from '../../../electron/core/text/cleaning/mapped-text';
import {
  isRelatedHeading,
  removeRelatedBlocks,
} from '../../../electron/core/text/cleaning/remove-related-blocks';

const run = (text: string) => removeRelatedBlocks(mappedFromString(text));
const BODY =
  '小榄镇全年推动项目落地39个，预计投资总额50.9亿元，达产产值101亿元，任务完成量居全市前列。';

describe('removeRelatedBlocks', () => {
  it('recognises related-block headings', () => {
    for (const heading of [
      '相关推荐',
      '更多新闻',
      '热点推荐',
      '相关圖文资讯推荐',
      '网友关注',
      '猜你喜欢',
    ]) {
      expect(isRelatedHeading(heading)).toBe(true);
    }
    for (const text of ['聚力平台建设', '推荐企业名单的通知', '更多措施落地见效']) {
      expect(isRelatedHeading(text)).toBe(false);
    }
  });

  it('removes the heading and the list of short headlines after it', () => {
    const result = run(
      `${BODY}\n相关推荐\n小榄镇召开工改推进会\n三乡镇举办招商大会 2023-11-01\n\n南朗镇生物医药产业再添新项目`,
    );
    expect(result.text.split('\n').filter((l) => l !== '')).toEqual([BODY]);
    expect(result.removed).toHaveLength(4);
  });

  it('stops at real content: a short line followed by a paragraph is a heading', () => {
    const result = run(`相关推荐\n标题一\n标题二\n聚力平台建设\n${BODY}`);
    const kept = result.text.split('\n').filter((l) => l !== '');
    expect(kept).toEqual(['聚力平台建设', BODY]);
  });

  it('leaves documents without such blocks alone', () => {
    const text = `聚力平台建设\n${BODY}\n热点问题\n${BODY}`;
    expect(run(text).text).toBe(text);
  });
});
