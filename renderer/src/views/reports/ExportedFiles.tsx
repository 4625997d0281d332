import { Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportRecord } from '../../../../shared/domain';
import { useExports } from '../../api/exportQueries';
import { QueryError } from '../../components/QueryError';
import { useFormatters } from '../../format';
import { humanSize } from './fileSize';
import { FILE_KIND_COLOR, fileKind } from './fileKind';
import { fileName } from './filePath';
import { OpenFileButton } from './OpenFileButton';

const PAGE_SIZE = 10;

/** Every report, table and project file the app wrote, newest first (backups have their own list). */
export function ExportedFiles() {
  const { t, i18n } = useTranslation();
  const { dateTime } = useFormatters();
  const files = useExports();
  const rows = useMemo(
    () => (files.data ?? []).filter((record) => record.kind !== 'backup'),
    [files.data],
  );

  const columns: TableColumnsType<ExportRecord> = [
    {
      key: 'file',
      title: t('reports.files.file'),
      render: (_, record) => (
        <div className="exported-file-cell">
          <Typography.Text
            strong={record.exists}
            delete={!record.exists}
            data-testid="export-file-name"
          >
            {fileName(record.path)}
          </Typography.Text>
          <Typography.Text type="secondary" className="exported-file-path" ellipsis>
            {record.path}
          </Typography.Text>
        </div>
      ),
    },
    {
      key: 'kind',
      title: t('reports.files.kind'),
      width: 150,
      render: (_, record) => (
        <span className="exported-file-tags">
          <Tag color={FILE_KIND_COLOR[fileKind(record)]}>
            {t(`reports.fileKind.${fileKind(record)}`)}
          </Tag>
          <Tag data-testid="export-format">{record.format.toUpperCase()}</Tag>
        </span>
      ),
    },
    {
      key: 'createdAt',
      title: t('reports.files.createdAt'),
      width: 150,
      render: (_, record) => <span className="tabular">{dateTime(record.createdAt)}</span>,
    },
    {
      key: 'bytes',
      title: t('reports.files.size'),
      width: 90,
      align: 'right',
      render: (_, record) => (
        <span className="tabular" data-testid="export-size">
          {humanSize(record.bytes, i18n.language)}
        </span>
      ),
    },
    {
      key: 'actions',
      title: t('reports.files.actions'),
      width: 150,
      render: (_, record) =>
        record.exists ? (
          <OpenFileButton path={record.path} size="small" />
        ) : (
          <Tag color="default" data-testid="export-missing">
            {t('reports.files.missing')}
          </Tag>
        ),
    },
  ];

  return (
    <section className="reports-section" aria-label={t('reports.files.title')}>
      <Typography.Title level={5} className="reports-section-title">
        {t('reports.files.title')}
      </Typography.Title>
      {files.isError && !files.data ? (
        <QueryError error={files.error} onRetry={() => void files.refetch()} />
      ) : (
        <Table<ExportRecord>
          size="small"
          rowKey="id"
          data-testid="exports-table"
          loading={files.isPending}
          columns={columns}
          dataSource={rows}
          onRow={(record) =>
            ({
              'data-testid': 'export-row',
              'data-format': record.format,
              className: record.exists ? undefined : 'exported-file-missing',
            }) as HTMLAttributes<HTMLElement>
          }
          pagination={
            rows.length > PAGE_SIZE
              ? { pageSize: PAGE_SIZE, showSizeChanger: false, size: 'small' }
              : false
          }
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.files.empty')} />
            ),
          }}
        />
      )}
    </section>
  );
}
