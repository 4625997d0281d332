import { Empty, Pagination, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodedPassage, Tag } from '../../../../shared/domain';
import { CodedPassageItem } from './CodedPassageItem';

const PAGE_SIZE = 30;

interface CodedPassageListProps {
  passages: readonly CodedPassage[] | undefined;
  tags: ReadonlyMap<number, Tag>;
  /** The colour each quote is marked in; by default its first tag's. */
  color?: string;
  stale?: boolean;
  emptyText?: string;
  testId?: string;
}

/** Coded passages a page at a time (a tag may code thousands). */
export function CodedPassageList({
  passages,
  tags,
  color,
  stale = false,
  emptyText,
  testId = 'coded-list',
}: CodedPassageListProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  if (passages === undefined) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (passages.length === 0) {
    return (
      <div data-testid={testId}>
        <Empty
          className="search-empty"
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={emptyText ?? t('codebook.retrieval.empty')}
        />
      </div>
    );
  }
  const pages = Math.max(1, Math.ceil(passages.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = passages.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  return (
    <div className={stale ? 'coded-list coded-list-stale' : 'coded-list'} data-testid={testId}>
      {shown.map((passage) => (
        <CodedPassageItem
          key={passage.id}
          passage={passage}
          tags={tags}
          color={color ?? tags.get(passage.tagIds[0] ?? 0)?.color ?? '#8a919c'}
        />
      ))}
      {passages.length > PAGE_SIZE && (
        <Pagination
          className="search-pagination"
          current={current}
          pageSize={PAGE_SIZE}
          total={passages.length}
          showSizeChanger={false}
          onChange={setPage}
        />
      )}
    </div>
  );
}
