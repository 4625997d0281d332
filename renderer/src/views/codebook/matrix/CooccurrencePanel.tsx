import { SwapOutlined } from '@ant-design/icons';
import { Button, Empty, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchFilters, Tag } from '../../../../../shared/domain';
import { useCooccurrence } from '../../../api/codingQueries';
import { TagPicker } from '../../../codebook/TagPicker';
import { QueryError } from '../../../components/QueryError';
import { CodedPassageList } from '../CodedPassageList';

interface CooccurrencePanelProps {
  tags: readonly Tag[];
  tagIndex: ReadonlyMap<number, Tag>;
  filters: SearchFilters | undefined;
}

/** Where two tags meet: passages coded with both (overlapping), or in the same section. */
export function CooccurrencePanel({ tags, tagIndex, filters }: CooccurrencePanelProps) {
  const { t } = useTranslation();
  const [tagA, setTagA] = useState<number | null>(null);
  const [tagB, setTagB] = useState<number | null>(null);
  const result = useCooccurrence(tagA, tagB, filters);
  const ready = tagA !== null && tagB !== null;
  return (
    <section
      className="cooccurrence"
      data-testid="cooccurrence"
      aria-label={t('matrix.cooc.title')}
    >
      <Typography.Title level={5} className="section-title">
        {t('matrix.cooc.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="section-intro">
        {t('matrix.cooc.intro')}
      </Typography.Paragraph>
      <div className="cooc-pickers">
        <TagPicker
          tags={tags}
          placeholder={t('matrix.cooc.tagA')}
          value={tagA}
          onChange={setTagA}
          testId="cooc-tag-a"
          className="cooc-picker"
        />
        <Button
          type="text"
          icon={<SwapOutlined />}
          aria-label={t('matrix.cooc.swap')}
          onClick={() => {
            setTagA(tagB);
            setTagB(tagA);
          }}
        />
        <TagPicker
          tags={tags}
          placeholder={t('matrix.cooc.tagB')}
          value={tagB}
          onChange={setTagB}
          testId="cooc-tag-b"
          className="cooc-picker"
        />
      </div>
      {!ready ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matrix.cooc.pick')} />
      ) : result.isError ? (
        <QueryError error={result.error} onRetry={() => void result.refetch()} />
      ) : (
        <>
          <div className="cooc-stats">
            <Statistic
              title={t('matrix.cooc.overlapping')}
              value={result.data?.overlapping ?? '–'}
              loading={result.isPending}
              data-testid="cooc-overlapping"
            />
            <Statistic
              title={t('matrix.cooc.sameSection')}
              value={result.data?.sameSection ?? '–'}
              loading={result.isPending}
              data-testid="cooc-same-section"
            />
          </div>
          <CodedPassageList
            key={`${tagA}-${tagB}`}
            passages={result.data?.passages}
            tags={tagIndex}
            emptyText={t('matrix.cooc.none')}
            testId="cooc-list"
          />
        </>
      )}
    </section>
  );
}
