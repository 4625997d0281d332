import { describe, expect, it } from 'vitest';
import { mappedFromString } from '../../../electron/core/text/cleaning/mapped-text';
import {
  classifyDebrisLine,
  removeWebDebris,
} from '../../../electron/core/text/cleaning/remove-web-debris';

describe('classifyDebrisLine', () => {
  it.each([
    ['tft每日頭條', 'site-name'],
    ['更多精彩资讯请关注tft每日頭條,我们将持续为您更新最新资讯!', 'site-promo'],
    ['>圖文', 'navigation'],
    ['> 中山市工改半年總結', 'navigation'],
    ['>', 'punctuation'],
    ['您当前的位置: > >', 'navigation'],
    ['当前位置：首页 > 政务公开', 'navigation'],
    ['无障碍版 长者助手', 'navigation'],
    ['【打印】【关闭】', 'navigation'],
    ['圖文 更新时间:2024-07-24 18:12:43', 'stamp'],
    ['信息来源:本网 发布日期:2021-03-03 分享:', 'stamp'],
    ['2024-07-24 18:12:43', 'stamp'],
    ['【來源】南方日報', 'byline'],
    ['【采寫】南方日報記者 廖瀚', 'byline'],
    ['分享到微信', 'share'],
    ['使用"扫一扫"即可将网页分享至朋友圈', 'share'],
    ['分享:', 'share'],
    ['Copyright 2023-2024 - www.tftnews.com All Rights Reserved', 'copyright'],
    ['版权所有 不得转载', 'copyright'],
    ['© 2024 中山市人民政府', 'copyright'],
    ['1999-2011@广州市交互式信息网络有限公司 (大洋网)', 'copyright'],
    ['粤ICP备12345678号', 'copyright'],
    ['查看全部', 'more-link'],
    ['阅读全文>>', 'more-link'],
    ['下一篇：小榄镇召开工改推进会', 'more-link'],
    ['第JMA13版:江门新闻', 'page-chrome'],
    ['本文字数:2122', 'page-chrome'],
    ['乡镇2023年政府工作报告-35篇(第24/65页)', 'page-chrome'],
    ['- 12 -', 'page-chrome'],
    ['广州日报江门新闻 JMA13发展县域经济 鹤讯2023-11-16 2 2023年11月16日 星期四', 'page-chrome'],
    [',', 'punctuation'],
  ])('%s → %s', (line, kind) => {
    expect(classifyDebrisLine(line)).toBe(kind);
  });

  it.each([
    '聚力平台建设',
    '2023',
    'YEAR',
    '中山市工改半年總結',
    '2021年工作安排(节选自政府工作报告)',
    '(一)实施重大产业平台“头号工程”,打造湾区生物医药中心。',
    '鹤讯',
    '南朗镇人民政府',
    '2023年12月31日',
    '●城市發展',
    // Long sentences of content stay even when they mention debris words.
    '中山市小榄镇建立信息来源:各部门报送机制，并通过微信公众号分享到全镇各村居，扩大政策知晓率。',
    '2023年11月16日，鹤山市召开工作会议，全面部署“百千万工程”各项任务，推动县域经济高质量发展。',
  ])('keeps %s', (line) => {
    expect(classifyDebrisLine(line)).toBeNull();
  });
});

describe('removeWebDebris', () => {
  it('empties debris lines and records them', () => {
    const result = removeWebDebris(mappedFromString('tft每日頭條\n\n正文第一段。\n查看全部'));
    expect(result.text).toBe('\n\n正文第一段。\n');
    expect(result.removed.map((r) => r.kind)).toEqual(['site-name', 'more-link']);
  });
});
