import { describe, expect, it } from 'vitest';
import { mappedFromString } from '../../../electron/core/text/cleaning/mapped-text';
import { removeRepeatedLines } from '../../../electron/core/text/cleaning/remove-repeated-lines';

describe('removeRepeatedLines', () => {
  it('removes a decorative Latin line repeated under every heading', () => {
    const text = 'YEAR\n标题一\nXIAOLAN\n正文。\n标题二\nXIAOLAN\n正文。\n标题三\nXIAOLAN\n正文。';
    const result = removeRepeatedLines(mappedFromString(text));
    expect(result.text.split('\n').filter((l) => l !== '')).not.toContain('XIAOLAN');
    expect(result.text).toContain('YEAR');
    expect(result.removed.map((r) => r.kind)).toEqual(['decoration', 'decoration', 'decoration']);
  });

  it('keeps repeated Chinese lines unless the format is paged', () => {
    const text =
      '中山市人民政府公报\n正文一。\n中山市人民政府公报\n正文二。\n中山市人民政府公报\n正文三。';
    expect(removeRepeatedLines(mappedFromString(text)).text).toBe(text);
    const paged = removeRepeatedLines(mappedFromString(text), { paged: true });
    expect(paged.text).not.toContain('公报');
    expect(paged.removed[0]?.kind).toBe('running-header');
  });

  it('keeps a Latin line seen twice', () => {
    const text = 'XIAOLAN\n正文。\nXIAOLAN';
    expect(removeRepeatedLines(mappedFromString(text)).text).toBe(text);
  });
});
