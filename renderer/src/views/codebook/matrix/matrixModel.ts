import type { CodedPassage, Matrix, SearchFilters, Tag } from '../../../../../shared/domain';
import { flattenTags } from '../../../codebook/tagTree';
import type { MatrixBy } from '../codebookState';

/** Whether a matrix row counts its tag's own passages only (as Tag.passageCount does). */
export const MATRIX_INCLUDES_CHILDREN = false;

export interface MatrixRowView {
  tagId: number;
  name: string;
  path: string;
  color: string;
  depth: number;
  cells: number[];
  total: number;
}

export interface MatrixView {
  rows: MatrixRowView[];
  columns: Matrix['columns'];
  /** The largest cell, for shading. */
  max: number;
  columnTotals: number[];
}

/** The matrix with each row's depth in the codebook and the totals the table shows. */
export function matrixView(matrix: Matrix, tags: readonly Tag[]): MatrixView {
  const depth = new Map(flattenTags(tags).map((node) => [node.tag.id, node.depth]));
  const rows = matrix.rows.map((row, i) => {
    const cells = matrix.columns.map((_, j) => matrix.cells[i]?.[j] ?? 0);
    return {
      ...row,
      depth: depth.get(row.tagId) ?? Math.max(0, row.path.split(' / ').length - 1),
      cells,
      total: cells.reduce((sum, value) => sum + value, 0),
    };
  });
  const columnTotals = matrix.columns.map((_, j) =>
    rows.reduce((sum, row) => sum + (row.cells[j] ?? 0), 0),
  );
  const max = rows.reduce((m, row) => Math.max(m, ...row.cells), 0);
  return { rows, columns: matrix.columns, max, columnTotals };
}

/**
 * The filters that narrow coded passages to one column of the matrix, where the filters can say
 * it exactly. A town column is matched by `inColumn` instead: a county-level city's column holds
 * documents whose town field is empty, which a town filter would miss.
 */
export function columnFilters(by: MatrixBy, key: string): SearchFilters {
  if (by === 'document') {
    const id = Number(key);
    return Number.isSafeInteger(id) && id > 0 ? { documentIds: [id] } : {};
  }
  if (by === 'year') {
    const year = Number(key);
    return Number.isInteger(year) && key !== '' ? { yearFrom: year, yearTo: year } : {};
  }
  return {};
}

/** Whether a passage belongs to the column (a check for columns the filters cannot express). */
export function inColumn(
  passage: CodedPassage,
  by: MatrixBy,
  column: { key: string; label: string },
): boolean {
  if (by === 'document') return String(passage.docId) === column.key;
  if (by === 'year') return String(passage.year ?? '') === column.key;
  return (passage.town ?? '') === column.key;
}

/** Both sets of filters at once; a column's own filter wins where they meet. */
export function mergeFilters(
  base: SearchFilters | undefined,
  column: SearchFilters,
): SearchFilters {
  return { ...(base ?? {}), ...column };
}

/** A cell's shade: a calm blue, stronger with the value. */
export function cellShade(value: number, max: number): { background: string; color: string } {
  if (value <= 0 || max <= 0) return { background: 'transparent', color: '#b5bac2' };
  const strength = 0.08 + 0.72 * (value / max);
  return {
    background: `rgba(43, 95, 138, ${strength.toFixed(3)})`,
    color: strength > 0.5 ? '#ffffff' : '#1f2328',
  };
}
