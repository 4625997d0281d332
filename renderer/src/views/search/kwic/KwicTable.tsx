import { Table, Tooltip, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { memo, useMemo, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { KwicLine } from '../../../../../shared/domain';
import { readerHref } from '../readerLink';

// onRow's return type has no room for data-* keys, though React passes them through.
const ROW_PROPS = { 'data-testid': 'kwic-row' } as HTMLAttributes<HTMLElement>;
const PAGE_SIZES = [50, 100, 200, 500];

const rowKey = (line: KwicLine) => `${line.docId}-${line.start}`;

function buildColumns(t: TFunction, query: string): TableColumnsType<KwicLine> {
  return [
    {
      title: t('kwic.column.left'),
      key: 'left',
      align: 'right',
      className: 'kwic-cell-left',
      // Cut at the far (left) end, so the words next to the match always show.
      render: (_, line) => (
        <div className="kwic-left" title={line.left}>
          <span>{line.left}</span>
        </div>
      ),
    },
    {
      title: t('kwic.column.match'),
      key: 'match',
      align: 'center',
      width: 112,
      className: 'kwic-cell-match',
      render: (_, line) => <strong className="kwic-match">{line.match}</strong>,
    },
    {
      title: t('kwic.column.right'),
      key: 'right',
      className: 'kwic-cell-right',
      render: (_, line) => (
        <div className="kwic-right" title={line.right}>
          {line.right}
        </div>
      ),
    },
    {
      title: t('kwic.column.town'),
      key: 'town',
      width: 96,
      render: (_, line) => line.town ?? <span className="cell-missing">—</span>,
    },
    {
      title: t('kwic.column.year'),
      key: 'year',
      width: 64,
      render: (_, line) =>
        line.year === null ? (
          <span className="cell-missing">—</span>
        ) : (
          <span className="tabular">{line.year}</span>
        ),
    },
    {
      title: t('kwic.column.document'),
      key: 'document',
      width: 200,
      render: (_, line) => (
        <Tooltip title={line.title} placement="topLeft" mouseEnterDelay={0.4}>
          <a className="kwic-doc" href={readerHref(line.docId, line.start, query)}>
            {line.title}
          </a>
        </Tooltip>
      ),
    },
  ];
}

interface KwicTableProps {
  lines: KwicLine[];
  /** The term as a query, for the Reader to highlight when a line is opened. */
  query: string;
  stale: boolean;
}

/** Occurrences one per row, aligned on the match, a page at a time (there may be thousands). */
export const KwicTable = memo(function KwicTable({ lines, query, stale }: KwicTableProps) {
  const { t } = useTranslation();
  const columns = useMemo(() => buildColumns(t, query), [t, query]);
  return (
    <div className={stale ? 'kwic-table kwic-table-stale' : 'kwic-table'} data-testid="kwic-table">
      <Table<KwicLine>
        rowKey={rowKey}
        size="small"
        tableLayout="fixed"
        columns={columns}
        dataSource={lines}
        onRow={() => ROW_PROPS}
        locale={{ emptyText: t('kwic.empty') }}
        pagination={{
          defaultPageSize: 100,
          pageSizeOptions: PAGE_SIZES,
          showSizeChanger: true,
          hideOnSinglePage: true,
        }}
      />
    </div>
  );
});
