import { describe, expect, it } from 'vitest';
import { mappedFromString } from '../../../electron/core/text/cleaning/mapped-text';
import { normalizeControls } from '../../../electron/core/text/cleaning/normalize-controls';

const run = (text: string) => normalizeControls(mappedFromString(text));

describe('normalizeControls', () => {
  it('turns CRLF, CR and Unicode line breaks into \\n', () => {
    const result = run('一\r\n二\r三\u2028四\u000c五');
    expect(result.text).toBe('一\n二\n三\n四\n五');
    // The \n of CRLF keeps its own offset; the \r before it is gone.
    expect(result.origins[1]).toBe(2);
  });

  it('removes BOM, zero-width and control characters, tabs become spaces', () => {
    const result = run('\ufeff小\u200b榄\u0000镇\tGDP\u00ad');
    expect(result.text).toBe('小榄镇 GDP');
    expect(result.removed.every((r) => r.kind === 'control')).toBe(true);
  });

  it('keeps ordinary text untouched', () => {
    const text = '2023年,小欖鎮(社區)GDP增长8%。\n第二段';
    expect(run(text).text).toBe(text);
  });
});
