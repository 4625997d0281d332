import type { ExportSource, ReportOptions, Tag } from '../../../shared/domain';
import { codeMatrix, codedPassages } from '../annotate/coded';
import { listTags, tagSubtree } from '../annotate/tags';
import type { Db } from '../db/connection';
import { buildReportModel, loadComparison } from './build-report';
import { reportLabels } from './report-labels';

/** A sheet: header and rows of plain values (what Excel and CSV both hold). */
export interface Sheet {
  name: string;
  header: string[];
  rows: (string | number | null)[][];
}

/** One row per passage, then a code × town (or row × town) count as a second sheet. */
export interface PassageTable {
  passages: Sheet;
  matrix: Sheet;
}

const HEADER = {
  zh: [
    '编码路径',
    '镇街',
    '县区',
    '地市',
    '年份',
    '文档',
    '文件名',
    '章节路径',
    '段落文本',
    '批注',
    '起始位置',
    '结束位置',
  ],
  en: [
    'Code path',
    'Town',
    'County',
    'City',
    'Year',
    'Document',
    'File',
    'Section path',
    'Text',
    'Comment',
    'Start',
    'End',
  ],
};

/**
 * The passages of a tag (with its children) or of the whole codebook as coded, or the quotes of
 * a comparison or search as the report shows them: what a researcher sorts and filters in Excel.
 */
export function buildPassageTable(
  db: Db,
  dictDir: string,
  source: ExportSource,
  options: ReportOptions = {},
): PassageTable {
  const language = options.language ?? 'zh';
  return source.kind === 'tag' || source.kind === 'codebook'
    ? codedTable(db, source.kind === 'tag' ? source : null, language)
    : comparisonTable(db, dictDir, source, options, language);
}

function tagPaths(tags: readonly Tag[]): Map<number, string> {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const paths = new Map<number, string>();
  const pathOf = (tag: Tag): string => {
    const known = paths.get(tag.id);
    if (known !== undefined) return known;
    const parent = tag.parentId === null ? undefined : byId.get(tag.parentId);
    const path = parent ? `${pathOf(parent)} / ${tag.name}` : tag.name;
    paths.set(tag.id, path);
    return path;
  };
  for (const tag of tags) pathOf(tag);
  return paths;
}

function codedTable(
  db: Db,
  tag: { tagId: number; includeChildren?: boolean } | null,
  language: 'zh' | 'en',
): PassageTable {
  const tags = listTags(db);
  const paths = tagPaths(tags);
  const wanted = tag
    ? new Set(tag.includeChildren === false ? [tag.tagId] : tagSubtree(db, tag.tagId))
    : new Set(tags.map((t) => t.id));
  const passages = codedPassages(db, {
    ...(tag ? { tagId: tag.tagId, includeChildren: tag.includeChildren !== false } : {}),
    limit: 100_000,
  });
  const places = documentPlaces(db);
  const rows = passages.map((p) => {
    const place = places(p.docId);
    return [
      p.tagIds
        .filter((id) => wanted.has(id))
        .map((id) => paths.get(id) ?? '')
        .filter(Boolean)
        .join('；'),
      p.town,
      p.county,
      place.city,
      p.year,
      p.title,
      place.fileName,
      p.sectionPath.join(' › '),
      p.quote,
      p.comment,
      p.start,
      p.end,
    ];
  });
  const matrix = codeMatrix(db, { by: 'town' });
  const shownRows = matrix.rows
    .map((row, r) => ({ row, cells: matrix.cells[r] ?? [] }))
    .filter(({ row }) => wanted.has(row.tagId));
  return {
    passages: { name: language === 'zh' ? '编码段' : 'Passages', header: HEADER[language], rows },
    matrix: {
      name: language === 'zh' ? '编码×镇街' : 'Codes x towns',
      header: [HEADER[language][0] ?? '', ...matrix.columns.map((c) => c.label)],
      rows: shownRows.map(({ row, cells }) => [row.path || row.name, ...cells]),
    },
  };
}

function comparisonTable(
  db: Db,
  dictDir: string,
  source: ExportSource,
  options: ReportOptions,
  language: 'zh' | 'en',
): PassageTable {
  const model = buildReportModel(db, loadComparison(db, dictDir, source), {
    ...options,
    passages: options.passages ?? 'full',
  });
  const labels = reportLabels(language);
  const places = documentPlaces(db);
  const header = [...HEADER[language]];
  header[0] = language === 'zh' ? '比较项' : 'Row';
  header[9] = labels.note;
  header.splice(10, 2, labels.pageOf);
  const rows = model.rows.flatMap((row) =>
    row.cells.flatMap((cell) =>
      cell.quotes.map((quote) => {
        const document = model.sources[quote.citation.sourceNumber - 1];
        const place = document
          ? places(document.docId)
          : { city: null, county: null, fileName: '' };
        return [
          row.label,
          cell.town,
          place.county,
          place.city,
          quote.citation.year,
          quote.citation.title,
          place.fileName,
          quote.citation.sectionPath.join(' › '),
          quote.text,
          cell.note,
          quote.citation.page,
        ];
      }),
    ),
  );
  return {
    passages: { name: language === 'zh' ? '比较段落' : 'Passages', header, rows },
    matrix: {
      name: language === 'zh' ? '比较项×镇街' : 'Rows x towns',
      header: [header[0] ?? '', ...model.towns],
      rows: model.rows.map((row) => [row.label, ...row.cells.map((c) => c.quotes.length)]),
    },
  };
}

function documentPlaces(
  db: Db,
): (docId: number) => { city: string | null; county: string | null; fileName: string } {
  const load = db.prepare('SELECT city, county, file_name AS fileName FROM documents WHERE id = ?');
  return (docId) =>
    (load.get(docId) as
      { city: string | null; county: string | null; fileName: string } | undefined) ?? {
      city: null,
      county: null,
      fileName: '',
    };
}
