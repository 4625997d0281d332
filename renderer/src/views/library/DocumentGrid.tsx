import { Table } from 'antd';
import { memo, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/domain';
import { useDocumentColumns } from './documentColumns';

// onRow's return type has no room for data-* keys, though React passes them through.
const ROW_PROPS = { 'data-testid': 'doc-row' } as HTMLAttributes<HTMLElement>;

const PAGE_SIZES = [20, 50, 100, 200];

/**
 * The table itself, memoised on its rows: typing in the filters re-renders the filter bar at
 * once, and the table only when the filtered rows are ready.
 */
export const DocumentGrid = memo(function DocumentGrid({ rows }: { rows: DocumentSummary[] }) {
  const { t } = useTranslation();
  const columns = useDocumentColumns();
  return (
    <Table<DocumentSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      onRow={() => ROW_PROPS}
      scroll={{ x: 1092 }}
      locale={{ emptyText: t('library.table.noMatch') }}
      pagination={{
        defaultPageSize: 50,
        pageSizeOptions: PAGE_SIZES,
        showSizeChanger: true,
        hideOnSinglePage: true,
      }}
    />
  );
});
