import type {
  ComparisonResult,
  ComparisonTheme,
  DocumentSummary,
  Figure,
  SharedPhrase,
  Tag,
} from '../../../../shared/domain';
import { regionParts } from '../../metadata/place';
import { sliceCodePoints } from '../../text/codePoints';

/** What the grid shows above a town's column: the county (or city) it lies in, its documents. */
export interface TownInfo {
  town: string;
  region: string | null;
  documents: number;
  years: [number, number] | null;
}

/** Facts about each compared town, from the (cached) document list and the comparison's scope. */
export function townInfos(
  towns: readonly string[],
  documents: readonly DocumentSummary[],
  result: Pick<ComparisonResult, 'scope'>,
): Map<string, TownInfo> {
  const { yearFrom, yearTo } = result.scope;
  const infos = new Map<string, TownInfo>();
  for (const town of towns) {
    const docs = documents.filter(
      (doc) =>
        doc.town === town &&
        (yearFrom === undefined || (doc.year !== null && doc.year >= yearFrom)) &&
        (yearTo === undefined || (doc.year !== null && doc.year <= yearTo)),
    );
    const first = docs[0] ?? documents.find((doc) => doc.town === town);
    // A county-level city is its own county; name the prefecture above it instead.
    const region = first ? (regionParts(first).find((part) => part !== town) ?? null) : null;
    const years = docs.map((doc) => doc.year).filter((y): y is number => y !== null);
    infos.set(town, {
      town,
      region,
      documents: docs.length,
      years: years.length > 0 ? [Math.min(...years), Math.max(...years)] : null,
    });
  }
  return infos;
}

/**
 * Phrases in the order the panel lists them: shared by the most towns first, then the longest,
 * as a researcher reads them (wide agreement before long borrowings).
 */
export function sortPhrases(phrases: readonly SharedPhrase[]): SharedPhrase[] {
  return [...phrases].sort(
    (a, b) =>
      b.towns.length - a.towns.length ||
      Array.from(b.text).length - Array.from(a.text).length ||
      a.text.localeCompare(b.text, 'zh-CN'),
  );
}

export function phraseIndex(phrases: readonly SharedPhrase[]): ReadonlyMap<string, SharedPhrase> {
  return new Map(phrases.map((phrase) => [phrase.text, phrase]));
}

/** Share of positions where two equally long texts hold the same character. */
function positionalOverlap(a: readonly string[], b: readonly string[]): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}

const LETTER = /[\p{L}\p{N}]/u;

function foldChar(ch: string): string {
  const normalised = ch.normalize('NFKC');
  return (Array.from(normalised).length === 1 ? normalised : ch).toLowerCase();
}

/**
 * A stretch of text as the core lists shared phrases: letters and digits only (punctuation and
 * spaces dropped), full-width folded, Latin in lower case.
 */
export function phraseLetters(written: string): string {
  return Array.from(written)
    .filter((ch) => LETTER.test(ch))
    .map(foldChar)
    .join('');
}

/**
 * The listed phrase a marked stretch of a section spells. The core also folds traditional into
 * simplified characters (低效工業用地 and 低效工业用地 are one phrase), which the page cannot, so a
 * stretch not listed as it is is the listed phrase of its length that agrees with it in most
 * places.
 */
export function phraseOf(
  written: string,
  phrases: ReadonlyMap<string, SharedPhrase>,
): SharedPhrase | null {
  const letters = phraseLetters(written);
  const exact = phrases.get(letters);
  if (exact) return exact;
  const chars = Array.from(letters);
  let best: SharedPhrase | null = null;
  let bestOverlap = 0.5;
  for (const phrase of phrases.values()) {
    const other = Array.from(phrase.text);
    if (other.length !== chars.length) continue;
    const overlap = positionalOverlap(chars, other);
    if (overlap >= bestOverlap) {
      best = phrase;
      bestOverlap = overlap;
    }
  }
  return best;
}

/**
 * Each listed phrase as first written in the compared sections (with its punctuation, as the
 * grid shows it), and how often it is marked there.
 */
export function phraseWordings(
  result: Pick<ComparisonResult, 'rows'>,
  phrases: ReadonlyMap<string, SharedPhrase>,
): Map<string, { written: string; occurrences: number }> {
  const wordings = new Map<string, { written: string; occurrences: number }>();
  const seen = new Set<number>();
  for (const row of result.rows) {
    for (const cell of row.cells) {
      for (const section of cell.sections) {
        if (seen.has(section.sectionId)) continue;
        seen.add(section.sectionId);
        for (const range of section.sharedPhrases) {
          const written = sliceCodePoints(section.text, range.start, range.end);
          const phrase = phraseOf(written, phrases);
          if (!phrase) continue;
          const known = wordings.get(phrase.text);
          if (known) known.occurrences++;
          else wordings.set(phrase.text, { written, occurrences: 1 });
        }
      }
    }
  }
  return wordings;
}

/** Figures of one measure across the towns, for one row of the figures table. */
export interface FigureGroup {
  measure: string;
  unit: string;
  /** The phrases the figures qualify, most frequent first. */
  subjects: string[];
  byTown: Map<string, Figure[]>;
  /** The largest value (in the base unit), for the small bars. */
  max: number;
  count: number;
}

/** Figures grouped by measure; the measures stated by the most towns come first. */
export function groupFigures(figures: readonly Figure[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  const subjectCounts = new Map<string, Map<string, number>>();
  for (const figure of figures) {
    let group = groups.get(figure.measure);
    if (!group) {
      group = {
        measure: figure.measure,
        unit: figure.unit,
        subjects: [],
        byTown: new Map(),
        max: 0,
        count: 0,
      };
      groups.set(figure.measure, group);
      subjectCounts.set(figure.measure, new Map());
    }
    const list = group.byTown.get(figure.town) ?? [];
    list.push(figure);
    group.byTown.set(figure.town, list);
    group.max = Math.max(group.max, Math.abs(figure.value));
    group.count++;
    const subjects = subjectCounts.get(figure.measure);
    if (subjects && figure.subject) {
      subjects.set(figure.subject, (subjects.get(figure.subject) ?? 0) + 1);
    }
  }
  for (const group of groups.values()) {
    const subjects = subjectCounts.get(group.measure) ?? new Map<string, number>();
    group.subjects = [...subjects].sort((a, b) => b[1] - a[1]).map(([subject]) => subject);
    for (const list of group.byTown.values())
      list.sort((a, b) => a.docId - b.docId || a.start - b.start);
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.byTown.size - a.byTown.size ||
      b.count - a.count ||
      a.measure.localeCompare(b.measure, 'zh-CN'),
  );
}

export interface ThemeDescription {
  /** 检索词 / 编码标签 / 章节 */
  kind: ComparisonTheme['kind'];
  /** The query, the tag's name, or the section's number. */
  text: string;
  /** The tag's colour, for a tag theme. */
  color?: string;
}

/** A section theme's name, as the Reader sent it along (the core knows the section by id). */
export interface SectionLabel {
  value: string;
  text: string;
}

export function describeTheme(
  theme: ComparisonTheme,
  tags: ReadonlyMap<number, Tag>,
  sectionLabel: SectionLabel | null = null,
): ThemeDescription {
  if (theme.kind === 'tag') {
    const tag = tags.get(Number(theme.value));
    return tag
      ? { kind: 'tag', text: tag.name, color: tag.color }
      : { kind: 'tag', text: `#${theme.value}` };
  }
  if (theme.kind === 'section') {
    const named = sectionLabel?.value === theme.value ? sectionLabel.text : '';
    return { kind: 'section', text: named || `#${theme.value}` };
  }
  return { kind: 'query', text: theme.value };
}

/** Every notice of the comparison and its cells, without repeats. */
export function allNotices(result: ComparisonResult): string[] {
  const notices = new Set(result.notices);
  for (const row of result.rows) {
    for (const cell of row.cells) {
      for (const notice of cell.notices) notices.add(`${row.label} · ${cell.town}：${notice}`);
    }
  }
  return [...notices];
}
