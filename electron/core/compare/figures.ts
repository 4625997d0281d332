import type { Figure } from '../../../shared/domain';
import { CodePointIndex } from '../text/code-points';
import { foldForSearch } from '../search/fold';

/** Units a figure can carry, longest first; 万/亿 in front multiply (亿元 → 元 × 10^8). */
const UNITS = [
  '平方公里',
  '平方米',
  '公里',
  '亩',
  '公顷',
  '元',
  '%',
  '个',
  '家',
  '项',
  '宗',
  '人',
  '户',
  '栋',
  '套',
  '台',
  '条',
  '所',
  '座',
];
const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3 };
const FIGURE = new RegExp(
  `(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(万|亿|千)?\\s*(${UNITS.map((u) => u.replace('%', '%')).join('|')})`,
  'gu',
);
const TARGET_CUES = [
  '力争',
  '计划',
  '目标',
  '不少于',
  '不低于',
  '确保',
  '争取',
  '预计',
  '拟',
  '将',
  '要',
];
const ACHIEVEMENT_CUES = [
  '完成',
  '实现',
  '已',
  '累计',
  '达到',
  '拆除',
  '建成',
  '新增',
  '共',
  '全年',
  '同比',
];
const SENTENCE_END = /[。；;！？\n]/u;
const CLAUSE_END = /[，,。；;：:！？\n、]/u;

export interface FigureSource {
  town: string;
  docId: number;
  sectionId: number | null;
  /** Offset of `text` in the document (code points). */
  offset: number;
  text: string;
  docKind: string | null;
}

/**
 * Quantities with units in a passage (拆除整理低效工业用地 3001.84 亩), each with the phrase it
 * qualifies and whether it reports an achievement (完成/实现/已…) or sets a target (力争/计划/
 * 不少于…). Without a cue, a work plan's figures are targets and a report's or article's are
 * achievements. `policyTerms` name the measure when one occurs in the sentence.
 */
export function extractFigures(source: FigureSource, policyTerms: readonly string[]): Figure[] {
  const folded = foldForSearch(source.text);
  const index = new CodePointIndex(source.text);
  const figures: Figure[] = [];
  for (const match of folded.matchAll(FIGURE)) {
    const [whole, number, multiplier, unit] = match as unknown as [
      string,
      string,
      string | undefined,
      string,
    ];
    const at = match.index ?? 0;
    const before = folded.slice(0, at);
    // Years and dates are not figures: 2021年, 1月至8月.
    if (/^\d{4}$/.test(number) && unit === '年') continue;
    const sentenceStart = lastIndexOf(before, SENTENCE_END) + 1;
    const clauseStart = lastIndexOf(before, CLAUSE_END) + 1;
    const sentence = folded.slice(sentenceStart, at);
    const clause = folded.slice(clauseStart, at).trim();
    const after =
      folded.slice(at + whole.length, at + whole.length + 12).split(CLAUSE_END)[0] ?? '';
    const value =
      Number(number.replace(/,/g, '')) * (multiplier ? (MULTIPLIERS[multiplier] ?? 1) : 1);
    const measureTerm = nearestTerm(policyTerms, sentence, after);
    const subject =
      (clause.length > 0 ? clause : sentence.slice(-16)).slice(-24) +
      (after.startsWith('“') || after.startsWith('"') ? after : '');
    const start = index.toCodePoint(at);
    const end = index.toCodePoint(at + whole.length);
    figures.push({
      town: source.town,
      docId: source.docId,
      sectionId: source.sectionId,
      start: source.offset + start,
      end: source.offset + end,
      original: source.text.slice(at, at + whole.length),
      value,
      unit,
      subject: subject.trim(),
      measure: `${measureTerm ?? lastWords(clause)}·${unit}`,
      kind: kindOf(sentence, after, source.docKind),
    });
  }
  return figures;
}

/**
 * The policy term closest to the figure, before it in the sentence or right after it in the
 * clause (500亩“工改工”连片改造 → 工改工); on a tie the longer term.
 */
function nearestTerm(terms: readonly string[], before: string, after: string): string | undefined {
  let best: { term: string; distance: number } | undefined;
  for (const term of terms) {
    const at = before.lastIndexOf(term);
    const distances = [
      at >= 0 ? before.length - (at + term.length) : Infinity,
      after.indexOf(term) >= 0 ? after.indexOf(term) : Infinity,
    ];
    const distance = Math.min(...distances);
    if (distance === Infinity) continue;
    if (
      !best ||
      distance < best.distance ||
      (distance === best.distance && term.length > best.term.length)
    ) {
      best = { term, distance };
    }
  }
  return best?.term;
}

function lastIndexOf(text: string, pattern: RegExp): number {
  for (let i = text.length - 1; i >= 0; i--) if (pattern.test(text[i] as string)) return i;
  return -1;
}

/** The nearest cue before the figure decides; then cues right after it; then the document's kind. */
function kindOf(sentence: string, after: string, docKind: string | null): Figure['kind'] {
  let best: { at: number; kind: Figure['kind'] } | null = null;
  for (const [cues, kind] of [
    [TARGET_CUES, 'target'],
    [ACHIEVEMENT_CUES, 'achievement'],
  ] as const) {
    for (const cue of cues) {
      const at = sentence.lastIndexOf(cue);
      if (at >= 0 && (!best || at > best.at)) best = { at, kind };
    }
  }
  if (best) return best.kind;
  if (ACHIEVEMENT_CUES.some((cue) => after.includes(cue))) return 'achievement';
  if (docKind === 'work_plan') return 'target';
  if (docKind === 'news' || docKind === 'year_end_summary') return 'achievement';
  return 'unknown';
}

function lastWords(clause: string): string {
  return clause.replace(/[\d.,\s]+$/u, '').slice(-6) || '—';
}
