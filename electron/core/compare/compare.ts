import fs from 'node:fs';
import path from 'node:path';
import type {
  ComparedSection,
  ComparisonResult,
  ComparisonRow,
  ComparisonScope,
  ComparisonTheme,
  Figure,
  SharedPhrase,
} from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { listTags } from '../annotate/tags';
import type { Db } from '../db/connection';
import { gramMatch } from '../search/grams';
import { parseQuery } from '../search/query-parser';
import { sectionPaths } from '../search/section-path';
import { builtInStopwords } from '../search/stopwords';
import { proposeSections, vectorsOf, type Proposal } from './align';
import { loadCandidates, scopeSql, type Candidate } from './candidates';
import { extractFigures } from './figures';
import { findSharedPhrases } from './shared-phrases';
import { inverseDocumentFrequencies } from './vectors';

/** A row to compute, with the researcher's choices and notes when the comparison is saved. */
export interface RowSpec {
  id: number | null;
  label: string;
  theme: ComparisonTheme;
  choices: { town: string; sectionId: number; choice: 'pinned' | 'removed' }[];
  notes: Map<string, string>;
}

/** Phrases in at least this share of all documents are slogans, hidden by default. */
const BOILERPLATE_SHARE = 0.6;

let policyTerms: string[] | null = null;
function loadPolicyTerms(dictDir: string): string[] {
  if (policyTerms) return policyTerms;
  const file = path.join(dictDir, 'policy-terms.txt');
  policyTerms = fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .map((line) => line.split(' ')[0] ?? '')
        .filter((t) => t.length >= 2)
    : [];
  return policyTerms;
}

/** Default rows: one per child of a tag, one per OR-group of a query, else one. */
export function defaultRows(
  db: Db,
  theme: ComparisonTheme,
): { label: string; theme: ComparisonTheme }[] {
  if (theme.kind === 'tag') {
    const tags = listTags(db);
    const tag = tags.find((t) => t.id === Number(theme.value));
    if (!tag)
      throw new AppError('NOT_FOUND', `Tag #${theme.value} does not exist (or is in the trash).`);
    const children = tags.filter((t) => t.parentId === tag.id);
    return children.length > 0
      ? children.map((c) => ({ label: c.name, theme: { kind: 'tag', value: String(c.id) } }))
      : [{ label: tag.name, theme }];
  }
  if (theme.kind === 'query') {
    const groups = parseQuery(theme.value).groups;
    return groups.length > 1
      ? groups.map((group) => {
          const value = group.map((t) => (t.phrase ? `"${t.text}"` : t.text)).join(' OR ');
          return { label: value, theme: { kind: 'query', value } };
        })
      : [{ label: theme.value, theme }];
  }
  return [{ label: `章节 #${theme.value}`, theme }];
}

/**
 * Compares a theme across towns: for each row and town the best matching sections (the
 * researcher's pins kept, removals honoured), the phrases they share word for word, and the
 * figures they state.
 */
export function computeComparison(
  db: Db,
  dictDir: string,
  input: {
    id: number | null;
    name: string;
    theme: ComparisonTheme;
    scope?: ComparisonScope;
    rows: RowSpec[];
  },
): ComparisonResult {
  const started = performance.now();
  const stopwords = builtInStopwords(dictDir);
  const candidates = loadCandidates(db, input.scope, (w) => stopwords.has(w));
  const idf = inverseDocumentFrequencies(candidates.map((c) => c.counts));
  const vectors = vectorsOf(candidates, idf);
  const bySection = new Map(candidates.map((c) => [c.sectionId, c]));
  const { where, params } = scopeSql(input.scope);
  const towns = (
    db
      .prepare(`SELECT DISTINCT d.town FROM documents d WHERE ${where} ORDER BY d.town`)
      .all(...params) as { town: string }[]
  )
    .map((r) => r.town)
    .sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const notices: string[] = [];

  // A pinned section that is gone (document deleted or re-imported) is reported, not fatal.
  const sectionExists = db.prepare('SELECT 1 FROM sections WHERE id = ?');
  for (const row of input.rows) {
    for (const pin of row.choices) {
      if (
        pin.choice === 'pinned' &&
        !bySection.has(pin.sectionId) &&
        !sectionExists.get(pin.sectionId)
      ) {
        notices.push(
          `A section pinned for ${pin.town} in “${row.label}” no longer exists (its document was deleted or re-imported).`,
        );
      }
    }
  }

  const cells = input.rows.map((row) => {
    const proposals = proposeSections(db, row.theme, candidates, vectors, towns, input.scope);
    return towns.map((town) => {
      const removed = new Set(
        row.choices
          .filter((c) => c.town === town && c.choice === 'removed')
          .map((c) => c.sectionId),
      );
      const pinned = row.choices.filter((c) => c.town === town && c.choice === 'pinned');
      const chosen: (Proposal & { pinned: boolean })[] = [];
      for (const pin of pinned) {
        const candidate = bySection.get(pin.sectionId);
        if (candidate) chosen.push({ candidate, score: 1, matchedTerms: [], pinned: true });
      }
      for (const proposal of proposals.get(town) ?? []) {
        if (
          removed.has(proposal.candidate.sectionId) ||
          chosen.some((c) => c.candidate.sectionId === proposal.candidate.sectionId)
        )
          continue;
        chosen.push({ ...proposal, pinned: false });
      }
      return { town, chosen, note: row.notes.get(town) ?? '' };
    });
  });

  const loadText = db.prepare(
    'SELECT substr(text, ? + 1, ? - ?) AS text FROM documents WHERE id = ?',
  );
  const textOf = (c: Candidate) =>
    (loadText.get(c.start, c.end, c.start, c.docId) as { text: string }).text;
  const texts = new Map<number, string>();
  for (const row of cells)
    for (const cell of row)
      for (const { candidate } of cell.chosen) texts.set(candidate.sectionId, textOf(candidate));

  const { phrases, ranges } = findSharedPhrases(
    [
      ...new Set(
        cells.flatMap((row) => row.flatMap((cell) => cell.chosen.map((p) => p.candidate))),
      ),
    ].map((c) => ({
      key: String(c.sectionId),
      town: c.town,
      text: texts.get(c.sectionId) ?? '',
    })),
  );
  const sharedPhrases = markBoilerplate(db, phrases);

  const paths = sectionPaths(db, [...texts.keys()]);
  const annotations = db.prepare(
    `SELECT a.id, a.start_offset, a.end_offset, a.comment,
            (SELECT group_concat(at.tag_id) FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
             WHERE at.annotation_id = a.id AND t.deleted_at IS NULL) AS tags
     FROM annotations a WHERE a.document_id = ? AND a.deleted_at IS NULL AND a.start_offset < ? AND a.end_offset > ?`,
  );
  const section = (p: Proposal & { pinned: boolean }): ComparedSection => {
    const c = p.candidate;
    return {
      sectionId: c.sectionId,
      docId: c.docId,
      title: c.docTitle,
      year: c.year,
      sectionPath: paths.get(c.sectionId) ?? [],
      start: c.start,
      end: c.end,
      text: texts.get(c.sectionId) ?? '',
      score: Math.round(p.score * 1000) / 1000,
      matchedTerms: p.matchedTerms,
      pinned: p.pinned,
      sharedPhrases: ranges.get(String(c.sectionId)) ?? [],
      annotations: (
        annotations.all(c.docId, c.end, c.start) as {
          id: number;
          start_offset: number;
          end_offset: number;
          comment: string;
          tags: string | null;
        }[]
      ).map((a) => ({
        id: a.id,
        start: a.start_offset - c.start,
        end: a.end_offset - c.start,
        tagIds: a.tags ? a.tags.split(',').map(Number) : [],
        comment: a.comment,
      })),
    };
  };

  const terms = loadPolicyTerms(dictDir);
  const figures: Figure[] = [];
  const seen = new Set<number>();
  for (const row of cells) {
    for (const cell of row) {
      for (const { candidate } of cell.chosen) {
        if (seen.has(candidate.sectionId)) continue;
        seen.add(candidate.sectionId);
        figures.push(
          ...extractFigures(
            {
              town: cell.town,
              docId: candidate.docId,
              sectionId: candidate.sectionId,
              offset: candidate.start,
              text: texts.get(candidate.sectionId) ?? '',
              docKind: candidate.docKind,
            },
            terms,
          ),
        );
      }
    }
  }

  const rows: ComparisonRow[] = input.rows.map((row, r) => ({
    id: row.id,
    label: row.label,
    theme: row.theme,
    cells: (cells[r] ?? []).map((cell) => ({
      town: cell.town,
      sections: cell.chosen.map(section),
      note: cell.note,
      notices: [],
    })),
  }));
  return {
    id: input.id,
    name: input.name,
    theme: input.theme,
    scope: input.scope ?? {},
    towns,
    rows,
    sharedPhrases,
    figures,
    notices: [...new Set(notices)],
    tookMs: Math.round(performance.now() - started),
  };
}

/** Marks phrases found in most of the library's documents (slogans such as 习近平新时代…). */
function markBoilerplate(
  db: Db,
  phrases: readonly Omit<SharedPhrase, 'boilerplate'>[],
): SharedPhrase[] {
  const total = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  // Only whether the share is reached matters: counting stops there. Counting every document
  // holding a common phrase was 35 % of a 30-town comparison at 10,000 documents.
  let needed = Math.ceil(total * BOILERPLATE_SHARE);
  // The same test as documents / total >= share, whatever the rounding of total * share.
  if (needed > 0 && (needed - 1) / total >= BOILERPLATE_SHARE) needed--;
  const count = db.prepare(
    `SELECT count(*) AS n FROM (
       SELECT DISTINCT c.document_id FROM chunk_fts JOIN chunks c ON c.id = chunk_fts.rowid
       WHERE chunk_fts MATCH ? LIMIT ?)`,
  );
  return phrases.map((phrase) => {
    const match = gramMatch(phrase.text);
    const documents = match ? (count.get(match, needed) as { n: number }).n : 0;
    return { ...phrase, boilerplate: total >= 4 && documents >= needed };
  });
}
