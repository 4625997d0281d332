import { Alert, Empty, Segmented, Skeleton, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../../shared/domain';
import { useCodeMatrix } from '../../../api/codingQueries';
import { useDocuments } from '../../../api/queries';
import { describeError } from '../../../components/describeError';
import { SearchFilterBar } from '../../search/SearchFilterBar';
import {
  MATRIX_BYS,
  MATRIX_MEASURES,
  type CodebookState,
  type CodebookUpdate,
  type MatrixBy,
  type MatrixMeasure,
} from '../codebookState';
import { useLocalFilters } from '../useLocalFilters';
import { CellPassagesDrawer, type MatrixCell } from './CellPassagesDrawer';
import { CooccurrencePanel } from './CooccurrencePanel';
import { MatrixHeatmap } from './MatrixHeatmap';
import { matrixView } from './matrixModel';
import { MatrixTable } from './MatrixTable';

interface MatrixTabProps {
  state: CodebookState;
  update: CodebookUpdate;
  tags: readonly Tag[];
  tagIndex: ReadonlyMap<number, Tag>;
}

/** 编码矩阵: how much each tag codes per town (year, document), as a table and a heatmap. */
export default function MatrixTab({ state, update, tags, tagIndex }: MatrixTabProps) {
  const { t } = useTranslation();
  const documents = useDocuments();
  const [filterState, updateFilters, filters] = useLocalFilters();
  const request = useMemo(
    () => ({ by: state.by, measure: state.measure, ...(filters ? { filters } : {}) }),
    [state.by, state.measure, filters],
  );
  const matrix = useCodeMatrix(request);
  const view = useMemo(
    () => (matrix.data ? matrixView(matrix.data, tags) : null),
    [matrix.data, tags],
  );
  const [cell, setCell] = useState<MatrixCell | null>(null);
  const onCell = useCallback(
    (row: number, column: number) => {
      const rowView = view?.rows[row];
      const columnView = view?.columns[column];
      if (rowView && columnView) setCell({ row: rowView, column: columnView });
    },
    [view],
  );
  const measureLabel = t(`matrix.measure.${state.measure}`);

  return (
    <div className="matrix-tab">
      <div className="panel-toolbar">
        <Segmented<MatrixBy>
          value={state.by}
          data-testid="matrix-by"
          options={MATRIX_BYS.map((by) => ({ value: by, label: t(`matrix.by.${by}`) }))}
          onChange={(by) => update({ by }, { replace: true })}
        />
        <Segmented<MatrixMeasure>
          value={state.measure}
          data-testid="matrix-measure"
          options={MATRIX_MEASURES.map((measure) => ({
            value: measure,
            label: t(`matrix.measure.${measure}`),
          }))}
          onChange={(measure) => update({ measure }, { replace: true })}
        />
      </div>
      <SearchFilterBar
        documents={documents.data ?? []}
        state={filterState}
        update={updateFilters}
        showTowns
      />
      {matrix.isError && !matrix.data && (
        <Alert type="error" showIcon title={describeError(matrix.error).message} />
      )}
      {matrix.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {view &&
        (view.rows.length === 0 || view.columns.length === 0 ? (
          <Empty
            className="search-empty"
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('matrix.empty')}
          />
        ) : (
          <div
            className={matrix.isPlaceholderData ? 'matrix-body matrix-body-stale' : 'matrix-body'}
          >
            <Typography.Text type="secondary" className="matrix-note">
              {t('matrix.note', { measure: t(`matrix.measureNoun.${state.measure}`) })}
            </Typography.Text>
            <MatrixTable view={view} onCell={onCell} />
            <MatrixHeatmap view={view} measureLabel={measureLabel} onCell={onCell} />
          </div>
        ))}
      <CellPassagesDrawer
        cell={cell}
        by={state.by}
        filters={filters}
        tagIndex={tagIndex}
        onClose={() => setCell(null)}
      />
      <CooccurrencePanel tags={tags} tagIndex={tagIndex} filters={filters} />
    </div>
  );
}
