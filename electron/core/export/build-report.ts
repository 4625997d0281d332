import type {
  ComparedSection,
  ComparisonResult,
  ExportSource,
  ReportOptions,
} from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { getTag, listTags } from '../annotate/tags';
import { compareAdHoc, getComparison } from '../compare/comparisons';
import type { Db } from '../db/connection';
import { chooseExcerpt, occurrences } from './excerpt';
import { reportLabels, type ReportLabels } from './report-labels';
import type {
  ReportCitation,
  ReportFigureRow,
  ReportModel,
  ReportQuote,
  ReportSource,
} from './report-model';

/** The comparison a report or passage table is made from (saved, or computed now). */
export function loadComparison(db: Db, dictDir: string, source: ExportSource): ComparisonResult {
  switch (source.kind) {
    case 'comparison':
      return getComparison(db, dictDir, source.id);
    case 'tag': {
      const tag = getTag(db, source.tagId);
      const result = compareAdHoc(
        db,
        dictDir,
        { kind: 'tag', value: String(tag.id) },
        source.scope,
      );
      return { ...result, name: tag.name };
    }
    case 'query':
      return compareAdHoc(db, dictDir, { kind: 'query', value: source.query }, source.scope);
    case 'codebook':
      throw new AppError('BAD_REQUEST', 'A report needs a comparison, a tag or a search.');
  }
}

const DEFAULT_STYLE = {
  paper: 'A4',
  comments: 'footnotes',
  citations: 'bibliography',
  bodyFont: '宋体',
  headingFont: '黑体',
  latinFont: 'Times New Roman',
} as const;

interface DocumentFacts {
  fileName: string;
  sourceUrl: string | null;
  published: string | null;
  town: string | null;
  year: number | null;
  title: string;
}

/** Turns a comparison into the report model, applying the options dialog's choices. */
export function buildReportModel(
  db: Db,
  comparison: ComparisonResult,
  options: ReportOptions = {},
  now: Date = new Date(),
): ReportModel {
  const language = options.language ?? 'zh';
  const labels = reportLabels(language);
  const towns = chooseTowns(comparison.towns, options.towns);
  const rows = comparison.rows.filter(
    (_, i) => !options.rowIndexes || options.rowIndexes.includes(i),
  );
  const tagNames = new Map(listTags(db).map((t) => [t.id, t.name]));
  const facts = documentFacts(db);
  const pageAt = db.prepare(
    'SELECT number FROM pages WHERE document_id = ? AND start_offset <= ? AND end_offset > ?',
  );
  const sources = new Map<number, ReportSource>();
  const sourceFor = (docId: number): ReportSource => {
    let source = sources.get(docId);
    if (!source) {
      const doc = facts(docId);
      source = { number: sources.size + 1, docId, ...doc };
      sources.set(docId, source);
    }
    return source;
  };

  const quoteOf = (section: ComparedSection, town: string): ReportQuote => {
    const chars = Array.from(section.text);
    const excerpt =
      options.passages === 'full'
        ? { start: 0, end: chars.length, elidedBefore: false, elidedAfter: false }
        : chooseExcerpt(chars, [
            ...section.annotations,
            ...section.sharedPhrases,
            ...occurrences(section.text, section.matchedTerms.slice(0, 5)),
          ]);
    const shift = (r: { start: number; end: number }) => ({
      start: Math.max(0, r.start - excerpt.start),
      end: Math.min(excerpt.end, r.end) - excerpt.start,
    });
    const inside = (r: { start: number; end: number }) =>
      r.start < excerpt.end && r.end > excerpt.start;
    const page = (
      pageAt.get(section.docId, section.start + excerpt.start, section.start + excerpt.start) as
        { number: number } | undefined
    )?.number;
    const source = sourceFor(section.docId);
    return {
      text: chars.slice(excerpt.start, excerpt.end).join(''),
      bold: section.sharedPhrases.filter(inside).map(shift),
      comments:
        options.comments === 'none'
          ? []
          : section.annotations
              .filter((a) => a.comment.trim() !== '' && inside(a))
              .map((a) => ({
                ...shift(a),
                text: a.comment.trim(),
                tags: a.tagIds.map((id) => tagNames.get(id) ?? '').filter(Boolean),
              })),
      elidedBefore: excerpt.elidedBefore,
      elidedAfter: excerpt.elidedAfter,
      citation: citation(labels, {
        town,
        year: section.year,
        title: section.title,
        sectionPath: section.sectionPath,
        page: page ?? null,
        sourceNumber: source.number,
      }),
    };
  };

  const reportRows = rows.map((row) => ({
    label: row.label,
    cells: towns.map((town) => {
      const cell = row.cells.find((c) => c.town === town);
      return {
        town,
        note: cell?.note.trim() ?? '',
        quotes: (cell?.sections ?? []).map((s) => quoteOf(s, town)),
      };
    }),
  }));

  const cited = [...sources.values()];
  const years = cited.map((s) => s.year).filter((y): y is number => y !== null);
  const themeName =
    comparison.theme.kind === 'tag' ? tagName(db, comparison.theme.value) : comparison.theme.value;
  return {
    language,
    labels,
    title:
      options.title?.trim() ||
      `${comparison.name}${language === 'zh' ? '' : ' — '}${labels.reportSuffix}`,
    themeLine: `${labels.theme}${labels.colon}${themeName}${labels.aside(labels.themeKinds[comparison.theme.kind])}`,
    author: options.author?.trim() ?? '',
    date: localDate(now),
    scope: {
      towns,
      years:
        years.length === 0
          ? '—'
          : Math.min(...years) === Math.max(...years)
            ? String(Math.min(...years))
            : `${Math.min(...years)}–${Math.max(...years)}`,
      documentCount: cited.length,
    },
    towns,
    rows: reportRows,
    sharedPhrases: comparison.sharedPhrases
      .filter((p) => !p.boilerplate && p.towns.filter((t) => towns.includes(t)).length >= 2)
      .map((p) => ({ text: p.text, towns: p.towns.filter((t) => towns.includes(t)) })),
    figures: options.figures === false ? null : figureRows(comparison, towns, labels),
    sources: cited,
    style: {
      paper: options.paper ?? DEFAULT_STYLE.paper,
      comments: options.comments ?? DEFAULT_STYLE.comments,
      citations: options.citations ?? DEFAULT_STYLE.citations,
      bodyFont: options.bodyFont ?? DEFAULT_STYLE.bodyFont,
      headingFont: options.headingFont ?? DEFAULT_STYLE.headingFont,
      latinFont: options.latinFont ?? DEFAULT_STYLE.latinFont,
    },
  };
}

/** The chosen towns in the chosen order; unknown names are an error the user can fix. */
function chooseTowns(all: readonly string[], chosen: readonly string[] | undefined): string[] {
  if (!chosen || chosen.length === 0) return [...all];
  const unknown = chosen.filter((t) => !all.includes(t));
  if (unknown.length > 0) {
    throw new AppError(
      'BAD_REQUEST',
      `Not in this comparison: ${unknown.join(', ')}. Towns in it: ${all.join(', ')}.`,
    );
  }
  return [...new Set(chosen)];
}

function citation(labels: ReportLabels, parts: Omit<ReportCitation, 'text'>): ReportCitation {
  const text = [
    parts.town,
    parts.year === null ? null : labels.year(parts.year),
    parts.title,
    parts.sectionPath.length > 0 ? parts.sectionPath.join(' › ') : null,
    parts.page === null ? null : labels.page(parts.page),
  ]
    .filter((p): p is string => p !== null && p !== '')
    .join(' · ');
  return { ...parts, text };
}

/** One row per measure (unit and what it counts), one value cell per town. */
function figureRows(
  comparison: ComparisonResult,
  towns: readonly string[],
  labels: ReportLabels,
): ReportFigureRow[] {
  const byMeasure = new Map<string, Map<string, string[]>>();
  for (const figure of comparison.figures) {
    if (!towns.includes(figure.town)) continue;
    const perTown = byMeasure.get(figure.measure) ?? new Map<string, string[]>();
    const shown =
      figure.kind === 'target'
        ? `${figure.original}${labels.aside(labels.target)}`
        : figure.original;
    const list = perTown.get(figure.town) ?? [];
    if (!list.includes(shown)) list.push(shown);
    perTown.set(figure.town, list);
    byMeasure.set(figure.measure, perTown);
  }
  return [...byMeasure.entries()]
    .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0], 'zh-CN'))
    .map(([measure, perTown]) => ({
      measure,
      values: towns.map((town) => (perTown.get(town) ?? []).join('；')),
    }));
}

function documentFacts(db: Db): (docId: number) => DocumentFacts {
  const load = db.prepare(
    `SELECT file_name AS fileName, source_url AS sourceUrl, published, town, year, title
     FROM documents WHERE id = ?`,
  );
  return (docId) => {
    const row = load.get(docId) as DocumentFacts | undefined;
    if (!row) throw new AppError('NOT_FOUND', `Document #${docId} is no longer in the library.`);
    return row;
  };
}

function tagName(db: Db, id: string): string {
  try {
    return getTag(db, Number(id)).name;
  } catch {
    return id;
  }
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
