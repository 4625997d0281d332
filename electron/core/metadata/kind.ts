import type { DetectedField } from './field';
import { toSimplified } from '../text/to-simplified';

export type DocumentKind = 'work_report' | 'work_plan' | 'year_end_summary' | 'news' | 'other';

export interface KindInput {
  /** The document's title, when known. */
  title: string | null;
  /** The original text (its head and tail keep the stamps, bylines and page chrome). */
  original: string;
}

/** Lines at most this long (code points) before the first paragraph belong to the head. */
const HEAD_LINE = 60;
const HEAD_LINES = 12;
const TAIL_LINES = 15;

/**
 * The document's head: the original's lines before its first paragraph of running text (a line
 * over 60 characters, or a sentence of 20 or more) — title, cover, stamps, page chrome, where a
 * document says what it is. At most 12 lines.
 */
export function headOf(original: string): string {
  const head: string[] = [];
  for (const line of original.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const length = [...trimmed].length;
    const paragraph = length > HEAD_LINE || (length >= 20 && /[。！？]$/u.test(trimmed));
    if (paragraph || head.length >= HEAD_LINES) break;
    head.push(trimmed);
  }
  return head.join('\n');
}

/** The original's last 15 non-empty lines (bylines and footers name papers and reporters). */
export function tailOf(original: string): string {
  return original
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(-TAIL_LINES)
    .join('\n');
}

interface Rule {
  kind: DocumentKind;
  pattern: RegExp;
}

/**
 * Checked in order on the title and the head: a plan "节选自政府工作报告" is a plan, so plan
 * words come before report words; summaries before news cues.
 */
const HEAD_RULES: readonly Rule[] = [
  { kind: 'work_plan', pattern: /工作\s*(计划|安排|要点|思路)/u },
  { kind: 'work_report', pattern: /(政府)?工作\s*报告/u },
  {
    kind: 'year_end_summary',
    pattern: /(年终|年度|工作)\s*总结|这一年|year\s*end\s*summary|年度\s*回顾|年终\s*盘点/iu,
  },
  {
    kind: 'news',
    pattern:
      /记者|通讯员|本报讯|日报|晚报|早报|新闻网|南方[日都]|第\s*[A-Za-z]*\d+\s*版|版\s*[:：]|更新\s*时间|新华社|中新社/u,
  },
];
/** News cues at the end of a page: the newspaper or reporter credited. */
const TAIL_NEWS = /记者|通讯员|本报讯|日报|晚报|早报|新华社|中新社|南方[日都]报/u;

/**
 * What kind of document this is, from the words of its title and head: 工作计划/工作安排/工作要点
 * → work_plan (also "工作安排(节选自政府工作报告)"); 政府工作报告 → work_report; 年终总结/工作总结/
 * 这一年/YEAR END SUMMARY → year_end_summary; newspaper and news-site cues (记者, 日报, 本报讯,
 * 第A13版, 版:, 更新时间) → news; else other. A title match is surer than a head match; a
 * newspaper or reporter credited only at the end gives news at 0.6.
 */
export function detectKind(input: KindInput): DetectedField<DocumentKind> {
  // Rules match the simplified folding; evidence quotes the text as written (same offsets).
  const head = headOf(input.original);
  const tail = tailOf(input.original);
  const foldedTitle = input.title !== null ? toSimplified(input.title) : null;
  const foldedHead = toSimplified(head);
  for (const rule of HEAD_RULES) {
    if (foldedTitle !== null && rule.pattern.test(foldedTitle)) {
      return { value: rule.kind, confidence: 0.9, evidence: input.title };
    }
    const inHead = rule.pattern.exec(foldedHead);
    if (inHead) {
      return { value: rule.kind, confidence: 0.75, evidence: lineAround(head, inHead.index) };
    }
  }
  const inTail = TAIL_NEWS.exec(toSimplified(tail));
  if (inTail) return { value: 'news', confidence: 0.6, evidence: lineAround(tail, inTail.index) };
  return { value: 'other', confidence: 0.3, evidence: null };
}

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const newline = text.indexOf('\n', index);
  return text.slice(start, newline < 0 ? text.length : newline).trim();
}
