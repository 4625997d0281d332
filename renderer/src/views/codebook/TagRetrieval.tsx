import { BarChartOutlined } from '@ant-design/icons';
import { Button, Checkbox, Empty, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, Tag } from '../../../../shared/domain';
import { useCodedPassages } from '../../api/codingQueries';
import { TagDot } from '../../codebook/TagDot';
import { tagPath, type TagNode } from '../../codebook/tagTree';
import { QueryError } from '../../components/QueryError';
import { useFormatters } from '../../format';
import { compareHref } from '../compare/compareState';
import { ExportButton } from '../reports/ExportButton';
import { REPORT_FORMATS, TABLE_FORMATS } from '../reports/exportOptions';
import { scopeOf } from '../reports/exportSources';
import { SearchFilterBar } from '../search/SearchFilterBar';
import { CodedPassageList } from './CodedPassageList';
import { useLocalFilters } from './useLocalFilters';

/** Passages fetched at most for one tag; the list pages through them. */
const RETRIEVAL_LIMIT = 5000;

interface TagRetrievalProps {
  node: TagNode | null;
  tagIndex: ReadonlyMap<number, Tag>;
  documents: readonly DocumentSummary[];
  includeChildren: boolean;
  onIncludeChildren(value: boolean): void;
}

/** The towns the passages come from, in pinyin order (the export dialog's default order). */
function townsOf(passages: readonly { town: string | null }[]): string[] {
  const towns = new Set(passages.flatMap((passage) => (passage.town ? [passage.town] : [])));
  return [...towns].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/** Every passage coded with the selected tag (and, if asked, its children), with filters. */
export function TagRetrieval({
  node,
  tagIndex,
  documents,
  includeChildren,
  onIncludeChildren,
}: TagRetrievalProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const [filterState, updateFilters, filters] = useLocalFilters();
  const query = useMemo(
    () =>
      node
        ? {
            tagId: node.tag.id,
            includeChildren,
            limit: RETRIEVAL_LIMIT,
            ...(filters ? { filters } : {}),
          }
        : null,
    [node, includeChildren, filters],
  );
  const coded = useCodedPassages(query);

  if (!node) {
    return (
      <div className="tag-retrieval" data-testid="coded-list">
        <Empty
          className="search-empty"
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('codebook.retrieval.pick')}
        />
      </div>
    );
  }

  const passages = coded.data;
  const documentCount = passages ? new Set(passages.map((p) => p.docId)).size : 0;
  const exportScope = scopeOf(filters);
  return (
    <section className="tag-retrieval" aria-label={t('codebook.retrieval.label')}>
      <header className="retrieval-head">
        <div className="retrieval-title-row">
          <TagDot color={node.tag.color} size={12} />
          <Typography.Title level={4} className="retrieval-title" data-testid="retrieval-title">
            {node.tag.name}
          </Typography.Title>
          {node.names.length > 1 && (
            <Typography.Text type="secondary" className="retrieval-path">
              {tagPath(node)}
            </Typography.Text>
          )}
          <Button
            size="small"
            className="retrieval-compare"
            icon={<BarChartOutlined />}
            href={compareHref({ kind: 'tag', value: String(node.tag.id) })}
            data-testid="codebook-compare"
          >
            {t('codebook.compare')}
          </Button>
          <ExportButton
            size="small"
            source={{
              kind: 'tag',
              tagId: node.tag.id,
              includeChildren,
              ...(exportScope ? { scope: exportScope } : {}),
            }}
            testId="tag-export"
            defaultTitle={node.tag.name}
            towns={passages ? townsOf(passages) : undefined}
            formats={[...REPORT_FORMATS, ...TABLE_FORMATS]}
          />
        </div>
        {node.tag.description && (
          <Typography.Paragraph type="secondary" className="retrieval-description">
            {node.tag.description}
          </Typography.Paragraph>
        )}
        <div className="retrieval-options">
          <Checkbox
            checked={includeChildren}
            disabled={node.children.length === 0}
            data-testid="include-children"
            onChange={(event) => onIncludeChildren(event.target.checked)}
          >
            {t('codebook.retrieval.includeChildren')}
          </Checkbox>
          {passages && (
            <Typography.Text type="secondary" className="retrieval-count" data-testid="coded-count">
              {t('codebook.retrieval.count', {
                passages: number(passages.length),
                documents: number(documentCount),
              })}
            </Typography.Text>
          )}
        </div>
        <SearchFilterBar
          documents={documents}
          state={filterState}
          update={updateFilters}
          showTowns
        />
      </header>
      {coded.isError && !passages ? (
        <QueryError error={coded.error} onRetry={() => void coded.refetch()} />
      ) : (
        <CodedPassageList
          key={`${node.tag.id}-${includeChildren}-${JSON.stringify(filters ?? {})}`}
          passages={passages}
          tags={tagIndex}
          color={node.tag.color}
          stale={coded.isPlaceholderData}
          emptyText={
            filters ? t('codebook.retrieval.emptyFiltered') : t('codebook.retrieval.empty')
          }
        />
      )}
    </section>
  );
}
