import { describe, expect, it } from 'vitest';
import {
  foldCodePoint,
  foldWidth,
  isFoldOf,
} from '../../../electron/core/text/cleaning/fold-width';
import { mappedFromString } from '../../../electron/core/text/cleaning/mapped-text';

const run = (text: string) => foldWidth(mappedFromString(text)).text;

describe('foldWidth', () => {
  it('folds full-width Latin letters, digits, ％ and the ideographic space', () => {
    expect(run('ＧＤＰ增长８％，全年１２３４亿元')).toBe('GDP增长8%，全年1234亿元');
    expect(run('\u3000\u3000小榄镇')).toBe('  小榄镇');
    expect(run('a\u00a0b')).toBe('a b');
    expect(run('１．加速项目落地')).toBe('1.加速项目落地');
  });

  it('keeps Chinese punctuation as it is', () => {
    const text = '（一）小榄镇，“工改”；说明：完成。！？、《规划》【注】';
    expect(run(text)).toBe(text);
  });

  it('describes the folds for offset checks', () => {
    expect(String.fromCodePoint(foldCodePoint('Ａ'.codePointAt(0) ?? 0))).toBe('A');
    expect(foldCodePoint('，'.codePointAt(0) ?? 0)).toBe('，'.codePointAt(0));
    expect(isFoldOf(0x3000, 0x20)).toBe(true);
    expect(isFoldOf(0x0a, 0x20)).toBe(true); // unwrapped PDF line
    expect(isFoldOf(0x41, 0x42)).toBe(false);
  });
});
