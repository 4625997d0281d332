import { describe, expect, it } from 'vitest';
import { collapseBlankLines } from '../../../electron/core/text/cleaning/collapse-blank-lines';
import { mappedFromString } from '../../../electron/core/text/cleaning/mapped-text';

const run = (text: string) => collapseBlankLines(mappedFromString(text));

describe('collapseBlankLines', () => {
  it('leaves one \\n between paragraphs and none at the ends', () => {
    const result = run('\n\n第一段\n\n\n第二段\n第三段\n\n');
    expect(result.text).toBe('第一段\n第二段\n第三段');
    expect(result.origins[3]).toBe(5); // the first \n of the run keeps its offset
  });

  it('keeps text without blank lines as it is', () => {
    expect(run('一\n二').text).toBe('一\n二');
  });
});
