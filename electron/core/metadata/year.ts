import type { DetectedField } from './field';
import { emptyField } from './field';
import { toSimplified } from '../text/to-simplified';

export interface YearInput {
  /** The original text (stamps and page chrome are still in it). */
  original: string;
  /** The cleaned text. */
  cleaned: string;
  /** The document's title, when known. */
  title: string | null;
  fileName: string;
  /** Publication date from the source format (YYYY-MM-DD or anything starting with a year). */
  published?: string;
  /** Current year, for tests; years after it + 1 are never a document's year. */
  now?: number;
}

const YEAR = '((?:19|20)\\d{2})';
const MIN_YEAR = 1949;

/**
 * Report conventions that name the year a document is about: "2021年是…", "2021年工作安排",
 * "2023年政府工作报告", "2023年工作总结", "2023 YEAR END SUMMARY".
 */
const CONVENTIONS: readonly RegExp[] = [
  new RegExp(`${YEAR}\\s*年\\s*是`, 'gu'),
  new RegExp(
    `${YEAR}\\s*年\\s*(?:度)?\\s*(?:政府)?\\s*工作\\s*(?:报告|安排|计划|要点|思路|总结|回顾)`,
    'gu',
  ),
  new RegExp(`${YEAR}\\s*年\\s*(?:度)?\\s*(?:年终|年度)?\\s*总结`, 'gu'),
  new RegExp(`${YEAR}\\s*(?:年)?\\s*year\\s*end`, 'giu'),
];
/** Stamps that date a page: update/publication times, newspaper date lines. */
const STAMPS: readonly RegExp[] = [
  new RegExp(`(?:更新|发布|发表|发文|印发|成文)\\s*(?:时间|日期)\\s*[:：]\\s*${YEAR}`, 'gu'),
  new RegExp(`${YEAR}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*星期`, 'gu'),
];
/** A year mentioned in running text: 2022年, 2022-03-30, 2022/3, 2022.3. */
const MENTION = new RegExp(`(?<!\\d)${YEAR}(?!\\d)(?=\\s*(?:年|[-/.]\\d))`, 'gu');
/** Words before a year that make it a target or a range end, not the document's year. */
const TARGET_BEFORE = /(到|至|力争|预计|目标|展望|远景|直至|—|–|-|~|～)\s*$/u;
/** Words after "YYYY年" that make it a plan horizon. */
const TARGET_AFTER = /^\s*年\s*(远景|国土空间|总体规划|规划|目标|愿景|前)/u;
/** A year starting a range (2021-2025年). */
const RANGE_AFTER = /^\s*年?\s*[-—–~～至到]\s*(19|20)\d{2}/u;

interface Candidate {
  score: number;
  /** Best evidence class: 'title' | 'convention' | 'content' | 'file' | 'published'. */
  kind: EvidenceKind;
  evidence: string;
}
type EvidenceKind = 'title' | 'convention' | 'content' | 'file' | 'published';
const CLASS_CONFIDENCE: Readonly<Record<EvidenceKind, number>> = {
  title: 0.9,
  convention: 0.85,
  content: 0.65,
  file: 0.5,
  published: 0.4,
};
const CLASS_ORDER: readonly EvidenceKind[] = [
  'title',
  'convention',
  'content',
  'file',
  'published',
];

function context(text: string, index: number, length: number): string {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const newline = text.indexOf('\n', index + length);
  const lineEnd = newline < 0 ? text.length : newline;
  const from = Math.max(lineStart, index - 12);
  const to = Math.min(lineEnd, index + length + 16);
  return text.slice(from, to).trim();
}

/**
 * The year a document is about — its content year, not a repost or update stamp.
 *
 * Scores per year: a year in the title 10; a report convention ("2021年是…", "2021年工作安排",
 * "2023年政府工作报告", "2023 YEAR END SUMMARY", in the text or the original's head) 8; the
 * latest year the running text mentions as a fact (not "到2025年", not a range end or a plan
 * horizon like "2035年国土空间规划", not after the publication year) 4, plus 0.5 per mention
 * (up to 3); a year in the file name 3; the publication date (given, or an update/publication
 * stamp in the original, or a newspaper date line) 2. A news feature reposted in 2024 about
 * 2022 thus gets 2022: the stamp is weak evidence, the content's latest year strong.
 */
export function detectYear(input: YearInput): DetectedField<number> {
  // Patterns match the simplified folding; evidence quotes the text as written (same offsets).
  const original = toSimplified(input.original);
  const cleaned = toSimplified(input.cleaned);
  const title = input.title !== null ? toSimplified(input.title) : null;
  const now = input.now ?? new Date().getFullYear();
  const maxYear = now + 1;
  const candidates = new Map<number, Candidate>();
  const add = (year: number, score: number, kind: EvidenceKind, evidence: string): void => {
    if (year < MIN_YEAR || year > maxYear) return;
    const current = candidates.get(year);
    if (!current) {
      candidates.set(year, { score, kind, evidence });
      return;
    }
    current.score += score;
    if (CLASS_ORDER.indexOf(kind) < CLASS_ORDER.indexOf(current.kind)) {
      current.kind = kind;
      current.evidence = evidence;
    }
  };

  if (title) {
    const match = new RegExp(`(?<!\\d)${YEAR}(?!\\d)`, 'u').exec(title);
    if (match) add(Number(match[1]), 10, 'title', input.title ?? title);
  }

  // Conventions: anywhere in the cleaned text, and in the head of the original (a compilation
  // header like "乡镇2023年政府工作报告-35篇" is cleaned away but still names the year).
  const seenConventions = new Map<number, number>();
  const head = original.slice(0, 400);
  const sources: readonly (readonly [string, string])[] = [
    [cleaned, input.cleaned],
    [head, input.original],
  ];
  for (const [text, raw] of sources) {
    for (const pattern of CONVENTIONS) {
      for (const match of text.matchAll(pattern)) {
        const year = Number(match[1]);
        const seen = seenConventions.get(year) ?? 0;
        if (seen >= 2) continue;
        seenConventions.set(year, seen + 1);
        add(year, 8, 'convention', context(raw, match.index ?? 0, match[0].length));
      }
    }
  }

  // Publication evidence (weak), which also caps the content years.
  const published = new Map<number, string>();
  const publishedMatch = input.published ? /(?:19|20)\d{2}/u.exec(input.published) : null;
  if (publishedMatch && input.published) {
    published.set(Number(publishedMatch[0]), input.published.trim());
  }
  for (const pattern of STAMPS) {
    for (const match of original.matchAll(pattern)) {
      const year = Number(match[1]);
      if (!published.has(year)) {
        published.set(year, context(input.original, match.index ?? 0, match[0].length));
      }
    }
  }
  for (const [year, evidence] of published) add(year, 2, 'published', evidence);
  const cap = published.size > 0 ? Math.max(...published.keys()) : maxYear;

  // Years the running text mentions as facts.
  const counts = new Map<number, { count: number; evidence: string }>();
  for (const match of cleaned.matchAll(MENTION)) {
    const index = match.index ?? 0;
    const before = cleaned.slice(Math.max(0, index - 6), index);
    const after = cleaned.slice(index + 4, index + 16);
    if (TARGET_BEFORE.test(before) || TARGET_AFTER.test(after) || RANGE_AFTER.test(after)) continue;
    const year = Number(match[1]);
    if (year > cap) continue;
    const entry = counts.get(year);
    if (entry) entry.count++;
    else counts.set(year, { count: 1, evidence: context(input.cleaned, index, 4) });
  }
  if (counts.size > 0) {
    const latest = Math.max(...counts.keys());
    for (const [year, { count, evidence }] of counts) {
      add(year, (year === latest ? 4 : 0) + 0.5 * Math.min(count, 6), 'content', evidence);
    }
  }

  const fileYear = new RegExp(`(?<!\\d)${YEAR}(?!\\d)`, 'u').exec(input.fileName);
  if (fileYear) add(Number(fileYear[1]), 3, 'file', input.fileName);

  let best: [number, Candidate] | null = null;
  let second = 0;
  for (const entry of candidates) {
    if (
      !best ||
      entry[1].score > best[1].score ||
      (entry[1].score === best[1].score && entry[0] > best[0])
    ) {
      if (best) second = Math.max(second, best[1].score);
      best = entry;
    } else {
      second = Math.max(second, entry[1].score);
    }
  }
  if (!best) return emptyField();
  const [year, candidate] = best;
  const margin = 1 - second / candidate.score;
  const confidence = CLASS_CONFIDENCE[candidate.kind] * (0.6 + 0.4 * Math.max(0, margin));
  return {
    value: year,
    confidence: Math.round(confidence * 100) / 100,
    evidence: candidate.evidence,
  };
}
