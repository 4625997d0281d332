import { describe, expect, it } from 'vitest';
import { collapseSpaces } from '../../../electron/core/text/cleaning/collapse-spaces';
import { mappedFromString } from '../../../electron/core/text/cleaning/mapped-text';

const run = (text: string) => collapseSpaces(mappedFromString(text)).text;

describe('collapseSpaces', () => {
  it('removes spaces inside CJK text', () => {
    expect(run('小 榄 镇')).toBe('小榄镇');
    expect(run('花情秋韻  雅致菊城')).toBe('花情秋韻雅致菊城');
    expect(run('政府 ， 报告')).toBe('政府，报告');
  });

  it('removes spaces between CJK and Latin or digits', () => {
    expect(run('GDP 增长 8%')).toBe('GDP增长8%');
    expect(run('JMA13 发展')).toBe('JMA13发展');
  });

  it('keeps one space between Latin words and numbers', () => {
    expect(run('All   Rights Reserved')).toBe('All Rights Reserved');
    expect(run('2024-07-24  18:12:43')).toBe('2024-07-24 18:12:43');
  });

  it('removes indentation and trailing spaces, keeping lines', () => {
    expect(run('  第一段。  \n    第二段\n   \nEnd ')).toBe('第一段。\n第二段\n\nEnd');
  });
});
