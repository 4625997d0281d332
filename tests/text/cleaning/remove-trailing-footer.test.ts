import { describe, expect, it } from 'vitest';
import { mappedFromString } from '../../../electron/core/text/cleaning/mapped-text';
import { removeTrailingFooter } from '../../../electron/core/text/cleaning/remove-trailing-footer';

const BODY =
  '鹤山市深入落实河湖长制，成为全省唯一获国务院督查激励的县（市、区），河湖管理组获得表彰。';

describe('removeTrailingFooter', () => {
  it('removes footer lines and a closing source credit after the last paragraph', () => {
    const text = `${BODY}\n(鹤讯)\n专题\n联系我们:81883088总机转各部门\n订报咨询电话:81911089\n广州日报官方微信\n广州日报APP`;
    const result = removeTrailingFooter(mappedFromString(text));
    expect(result.text.split('\n').filter((l) => l !== '')).toEqual([BODY]);
    expect(result.removed[0]).toEqual({ kind: 'byline', text: '(鹤讯)' });
  });

  it('keeps a signature block and footer words inside the article', () => {
    const text = `开通12345热线\n${BODY}\n中山市小榄镇人民政府\n2023年12月31日\n(一)`;
    expect(removeTrailingFooter(mappedFromString(text)).text).toBe(text);
  });
});
