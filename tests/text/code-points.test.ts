import { describe, expect, it } from 'vitest';
import {
  CodePointIndex,
  codePointLength,
  codePointToUtf16,
  sliceCodePoints,
  utf16ToCodePoint,
} from '../../electron/core/text/code-points';

// 𠀀 (U+20000, CJK Extension B) and 😀 take two UTF-16 units each but count one code point.
const TEXT = '小榄𠀀镇😀GDP';

describe('code points', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(TEXT.length).toBe(10);
    expect(codePointLength(TEXT)).toBe(8);
    expect(codePointLength('')).toBe(0);
    expect(codePointLength('\ud800')).toBe(1); // a lone surrogate counts one
  });

  it('converts between UTF-16 indices and code point offsets', () => {
    expect(utf16ToCodePoint(TEXT, 0)).toBe(0);
    expect(utf16ToCodePoint(TEXT, 2)).toBe(2);
    expect(utf16ToCodePoint(TEXT, 4)).toBe(3);
    expect(utf16ToCodePoint(TEXT, TEXT.length)).toBe(8);
    expect(codePointToUtf16(TEXT, 3)).toBe(4);
    expect(codePointToUtf16(TEXT, 5)).toBe(7);
    expect(codePointToUtf16(TEXT, 99)).toBe(TEXT.length);
    expect(sliceCodePoints(TEXT, 2, 5)).toBe('𠀀镇😀');
    expect(sliceCodePoints(TEXT, 5)).toBe('GDP');
  });

  it('CodePointIndex agrees with the linear helpers everywhere', () => {
    const text = `${TEXT}${'a😀b𠀀'.repeat(5)}`;
    const index = new CodePointIndex(text);
    expect(index.length).toBe(codePointLength(text));
    for (let i = 0; i <= text.length; i++) {
      expect(index.toCodePoint(i)).toBe(utf16ToCodePoint(text, i));
    }
    for (let c = 0; c <= index.length; c++) {
      expect(index.toUtf16(c)).toBe(codePointToUtf16(text, c));
    }
  });

  it('CodePointIndex is the identity for text without surrogate pairs', () => {
    const index = new CodePointIndex('小榄镇2023年');
    expect(index.length).toBe(8);
    expect(index.toCodePoint(5)).toBe(5);
    expect(index.toUtf16(5)).toBe(5);
  });
});
