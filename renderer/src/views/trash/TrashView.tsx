import { ArrowLeftOutlined, DeleteOutlined, UndoOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Empty,
  Popconfirm,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrashItem, TrashKind } from '../../../../shared/domain';
import { useEmptyTrash, useRestoreFromTrash, useTrash } from '../../api/trashQueries';
import { QueryError } from '../../components/QueryError';
import { useNotifyError } from '../../components/useNotifyError';
import { parseTimestamp, useFormatters } from '../../format';
import { navigate } from '../../router';
import './trash.css';

const KIND_COLORS: Record<TrashKind, string> = {
  document: 'blue',
  tag: 'purple',
  annotation: 'gold',
  comparison: 'cyan',
};

const KEEP_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days left before an item deleted at `deletedAt` is removed for good. */
function daysLeft(deletedAt: string, now: number): number | null {
  const date = parseTimestamp(deletedAt);
  if (!date) return null;
  return Math.max(0, Math.ceil((date.getTime() + KEEP_DAYS * DAY_MS - now) / DAY_MS));
}

const rowKey = (item: TrashItem) => `${item.kind}-${item.id}`;

/** Deleted items of the last 30 days: restore one, delete one for good, or empty the trash. */
export function TrashView() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const format = useFormatters();
  const trash = useTrash();
  const restore = useRestoreFromTrash();
  const empty = useEmptyTrash();
  const items = trash.data ?? [];
  // Days left are counted from when the list was fetched (it refetches after every change).
  const now = trash.dataUpdatedAt;

  const restoreItem = (item: TrashItem) =>
    restore.mutateAsync({ kind: item.kind, id: item.id }).then(
      () => void message.success(t('trash.restored', { title: item.title })),
      (error: unknown) => notifyError(error, t('trash.restoreFailed')),
    );
  const removeItem = (item: TrashItem) =>
    empty.mutateAsync({ kind: item.kind, id: item.id }).then(
      () => void message.success(t('trash.removed')),
      (error: unknown) => notifyError(error, t('trash.removeFailed')),
    );
  const emptyAll = () =>
    empty.mutateAsync({}).then(
      () => void message.success(t('trash.emptied')),
      (error: unknown) => notifyError(error, t('trash.removeFailed')),
    );

  const columns: TableColumnsType<TrashItem> = [
    {
      key: 'kind',
      title: t('trash.columns.kind'),
      width: 96,
      render: (_, item) => (
        <Tag color={KIND_COLORS[item.kind]}>{t(`trash.kinds.${item.kind}`)}</Tag>
      ),
    },
    {
      key: 'title',
      title: t('trash.columns.title'),
      render: (_, item) => (
        <>
          <span className="trash-item-title">{item.title}</span>
          {item.detail !== '' && (
            <Typography.Text type="secondary" className="trash-item-detail">
              {item.detail}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      key: 'deletedAt',
      title: t('trash.columns.deletedAt'),
      width: 190,
      render: (_, item) => {
        const days = daysLeft(item.deletedAt, now);
        return (
          <>
            {format.dateTime(item.deletedAt)}
            {days !== null && (
              <Typography.Text type="secondary" className="trash-expires">
                {t('trash.expires', { days })}
              </Typography.Text>
            )}
          </>
        );
      },
    },
    {
      key: 'actions',
      title: t('trash.columns.actions'),
      width: 210,
      render: (_, item) => (
        <Space size="small">
          <Button
            size="small"
            icon={<UndoOutlined />}
            onClick={() => void restoreItem(item)}
            data-testid="trash-restore"
          >
            {t('trash.restore')}
          </Button>
          <Popconfirm
            title={t('trash.removeConfirm')}
            description={t('trash.removeDetail', { title: item.title })}
            okText={t('trash.confirmOk')}
            cancelText={t('trash.cancel')}
            okButtonProps={{ danger: true }}
            placement="left"
            onConfirm={() => removeItem(item)}
          >
            <Button size="small" danger type="text" data-testid="trash-remove">
              {t('trash.remove')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <div className="view trash-view">
      <header className="view-header">
        <Space>
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={t('trash.back')}
            onClick={() => navigate({ view: 'library' })}
          />
          <Typography.Title level={3} className="view-title">
            {t('trash.title')}
          </Typography.Title>
        </Space>
        <Popconfirm
          title={t('trash.emptyAllConfirm')}
          description={t('trash.emptyAllDetail', { count: items.length })}
          okText={t('trash.confirmOk')}
          cancelText={t('trash.cancel')}
          okButtonProps={{ danger: true, loading: empty.isPending }}
          placement="bottomRight"
          onConfirm={emptyAll}
        >
          <Button
            danger
            icon={<DeleteOutlined />}
            disabled={items.length === 0}
            data-testid="trash-empty-all"
          >
            {t('trash.emptyAll')}
          </Button>
        </Popconfirm>
      </header>
      <Typography.Paragraph type="secondary" className="trash-intro">
        {t('trash.hint')}
      </Typography.Paragraph>
      {trash.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : trash.isError ? (
        <QueryError error={trash.error} onRetry={() => void trash.refetch()} />
      ) : (
        <Table<TrashItem>
          rowKey={rowKey}
          columns={columns}
          dataSource={items}
          size="middle"
          pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: <Empty description={t('trash.empty')} /> }}
          data-testid="trash-table"
        />
      )}
    </div>
  );
}
