import type { MappedText, TextEdit } from './mapped-text';
import { applyEdits } from './mapped-text';

/** Vowels with tone marks (and ü), by the toneless letter they stand for; ü is written 'v'. */
const TONE_VOWEL_GROUPS: readonly (readonly [string, string])[] = [
  ['āáǎà', 'a'],
  ['ēéěèê', 'e'],
  ['īíǐì', 'i'],
  ['ōóǒò', 'o'],
  ['ūúǔù', 'u'],
  ['ǖǘǚǜü', 'v'],
  ['ńňǹ', 'n'],
  ['ḿ', 'm'],
];
const TONE_VOWELS = new Map<string, string>(
  TONE_VOWEL_GROUPS.flatMap(([marked, plain]) => [...marked].map((ch) => [ch, plain] as const)),
);
const TONE_MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;

const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])';
const FINAL =
  '(?:iang|iong|uang|ueng|uai|uan|van|ang|eng|ing|ong|ian|iao|iu|ie|ia|in|ai|ao|an|ei|en|er|ou|ua|uo|ui|un|ue|ve|vn|a|o|e|i|u|v)';
/** One toneless pinyin syllable (optionally with erhua r); also the interjections n, m, ng. */
const SYLLABLE = `(?:${INITIAL}?${FINAL}r?|ng|n|m)`;
const SYLLABLES = new RegExp(`^(?:${SYLLABLE}[1-5]?[\\s'’·-]*)+$`);
const SYLLABLE_WITH_DIGIT = new RegExp(`^(?:${INITIAL}?${FINAL}r?[1-5][\\s'’·-]*)+$`);

/** A Han character, optionally one space, then a parenthesised annotation (ASCII or wide). */
const ANNOTATION = /(\p{Script=Han}) ?([(（])([^()（）\n]{1,40})([)）])/gu;

export type PinyinKind = 'toned' | 'numbered' | 'toneless' | null;

/** What kind of pinyin `content` (the text inside the parentheses) is, or null when none. */
export function classifyPinyin(content: string): PinyinKind {
  const trimmed = content.trim();
  if (trimmed.length === 0 || /[A-Z]/.test(trimmed)) return null;
  const toneless = [...trimmed].map((ch) => TONE_VOWELS.get(ch) ?? ch).join('');
  if (!/^[a-z1-5\s'’·-]+$/.test(toneless)) return null;
  if (TONE_MARKED.test(trimmed)) return SYLLABLES.test(toneless) ? 'toned' : null;
  if (/\d/.test(toneless)) return SYLLABLE_WITH_DIGIT.test(toneless) ? 'numbered' : null;
  return SYLLABLES.test(toneless) ? 'toneless' : null;
}

/**
 * Step 3: pinyin annotations after Chinese characters, `鎮(zhèn)` → `鎮`, `發(fā)展` → `發展`.
 * The annotation must follow a Han character directly and be valid pinyin with tone marks or
 * tone digits; toneless pinyin (`的(de)`) goes only in a document that has at least three
 * marked annotations. Real parentheses — `(社區)`, `(一)`, `(GDP)`, `(m2)` — stay.
 */
export function stripPinyin(input: MappedText): MappedText {
  const { text } = input;
  const found: { start: number; end: number; kind: Exclude<PinyinKind, null> }[] = [];
  for (const match of text.matchAll(ANNOTATION)) {
    const [whole, han = '', , content = ''] = match;
    const kind = classifyPinyin(content);
    if (!kind) continue;
    const start = (match.index ?? 0) + han.length;
    found.push({ start, end: (match.index ?? 0) + whole.length, kind });
  }
  const marked = found.filter((f) => f.kind !== 'toneless').length;
  const edits: TextEdit[] = found
    .filter((f) => f.kind !== 'toneless' || marked >= 3)
    .map((f) => ({ start: f.start, end: f.end, kind: 'pinyin' }));
  return applyEdits(input, edits);
}
