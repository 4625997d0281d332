import { Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TagDot } from '../../../codebook/TagDot';
import { useFormatters } from '../../../format';
import { cellShade, type MatrixRowView, type MatrixView } from './matrixModel';

interface MatrixTableProps {
  view: MatrixView;
  onCell(row: number, column: number): void;
}

const INDENT_PX = 16;

/** The matrix as numbers: tags down (indented by depth), towns/years/documents across. */
export function MatrixTable({ view, onCell }: MatrixTableProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const columns = useMemo((): TableColumnsType<MatrixRowView> => {
    const tagColumn: TableColumnsType<MatrixRowView>[number] = {
      key: 'tag',
      title: t('matrix.tagColumn'),
      fixed: 'left',
      width: 220,
      render: (_, row) => (
        <span
          className="matrix-tag"
          style={{ paddingInlineStart: row.depth * INDENT_PX }}
          title={row.path}
        >
          <TagDot color={row.color} />
          <span className="matrix-tag-name">{row.name}</span>
        </span>
      ),
    };
    const valueColumns = view.columns.map((column, j) => ({
      key: `c-${column.key}`,
      title: (
        <span className="matrix-column-title" title={column.label}>
          {column.label}
        </span>
      ),
      width: 96,
      align: 'center' as const,
      onCell: () => ({ className: 'matrix-td' }),
      render: (_: unknown, row: MatrixRowView, i: number) => {
        const value = row.cells[j] ?? 0;
        const shade = cellShade(value, view.max);
        return (
          <button
            type="button"
            className="matrix-cell tabular"
            data-testid="matrix-cell"
            data-row={row.tagId}
            data-column={column.key}
            data-value={value}
            disabled={value === 0}
            style={{ backgroundColor: shade.background, color: shade.color }}
            aria-label={t('matrix.cellLabel', {
              tag: row.name,
              column: column.label,
              value: number(value),
            })}
            onClick={() => onCell(i, j)}
          >
            {value === 0 ? '·' : number(value)}
          </button>
        );
      },
    }));
    const totalColumn = {
      key: 'total',
      title: t('matrix.total'),
      width: 88,
      align: 'right' as const,
      fixed: 'right' as const,
      render: (_: unknown, row: MatrixRowView) => (
        <span className="matrix-total tabular">{number(row.total)}</span>
      ),
    };
    return [tagColumn, ...valueColumns, totalColumn];
  }, [view, t, number, onCell]);

  return (
    <Table<MatrixRowView>
      className="matrix-table"
      data-testid="matrix-table"
      size="small"
      bordered
      rowKey="tagId"
      pagination={false}
      columns={columns}
      dataSource={view.rows}
      scroll={{ x: 'max-content' }}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row className="matrix-summary">
            <Table.Summary.Cell index={0}>{t('matrix.total')}</Table.Summary.Cell>
            {view.columnTotals.map((value, j) => (
              <Table.Summary.Cell key={j} index={j + 1} align="center">
                <span className="tabular">{number(value)}</span>
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={view.columns.length + 1} align="right">
              <span className="tabular">
                {number(view.columnTotals.reduce((sum, value) => sum + value, 0))}
              </span>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
