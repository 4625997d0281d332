import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  mappedFromString,
  splitLines,
} from '../../electron/core/text/cleaning/mapped-text';

describe('applyEdits', () => {
  it('deletes and records what it removed, keeping origins', () => {
    const mapped = applyEdits(mappedFromString('abcdef'), [
      { start: 1, end: 3, kind: 'test' },
      { start: 4, end: 5 },
    ]);
    expect(mapped.text).toBe('adf');
    expect([...mapped.origins]).toEqual([0, 3, 5]);
    expect(mapped.removed).toEqual([{ kind: 'test', text: 'bc' }]);
  });

  it('maps same-length replacements one to one', () => {
    const mapped = applyEdits(mappedFromString('ａｂc'), [{ start: 0, end: 2, replacement: 'ab' }]);
    expect(mapped.text).toBe('abc');
    expect([...mapped.origins]).toEqual([0, 1, 2]);
  });

  it('maps a shorter replacement to the same character in the replaced text', () => {
    const mapped = applyEdits(mappedFromString('x\u3000  y'), [
      { start: 1, end: 4, replacement: ' ' },
    ]);
    expect(mapped.text).toBe('x y');
    expect([...mapped.origins]).toEqual([0, 2, 4]); // the first plain space, not U+3000
  });

  it('counts code points, not UTF-16 units, in origins', () => {
    const mapped = applyEdits(mappedFromString('😀a𠀀b'), [{ start: 2, end: 3 }]);
    expect(mapped.text).toBe('😀𠀀b');
    expect([...mapped.origins]).toEqual([0, 2, 3]);
  });

  it('drops overlapping edits and chains over several steps', () => {
    const first = applyEdits(mappedFromString('0123456789'), [
      { start: 2, end: 5 },
      { start: 4, end: 7 },
    ]);
    expect(first.text).toBe('0156789');
    const second = applyEdits(first, [{ start: 0, end: 3 }]);
    expect(second.text).toBe('6789');
    expect([...second.origins]).toEqual([6, 7, 8, 9]);
  });

  it('splits lines with their positions', () => {
    expect(splitLines('a\n\nbc')).toEqual([
      { start: 0, end: 1, text: 'a' },
      { start: 2, end: 2, text: '' },
      { start: 3, end: 5, text: 'bc' },
    ]);
  });
});
