import { describe, expect, it } from 'vitest';
import { detectMetadata } from '../../electron/core/metadata/detect';
import { findPlaceMentions } from '../../electron/core/metadata/gazetteer';

/** What the Library shows after import: metadata of a plain-text file with this content. */
function detect(text: string) {
  return detectMetadata({ original: text, cleaned: text, fileName: 'document.txt' });
}

describe('a county-level city written in traditional characters', () => {
  it.each([
    ['a short notice whose first line is the title', '鶴山市召開工作會議。'],
    ['a government notice', '鶴山市人民政府關於印發鶴山市2023年工作要點的通知\n各鎮人民政府:'],
    ['a body text', '鶴山市的發展。鶴山市推進百千萬工程,共和鎮、址山鎮加快發展。'],
    ['the same in simplified', '鹤山市召开工作会议。'],
  ])('%s is 鹤山市 (江门市), not the township 鹤山镇 of 山东', (_label, text) => {
    const metadata = detect(text);
    expect(metadata.town.value).toBe('鹤山市');
    expect(metadata.level.value).toBe('county');
    expect(metadata.divisionCode).toBe('440784');
    expect(metadata.city.value).toBe('江门市');
    expect(metadata.province.value).toBe('广东省');
    // Evidence quotes the document as written.
    expect(metadata.town.evidence).toContain(text.slice(0, 3));
  });

  it('folds traditional text itself and reads 鶴山市 as the city, not as the stem 鹤山 of towns', () => {
    const mentions = findPlaceMentions('鶴山市召開會議');
    expect(mentions.map((m) => m.unit.name)).toContain('鹤山市');
    expect(mentions.map((m) => m.unit.name)).not.toContain('鹤山镇');
    expect(mentions.map((m) => m.unit.name)).not.toContain('鹤山街道');
    const city = mentions.find((m) => m.unit.name === '鹤山市')!;
    expect([city.start, city.end, city.suffixed, city.exact]).toEqual([0, 3, true, true]);
  });

  it('still finds the township 鹤山镇 where the text says 鎮', () => {
    const metadata = detect('鶴山鎮召開工作會議。鶴山鎮位於山東省泰安市寧陽縣。');
    expect(metadata.town.value).toBe('鹤山镇');
    expect(metadata.level.value).toBe('town');
    expect(metadata.divisionCode).toBe('370921113');
  });
});
