import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../electron/core/text/to-simplified';

describe('toSimplified', () => {
  it('folds traditional characters to simplified, keeping every offset', () => {
    const text = '小欖鎮(社區)發展經濟,這一年😀𠀀GDP';
    const folded = toSimplified(text);
    expect(folded).toBe('小榄镇(社区)发展经济,这一年😀𠀀GDP');
    expect(folded.length).toBe(text.length);
  });

  it('returns simplified text unchanged', () => {
    const text = '三乡镇2023年政府工作报告';
    expect(toSimplified(text)).toBe(text);
  });
});
