import { SearchOutlined } from '@ant-design/icons';
import { Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/domain';
import { parseTimestamp, useFormatters } from '../../format';
import { routeHref } from '../../router';

// Titles are Chinese whatever the UI language; zh collation sorts them by pinyin.
const titleCollator = new Intl.Collator('zh-CN', { numeric: true });

function timeOf(value: string): number {
  return parseTimestamp(value)?.getTime() ?? 0;
}

function matches(doc: DocumentSummary, needle: string): boolean {
  return doc.title.toLowerCase().includes(needle) || doc.fileName.toLowerCase().includes(needle);
}

// onRow's return type has no room for data-* keys, though React passes them through.
const ROW_PROPS = { 'data-testid': 'doc-row' } as HTMLAttributes<HTMLElement>;

export function DocumentTable({ documents }: { documents: DocumentSummary[] }) {
  const { t } = useTranslation();
  const { number, dateTime } = useFormatters();
  const [filter, setFilter] = useState('');

  const needle = filter.trim().toLowerCase();
  const visible = useMemo(
    () => (needle ? documents.filter((doc) => matches(doc, needle)) : documents),
    [documents, needle],
  );

  const formats = useMemo(
    () => [...new Set(documents.map((doc) => doc.format))].sort(),
    [documents],
  );

  const columns: TableColumnsType<DocumentSummary> = [
    {
      title: t('library.table.title'),
      dataIndex: 'title',
      sorter: (a, b) => titleCollator.compare(a.title, b.title),
      render: (_, doc) => (
        <a
          href={routeHref({ view: 'doc', id: doc.id })}
          data-testid="doc-title"
          className="doc-title"
        >
          {doc.title}
        </a>
      ),
    },
    {
      title: t('library.table.fileName'),
      dataIndex: 'fileName',
      ellipsis: true,
      sorter: (a, b) => titleCollator.compare(a.fileName, b.fileName),
    },
    {
      title: t('library.table.format'),
      dataIndex: 'format',
      width: 110,
      sorter: (a, b) => a.format.localeCompare(b.format),
      filters: formats.map((format) => ({ text: format.toUpperCase(), value: format })),
      onFilter: (value, doc) => doc.format === value,
      render: (format: string) => <Tag>{format.toUpperCase()}</Tag>,
    },
    {
      title: t('library.table.chars'),
      dataIndex: 'chars',
      align: 'right',
      width: 120,
      sorter: (a, b) => a.chars - b.chars,
      render: (chars: number) => <span className="tabular">{number(chars)}</span>,
    },
    {
      title: t('library.table.importedAt'),
      dataIndex: 'importedAt',
      width: 190,
      sorter: (a, b) => timeOf(a.importedAt) - timeOf(b.importedAt),
      render: (importedAt: string) => <span className="tabular">{dateTime(importedAt)}</span>,
    },
  ];

  return (
    <div className="document-table">
      <div className="document-table-toolbar">
        <Input
          allowClear
          className="document-filter"
          prefix={<SearchOutlined />}
          placeholder={t('library.table.filter')}
          aria-label={t('library.table.filter')}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <Typography.Text type="secondary">
          {t('library.table.total', { count: visible.length })}
        </Typography.Text>
      </div>
      <Table<DocumentSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={visible}
        onRow={() => ROW_PROPS}
        locale={{ emptyText: t('library.table.noMatch') }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, hideOnSinglePage: true }}
      />
    </div>
  );
}
