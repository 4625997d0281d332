import { describe, expect, it } from 'vitest';
import { mappedFromString } from '../../../electron/core/text/cleaning/mapped-text';
import { classifyPinyin, stripPinyin } from '../../../electron/core/text/cleaning/strip-pinyin';

const run = (text: string) => stripPinyin(mappedFromString(text));

describe('stripPinyin', () => {
  it('removes tone-marked pinyin after Chinese characters', () => {
    expect(run('小欖鎮(zhèn)').text).toBe('小欖鎮');
    expect(run('發(fā)展').text).toBe('發展');
    expect(run('經(jīng)濟(jì)').text).toBe('經濟');
    expect(run('社區(qū)').text).toBe('社區');
    expect(run('发展（fā zhǎn）').text).toBe('发展');
    expect(run('發(fa1)展(zhan3)').text).toBe('發展');
  });

  it('keeps real parentheses', () => {
    for (const text of [
      '村(社區)',
      '(一)实施重大产业平台',
      '中山市工改半年總結(中山小榄工改)1',
      '区域全面经济伙伴关系协定(RCEP)',
      '力争GDP(国内生产总值)增长',
      '面积(m2)',
      '指标(a)',
      '单位(kg)',
      '(GDP)',
    ]) {
      expect(run(text).text).toBe(text);
    }
  });

  it('removes the annotation inside real parentheses, not the parentheses', () => {
    expect(run('25個村(社區(qū))啟動').text).toBe('25個村(社區)啟動');
  });

  it('takes toneless pinyin only in a document that annotates with tone marks', () => {
    expect(run('好的(de)').text).toBe('好的(de)');
    expect(run('鎮(zhèn)發(fā)經(jīng)的(de)').text).toBe('鎮發經的');
  });

  it('records each removal', () => {
    const result = run('鎮(zhèn)發(fā)');
    expect(result.removed).toEqual([
      { kind: 'pinyin', text: '(zhèn)' },
      { kind: 'pinyin', text: '(fā)' },
    ]);
  });

  it('classifies annotation contents', () => {
    expect(classifyPinyin('zhèn')).toBe('toned');
    expect(classifyPinyin('zhen4')).toBe('numbered');
    expect(classifyPinyin('de')).toBe('toneless');
    expect(classifyPinyin('GDP')).toBeNull();
    expect(classifyPinyin('社區')).toBeNull();
    expect(classifyPinyin('m2')).toBeNull();
    expect(classifyPinyin('xyz')).toBeNull();
  });
});
