import { isLowSurrogate } from '../text/code-points';
import type { DetectedField } from './field';
import { emptyField } from './field';
import type { DivisionUnit, Gazetteer, PlaceMention } from './gazetteer';
import { findPlaceMentions, getGazetteer } from './gazetteer';

export interface DetectedPlace {
  town: DetectedField<string>;
  county: DetectedField<string>;
  city: DetectedField<string>;
  province: DetectedField<string>;
  level: DetectedField<'town' | 'county'>;
  divisionCode: string | null;
}

export interface PlaceInput {
  /** The cleaned text (for evidence snippets). */
  text: string;
  /** The same text folded to simplified (same offsets). */
  folded: string;
  /** The document's title, folded to simplified, when known. */
  foldedTitle: string | null;
}

/** Placeholder city names of the data and what to say instead. */
const MUNICIPAL_DISTRICTS = '市辖区';
const DIRECT_COUNTIES = new Set(['省直辖县级行政区划', '自治区直辖县级行政区划', '县']);

/** Weight of one mention: 小榄镇 3, 南朗镇 (listed as 南朗街道) 2, bare 小榄 1. */
function mentionWeight(mention: PlaceMention): number {
  if (!mention.suffixed) return 1;
  return mention.exact ? 3 : 2;
}

/** Government bodies after a name: strong evidence that the document is that place's own. */
const GOVERNMENT_BODY = /^(人民政府|政府|党委|党工委|委员会|人大|纪委|街道办)/u;
const TITLE_BONUS = 6;
const BODY_BONUS = 4;
const LEAD_BONUS = 1;
const LEAD_LENGTH = 200;

interface Score {
  unit: DivisionUnit;
  own: number;
  total: number;
  suffixedCount: number;
  mentions: PlaceMention[];
  forms: Map<string, number>;
}

/**
 * Which township or county-level unit a document is about, from the place names in its text.
 *
 * Every name of the gazetteer found in the text scores for each unit it may mean: 3 with the
 * unit's own suffix, 2 with another suffix of its level (南朗镇 for 南朗街道), 1 bare (小榄) —
 * bare two-character stems only once the name was seen with a suffix or in the title, or bare
 * three times with one in the first 200 characters and its county or city named with a suffix,
 * so that ordinary words that happen to be place stems do not count. Only such "established"
 * units can be chosen. A name in the title adds 6, before 人民政府/党委 adds 4, in the first
 * 200 characters adds 1. Then the hierarchy decides between
 * units of the same name (三乡镇 is in 中山市 and in 河南): half the score of the unit's county
 * and city and a quarter of its province's are added, plus 1.5 per other township of the same
 * county named with a suffix (up to 4). A county-level unit wins over the best township when it
 * scores at least twice as much on its own mentions (a document about 鹤山市 naming some of its
 * towns); counties that are only the city itself (中山市, 东莞市) are never chosen.
 */
export function detectPlace(
  input: PlaceInput,
  gazetteer: Gazetteer = getGazetteer(),
): DetectedPlace {
  const mentions = findPlaceMentions(input.folded, gazetteer);
  const titleUnits = new Set(
    input.foldedTitle
      ? findPlaceMentions(input.foldedTitle, gazetteer).map((m) => m.unit.code)
      : [],
  );
  const scores = new Map<string, Score>();
  const scoreOf = (unit: DivisionUnit): Score => {
    let score = scores.get(unit.code);
    if (!score) {
      score = { unit, own: 0, total: 0, suffixedCount: 0, mentions: [], forms: new Map() };
      scores.set(unit.code, score);
    }
    return score;
  };
  // Units named with a suffix (or in the title) somewhere: their bare stems count too.
  const established = new Set<string>(titleUnits);
  for (const mention of mentions) if (mention.suffixed) established.add(mention.unit.code);
  // Or named bare at least three times, once near the start, in a county or city the text
  // names with its suffix (小榄 … 中山市 … 小榄 … 小榄).
  const bare = new Map<string, { unit: DivisionUnit; count: number; lead: boolean }>();
  for (const mention of mentions) {
    if (mention.suffixed || mention.unit.level === 'city' || mention.unit.level === 'province') {
      continue;
    }
    const entry = bare.get(mention.unit.code) ?? { unit: mention.unit, count: 0, lead: false };
    entry.count++;
    entry.lead ||= mention.start < LEAD_LENGTH;
    bare.set(mention.unit.code, entry);
  }
  for (const [code, { unit, count, lead }] of bare) {
    const parentNamed =
      (unit.areaCode !== null && unit.areaCode !== code && established.has(unit.areaCode)) ||
      (unit.cityCode !== null && established.has(unit.cityCode));
    if (count >= 3 && lead && parentNamed) established.add(code);
  }
  for (const mention of mentions) {
    const stemLength = mention.form.length;
    if (!mention.suffixed && !established.has(mention.unit.code) && stemLength < 3) continue;
    const score = scoreOf(mention.unit);
    let weight = mentionWeight(mention);
    if (mention.start < LEAD_LENGTH) weight += LEAD_BONUS;
    if (
      mention.suffixed &&
      GOVERNMENT_BODY.test(input.folded.slice(mention.end, mention.end + 4))
    ) {
      weight += BODY_BONUS;
    }
    score.own += weight;
    score.mentions.push(mention);
    if (mention.suffixed) {
      score.suffixedCount++;
      score.forms.set(mention.form, (score.forms.get(mention.form) ?? 0) + 1);
    }
  }
  for (const code of titleUnits) {
    const unit = gazetteer.byCode.get(code);
    if (unit) scoreOf(unit).own += TITLE_BONUS;
  }

  const own = (code: string | null): number => (code ? (scores.get(code)?.own ?? 0) : 0);
  const suffixedTownsByArea = new Map<string, number>();
  for (const score of scores.values()) {
    if (score.unit.level === 'town' && score.suffixedCount > 0 && score.unit.areaCode) {
      const area = score.unit.areaCode;
      suffixedTownsByArea.set(area, (suffixedTownsByArea.get(area) ?? 0) + 1);
    }
  }
  const isCityItself = (unit: DivisionUnit): boolean => {
    const city = unit.cityCode ? gazetteer.byCode.get(unit.cityCode) : undefined;
    return unit.level === 'county' && city !== undefined && city.name === unit.name;
  };
  const towns: Score[] = [];
  const counties: Score[] = [];
  for (const score of scores.values()) {
    const { unit } = score;
    if (unit.level === 'town') {
      const area = unit.areaCode ? gazetteer.byCode.get(unit.areaCode) : undefined;
      const siblings =
        (suffixedTownsByArea.get(unit.areaCode ?? '') ?? 0) - (score.suffixedCount > 0 ? 1 : 0);
      score.total =
        score.own +
        (area && !isCityItself(area) ? 0.5 * own(area.code) : 0) +
        0.5 * own(unit.cityCode) +
        0.25 * own(unit.provinceCode) +
        1.5 * Math.min(4, siblings);
      if (score.own >= 2) towns.push(score);
    } else if (unit.level === 'county' && !isCityItself(unit)) {
      const children = suffixedTownsByArea.get(unit.code) ?? 0;
      score.total =
        score.own +
        0.5 * own(unit.cityCode) +
        0.25 * own(unit.provinceCode) +
        1.5 * Math.min(4, children);
      if (score.own >= 2) counties.push(score);
    }
  }
  const byTotal = (a: Score, b: Score): number =>
    b.total - a.total ||
    b.own - a.own ||
    b.suffixedCount - a.suffixedCount ||
    a.unit.code.localeCompare(b.unit.code);
  towns.sort(byTotal);
  counties.sort(byTotal);
  const bestTown = towns[0];
  const bestCounty = counties[0];
  const countyWins =
    bestCounty !== undefined &&
    (bestTown === undefined ||
      (bestCounty.own >= 2 * bestTown.own && bestCounty.total > bestTown.total));
  const winner = countyWins ? bestCounty : bestTown;
  if (!winner) return emptyPlace();
  const rivals = countyWins ? counties : towns;
  const confidence = confidenceOf(winner, rivals);
  return describe(winner, countyWins ? 'county' : 'town', confidence, input, scores, gazetteer);
}

/**
 * How sure: strength of the winner's own mentions, its margin over the best unit of another
 * name, and — when a unit of the same name exists elsewhere (三乡镇 in 河南) — how clearly the
 * surrounding county/city/province mentions favour the winner.
 */
function confidenceOf(winner: Score, rivals: readonly Score[]): number {
  const stem = winner.unit.stem ?? winner.unit.name;
  const sameName = rivals.find((r) => r !== winner && (r.unit.stem ?? r.unit.name) === stem);
  const otherName = rivals.find((r) => r !== winner && (r.unit.stem ?? r.unit.name) !== stem);
  const strength = winner.own >= 10 ? 1 : winner.own >= 4 ? 0.85 : 0.6;
  const margin = otherName ? Math.max(0, 1 - otherName.total / winner.total) : 1;
  const coherence = (score: Score): number => score.total - score.own;
  const clarity = sameName
    ? 0.7 + 0.3 * Math.max(0, (coherence(winner) - coherence(sameName)) / (coherence(winner) + 1))
    : 1;
  return round(strength * (0.55 + 0.4 * margin) * clarity);
}

function describe(
  winner: Score,
  level: 'town' | 'county',
  confidence: number,
  input: PlaceInput,
  scores: ReadonlyMap<string, Score>,
  gazetteer: Gazetteer,
): DetectedPlace {
  const { unit } = winner;
  const area =
    unit.level === 'county'
      ? unit
      : unit.areaCode
        ? gazetteer.byCode.get(unit.areaCode)
        : undefined;
  const city = unit.cityCode ? gazetteer.byCode.get(unit.cityCode) : undefined;
  const province = gazetteer.byCode.get(unit.provinceCode);
  const cityName =
    city === undefined
      ? null
      : city.name === MUNICIPAL_DISTRICTS
        ? (province?.name ?? null)
        : DIRECT_COUNTIES.has(city.name)
          ? (area?.name ?? null)
          : city.name;
  const evidenceOf = (target: DivisionUnit | undefined): string | null => {
    const mentions = target ? scores.get(target.code)?.mentions : undefined;
    if (!mentions || mentions.length === 0) return null;
    const best = mentions.find((m) => m.suffixed) ?? mentions[0];
    return best ? snippet(input.text, best.start, best.end) : null;
  };
  const derived = round(confidence * 0.95);
  const field = (value: string | null, target: DivisionUnit | undefined): DetectedField<string> => {
    if (value === null) return emptyField();
    const evidence = evidenceOf(target);
    return { value, confidence: evidence ? confidence : derived, evidence };
  };
  const townEvidence = evidenceOf(unit);
  return {
    town: { value: preferredForm(winner), confidence, evidence: townEvidence },
    county: field(area?.name ?? null, area),
    city: field(cityName, city),
    province: field(province?.name ?? null, province),
    level: { value: level, confidence, evidence: townEvidence },
    divisionCode: unit.code,
  };
}

/** The name as the document writes it with a suffix (南朗镇), else the listed name. */
function preferredForm(score: Score): string {
  let best: string | null = null;
  let count = 0;
  for (const [form, n] of score.forms) {
    if (n > count || (n === count && form === score.unit.name)) {
      best = form;
      count = n;
    }
  }
  return best ?? score.unit.name;
}

/** The text around [start, end) on its line, at most 20 characters either side. */
export function snippet(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  let from = Math.max(lineStart, start - 20);
  let to = Math.min(lineEnd, end + 20);
  if (isLowSurrogate(text.charCodeAt(from)) && from > lineStart) from--;
  if (isLowSurrogate(text.charCodeAt(to)) && to < lineEnd) to++;
  return `${from > lineStart ? '…' : ''}${text.slice(from, to)}${to < lineEnd ? '…' : ''}`;
}

function emptyPlace(): DetectedPlace {
  return {
    town: emptyField(),
    county: emptyField(),
    city: emptyField(),
    province: emptyField(),
    level: emptyField(),
    divisionCode: null,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
