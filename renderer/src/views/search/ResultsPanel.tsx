import { BarChartOutlined } from '@ant-design/icons';
import { Button, Empty, Pagination, Segmented, Select, Spin, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../../shared/domain';
import { useFormatters } from '../../format';
import { compareHref } from '../compare/compareState';
import { ExportButton } from '../reports/ExportButton';
import { REPORT_FORMATS } from '../reports/exportOptions';
import { scopeOf } from '../reports/exportSources';
import { AutocodeButton } from './autocode/AutocodeButton';
import { SearchHitItem } from './SearchHitItem';
import {
  GROUP_BYS,
  SEARCH_SORTS,
  searchFilters,
  type GroupBy,
  type SearchSort,
  type SearchState,
  type SearchUpdate,
} from './searchState';

export const PAGE_SIZE = 50;

interface ResultsPanelProps {
  state: SearchState;
  update: SearchUpdate;
  /** The query the results answer (trimmed); empty before the user has typed one. */
  query: string;
  result: SearchResult | undefined;
  /** Results on screen belong to the previous query while the next one loads. */
  stale: boolean;
  fetching: boolean;
}

function ResultCount({ result, fetching }: { result: SearchResult; fetching: boolean }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  return (
    <Typography.Text type="secondary" className="search-count" data-testid="search-count">
      {t('search.count', {
        passages: number(result.totalPassages),
        documents: number(result.totalDocuments),
        ms: number(Math.round(result.tookMs)),
      })}
      {fetching && <Spin size="small" className="search-count-spin" />}
    </Typography.Text>
  );
}

function ResultsToolbar({ state, update }: Pick<ResultsPanelProps, 'state' | 'update'>) {
  const { t } = useTranslation();
  return (
    <div className="search-results-options">
      <Segmented<GroupBy>
        value={state.group}
        data-testid="search-group"
        options={GROUP_BYS.map((group) => ({ value: group, label: t(`search.group.${group}`) }))}
        onChange={(group) => update({ group })}
      />
      <Select<SearchSort>
        className="search-sort"
        value={state.sort}
        data-testid="search-sort"
        aria-label={t('search.sort.label')}
        prefix={t('search.sort.label')}
        options={SEARCH_SORTS.map((sort) => ({ value: sort, label: t(`search.sort.${sort}`) }))}
        onChange={(sort) => update({ sort })}
      />
    </div>
  );
}

/** A report of the query across towns, within the search's towns and years. */
function SearchExportButton({ query, state }: { query: string; state: SearchState }) {
  const { t } = useTranslation();
  const scope = scopeOf(searchFilters(state));
  return (
    <ExportButton
      source={{ kind: 'query', query, ...(scope ? { scope } : {}) }}
      testId="search-export"
      label={t('exports.openReport')}
      defaultTitle={query}
      {...(state.towns.length > 0 ? { towns: state.towns } : {})}
      formats={REPORT_FORMATS}
    />
  );
}

/** The matching passages (or documents), a page at a time, with the count and the ordering. */
export function ResultsPanel({ state, update, query, result, stale, fetching }: ResultsPanelProps) {
  const { t } = useTranslation();
  const topRef = useRef<HTMLDivElement>(null);

  if (query === '') {
    return (
      <Empty
        className="search-empty"
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('search.intro')}
      />
    );
  }

  const total = result
    ? state.group === 'document'
      ? result.totalDocuments
      : result.totalPassages
    : 0;

  return (
    <div className="search-results" ref={topRef}>
      <div className="search-results-toolbar">
        <ResultsToolbar state={state} update={update} />
        <span className="search-results-side">
          {result && <ResultCount result={result} fetching={fetching} />}
          {result && result.totalPassages > 0 && (
            <Button
              icon={<BarChartOutlined />}
              href={compareHref(
                { kind: 'query', value: query },
                {
                  ...(state.towns.length > 0 ? { towns: state.towns } : {}),
                  ...(state.yearFrom !== null ? { yearFrom: state.yearFrom } : {}),
                  ...(state.yearTo !== null ? { yearTo: state.yearTo } : {}),
                },
              )}
              data-testid="search-compare"
            >
              {t('search.compare')}
            </Button>
          )}
          {result && result.totalPassages > 0 && (
            <AutocodeButton query={query} filters={searchFilters(state)} />
          )}
          {result && result.totalPassages > 0 && <SearchExportButton query={query} state={state} />}
        </span>
      </div>
      {result && result.hits.length === 0 && (
        <Empty
          className="search-empty"
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('search.noResults')}
        />
      )}
      <div className={stale ? 'search-hit-list search-hit-list-stale' : 'search-hit-list'}>
        {result?.hits.map((hit) => (
          <SearchHitItem key={`${hit.docId}-${hit.start}`} hit={hit} query={result.query} />
        ))}
      </div>
      {total > PAGE_SIZE && (
        <Pagination
          className="search-pagination"
          current={state.page}
          pageSize={PAGE_SIZE}
          total={total}
          showSizeChanger={false}
          onChange={(page) => {
            update({ page });
            topRef.current?.scrollIntoView({ block: 'start' });
          }}
        />
      )}
    </div>
  );
}
