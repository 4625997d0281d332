import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Popover, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonScope, SearchHit, SearchRequest } from '../../../../../shared/domain';
import { useSearch } from '../../../api/searchQueries';
import { PATH_SEPARATOR } from '../../../codebook/tagTree';
import { HighlightedText } from '../../../components/HighlightedText';
import { describeError } from '../../../components/describeError';
import { useDraft } from '../../../components/useDraft';

const HIT_LIMIT = 8;

interface AddSectionProps {
  town: string;
  scope: ComparisonScope;
  /** Sections the cell shows already (offered, but marked). */
  present: ReadonlySet<number>;
  /** A query to start from (the row's theme, when it is a query). */
  initialQuery: string;
  onPick(sectionId: number): void;
}

function HitOption({
  hit,
  present,
  onPick,
}: {
  hit: SearchHit;
  present: boolean;
  onPick(sectionId: number): void;
}) {
  const { t } = useTranslation();
  const sectionId = hit.sectionId;
  const path = hit.sectionPath.join(PATH_SEPARATOR) || t('compare.section.wholeDocument');
  return (
    <li>
      <button
        type="button"
        className="compare-add-hit"
        data-testid="compare-add-hit"
        disabled={sectionId === null || present}
        onClick={() => sectionId !== null && onPick(sectionId)}
      >
        <span className="compare-add-hit-path" title={path}>
          {path}
        </span>
        <span className="compare-add-hit-doc">
          {hit.title}
          {hit.year !== null && ` · ${t('metadata.yearValue', { year: hit.year })}`}
          {present && <span className="compare-add-hit-present">{t('compare.add.present')}</span>}
        </span>
        <span className="compare-add-hit-snippet" lang="zh-CN">
          <HighlightedText
            text={hit.snippet.text}
            ranges={hit.snippet.highlights}
            markTestId="compare-add-mark"
          />
        </span>
      </button>
    </li>
  );
}

/** The popover's body: a search limited to the town, each hit's section one click from the cell. */
function AddSectionSearch({ town, scope, present, initialQuery, onPick }: AddSectionProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(initialQuery);
  const { draft, setDraft, confirm } = useDraft(query, (value) => setQuery(value));
  const request = useMemo<SearchRequest | null>(() => {
    const q = query.trim();
    if (q === '') return null;
    const filters: SearchRequest['filters'] = { towns: [town] };
    if (scope.yearFrom !== undefined) filters.yearFrom = scope.yearFrom;
    if (scope.yearTo !== undefined) filters.yearTo = scope.yearTo;
    return { query: q, filters, groupBy: 'section', limit: HIT_LIMIT };
  }, [query, town, scope.yearFrom, scope.yearTo]);
  const search = useSearch(request);
  const hits = request ? (search.data?.hits ?? []) : [];

  return (
    <div className="compare-add" data-testid="compare-add-popover">
      <Input
        autoFocus
        allowClear
        size="small"
        prefix={<SearchOutlined className="search-box-icon" />}
        placeholder={t('compare.add.placeholder', { town })}
        aria-label={t('compare.add.placeholder', { town })}
        data-testid="compare-add-input"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onPressEnter={(event) => {
          if (!event.nativeEvent.isComposing) confirm();
        }}
      />
      <div className="compare-add-results">
        {search.isFetching && <Spin size="small" className="compare-add-spin" />}
        {search.isError && (
          <Typography.Text type="danger" className="compare-add-error">
            {describeError(search.error).message}
          </Typography.Text>
        )}
        {request && search.isSuccess && hits.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('compare.add.none')} />
        )}
        {!request && (
          <Typography.Text type="secondary" className="compare-add-intro">
            {t('compare.add.intro', { town })}
          </Typography.Text>
        )}
        <ul className="compare-add-list">
          {hits.map((hit) => (
            <HitOption
              key={`${hit.docId}-${hit.start}`}
              hit={hit}
              present={hit.sectionId !== null && present.has(hit.sectionId)}
              onPick={onPick}
            />
          ))}
        </ul>
      </div>
    </div>
  );
}

/** 添加章节: pins a section the proposal missed, found by a search within the town. */
export function AddSectionPopover(props: AddSectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Popover
      trigger="click"
      placement="bottomLeft"
      open={open}
      onOpenChange={setOpen}
      destroyOnHidden
      title={t('compare.add.title', { town: props.town })}
      content={
        <AddSectionSearch
          {...props}
          onPick={(sectionId) => {
            setOpen(false);
            props.onPick(sectionId);
          }}
        />
      }
    >
      <Button
        size="small"
        type="dashed"
        className="compare-add-button"
        icon={<PlusOutlined />}
        data-testid="compare-add-section"
      >
        {t('compare.add.open')}
      </Button>
    </Popover>
  );
}
