import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../electron/core/text/to-simplified';
import { detectPlace } from '../../electron/core/metadata/place';

function place(text: string, title: string | null = null) {
  return detectPlace({
    text,
    folded: toSimplified(text),
    foldedTitle: title === null ? null : toSimplified(title),
  });
}

const SANXIANG_BODY = '三乡镇召开年度工作会议,三乡将继续推进工改,加快三乡镇产业升级。';

describe('detectPlace', () => {
  it('uses the city named in the text to choose between towns of the same name', () => {
    const zhongshan = place(`${SANXIANG_BODY}助力中山高质量发展,建成中山市石岐鸽产业园。`);
    expect(zhongshan.town.value).toBe('三乡镇');
    expect(zhongshan.divisionCode).toBe('442000114');
    expect(zhongshan.city.value).toBe('中山市');
    const luoyang = place(`${SANXIANG_BODY}宜阳县委、洛阳市有关部门到三乡镇调研。`);
    expect(luoyang.town.value).toBe('三乡镇');
    expect(luoyang.divisionCode).toBe('410327107');
    expect(luoyang.county.value).toBe('宜阳县');
    expect(luoyang.province.value).toBe('河南省');
  });

  it('folds traditional names and resolves short forms', () => {
    const result = place('小欖鎮全年完成投資。小欖企業增長,小欖人民生活改善。');
    expect(result.town.value).toBe('小榄镇');
    expect(result.county.value).toBe('中山市');
    expect(result.town.evidence).toContain('小欖鎮');
  });

  it('resolves a short form used alone when its city is named', () => {
    const result = place('小榄推进工改,小榄企业增长。中山市支持小榄发展,小榄人民生活改善。');
    expect(result.town.value).toBe('小榄镇');
    expect(result.divisionCode).toBe('442000118');
    // Without the city, a bare stem stays unproven.
    expect(place('小榄推进工改,小榄企业增长,小榄人民生活改善。').town.value).toBeNull();
  });

  it('reports the name as the document writes it, with the listed code', () => {
    const result = place('南朗镇人民政府召开会议。南朗镇将加快发展,南朗全镇上下齐心。');
    expect(result.town.value).toBe('南朗镇');
    expect(result.divisionCode).toBe('442000008');
  });

  it('chooses a county-level city over the towns it names', () => {
    const text =
      '鹤山市推进百千万工程。鹤山全面贯彻落实部署,鹤山市大力建平台。共和镇、址山镇加快发展。' +
      '鹤山高标准建设示范带,江门市委肯定鹤山经验。';
    const result = place(text, '奋力再造一个工业新鹤山');
    expect(result.level.value).toBe('county');
    expect(result.town.value).toBe('鹤山市');
    expect(result.county.value).toBe('鹤山市');
    expect(result.city.value).toBe('江门市');
    expect(result.divisionCode).toBe('440784');
  });

  it('chooses the town when the document is about the town', () => {
    const text = '鹤山市共和镇召开大会。共和镇全力打造中心镇,共和镇在全国排名344位,共和发展迅速。';
    const result = place(text, '共和镇:打造省级样板中心镇');
    expect(result.level.value).toBe('town');
    expect(result.town.value).toBe('共和镇');
    expect(result.county.value).toBe('鹤山市');
    expect(result.divisionCode).toBe('440784106');
  });

  it('finds nothing in text without place names, despite stems that are ordinary words', () => {
    const result = place('加快城镇建设,确保城镇安全,推进工程建设和文化发展,建设中心镇、特色镇。');
    expect(result.town.value).toBeNull();
    expect(result.divisionCode).toBeNull();
    expect(result.town.confidence).toBe(0);
  });
});
