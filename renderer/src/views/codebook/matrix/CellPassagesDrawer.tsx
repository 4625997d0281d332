import { Drawer, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchFilters, Tag } from '../../../../../shared/domain';
import { useCodedPassages } from '../../../api/codingQueries';
import { TagDot } from '../../../codebook/TagDot';
import { useFormatters } from '../../../format';
import type { MatrixBy } from '../codebookState';
import { CodedPassageList } from '../CodedPassageList';
import {
  columnFilters,
  inColumn,
  MATRIX_INCLUDES_CHILDREN,
  mergeFilters,
  type MatrixRowView,
} from './matrixModel';

export interface MatrixCell {
  row: MatrixRowView;
  column: { key: string; label: string };
}

interface CellPassagesDrawerProps {
  cell: MatrixCell | null;
  by: MatrixBy;
  filters: SearchFilters | undefined;
  tagIndex: ReadonlyMap<number, Tag>;
  onClose(): void;
}

const CELL_LIMIT = 5000;

/** The passages behind one cell of the matrix: one tag in one town (year, document). */
export function CellPassagesDrawer({
  cell,
  by,
  filters,
  tagIndex,
  onClose,
}: CellPassagesDrawerProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const query = useMemo(() => {
    if (!cell) return null;
    const merged = mergeFilters(filters, columnFilters(by, cell.column.key));
    return {
      tagId: cell.row.tagId,
      includeChildren: MATRIX_INCLUDES_CHILDREN,
      limit: CELL_LIMIT,
      ...(Object.keys(merged).length > 0 ? { filters: merged } : {}),
    };
  }, [cell, by, filters]);
  const coded = useCodedPassages(query);
  const passages = useMemo(
    () => (cell && coded.data ? coded.data.filter((p) => inColumn(p, by, cell.column)) : undefined),
    [coded.data, cell, by],
  );

  return (
    <Drawer
      open={cell !== null}
      size={640}
      onClose={onClose}
      destroyOnHidden
      title={
        cell && (
          <span className="cell-drawer-title">
            <TagDot color={cell.row.color} />
            {cell.row.name}
            <span className="cell-drawer-sep">×</span>
            {cell.column.label}
          </span>
        )
      }
    >
      <div data-testid="matrix-cell-passages">
        {passages && (
          <Typography.Text type="secondary" className="retrieval-count">
            {t('matrix.cellCount', { count: passages.length, formatted: number(passages.length) })}
          </Typography.Text>
        )}
        <CodedPassageList
          passages={coded.isPlaceholderData ? undefined : passages}
          tags={tagIndex}
          color={cell?.row.color}
          testId="matrix-cell-list"
        />
      </div>
    </Drawer>
  );
}
