import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Empty, Popconfirm, Skeleton, Tooltip } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../shared/domain';
import {
  useComparisons,
  useDeleteComparison,
  type ComparisonSummary,
} from '../../api/compareQueries';
import { TagDot } from '../../codebook/TagDot';
import { QueryError } from '../../components/QueryError';
import { useNotifyError } from '../../components/useNotifyError';
import { useFormatters } from '../../format';
import { routeHref } from '../../router';
import { describeTheme } from './compareModel';

interface SavedComparisonsProps {
  tags: ReadonlyMap<number, Tag>;
  /** The comparison on screen, marked in the list. */
  currentId: number | null;
  /** After deleting the comparison on screen. */
  onDeletedCurrent(): void;
  /** After opening one (closes a drawer around the list). */
  onOpen?: () => void;
}

function SavedItem({
  item,
  tags,
  current,
  onDelete,
  onOpen,
}: {
  item: ComparisonSummary;
  tags: ReadonlyMap<number, Tag>;
  current: boolean;
  onDelete(): void;
  onOpen?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const { dateTime, number } = useFormatters();
  const theme = describeTheme(item.theme, tags);
  return (
    <li
      className={current ? 'saved-item is-current' : 'saved-item'}
      data-testid="saved-comparison"
      data-id={item.id}
    >
      <a
        className="saved-item-main"
        href={routeHref({ view: 'compare', params: { id: String(item.id) } })}
        data-testid="saved-comparison-open"
        onClick={onOpen}
      >
        <span className="saved-item-name">{item.name}</span>
        <span className="saved-item-meta">
          <span className="saved-item-theme">
            {theme.color && <TagDot color={theme.color} size={7} />}
            {t(`compare.themeKind.${theme.kind}`)}：{theme.text}
          </span>
          <span className="tabular">
            {item.towns.length > 0
              ? t('compare.saved.towns', {
                  count: item.towns.length,
                  formatted: number(item.towns.length),
                })
              : t('compare.saved.allTowns')}
          </span>
          <span className="tabular">
            {t('compare.saved.updated', { when: dateTime(item.updatedAt) })}
          </span>
        </span>
      </a>
      <Popconfirm
        title={t('compare.saved.deleteConfirm', { name: item.name })}
        okText={t('compare.saved.delete')}
        cancelText={t('compare.saved.cancel')}
        okButtonProps={{ danger: true }}
        placement="left"
        onConfirm={onDelete}
      >
        <Tooltip title={t('compare.saved.delete')} mouseEnterDelay={0.4}>
          <Button
            type="text"
            size="small"
            className="saved-item-delete"
            icon={<DeleteOutlined />}
            aria-label={t('compare.saved.deleteNamed', { name: item.name })}
            data-testid="saved-comparison-delete"
          />
        </Tooltip>
      </Popconfirm>
    </li>
  );
}

/** 已保存的比较: open one, or delete it. */
export function SavedComparisons({
  tags,
  currentId,
  onDeletedCurrent,
  onOpen,
}: SavedComparisonsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const list = useComparisons();
  const remove = useDeleteComparison();
  const items = useMemo(
    () => [...(list.data ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    [list.data],
  );

  if (list.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (list.isError && !list.data)
    return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  if (items.length === 0)
    return (
      <Empty
        className="saved-empty"
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('compare.saved.none')}
      />
    );

  return (
    <ul className="saved-list" data-testid="saved-comparisons">
      {items.map((item) => (
        <SavedItem
          key={item.id}
          item={item}
          tags={tags}
          current={item.id === currentId}
          onOpen={onOpen}
          onDelete={() =>
            remove.mutate(item.id, {
              onSuccess: () => {
                void message.success(t('compare.saved.deleted'));
                if (item.id === currentId) onDeletedCurrent();
              },
              onError: (error) => notifyError(error, t('compare.saved.deleteFailed')),
            })
          }
        />
      ))}
    </ul>
  );
}
