import { Skeleton, Tabs, Typography } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchRequest } from '../../../../shared/domain';
import { useDocuments } from '../../api/queries';
import { useSearch } from '../../api/searchQueries';
import type { CommitKind } from '../../components/useDraft';
import type { RouteParams } from '../../router';
import { KwicPanel } from './kwic/KwicPanel';
import { rememberSearch } from './lastSearch';
import { PAGE_SIZE, ResultsPanel } from './ResultsPanel';
import { SearchBox } from './SearchBox';
import { SearchFilterBar } from './SearchFilterBar';
import {
  searchFilters,
  useSearchState,
  type SearchState,
  type SearchTab,
  type SearchUpdate,
} from './searchState';

// ECharts is sizeable; load it only when someone opens the word-frequency tab.
const FrequencyPanel = lazy(() => import('./frequencies/FrequencyPanel'));

function searchRequest(state: SearchState): SearchRequest | null {
  const query = state.q.trim();
  if (query === '') return null;
  return {
    query,
    filters: searchFilters(state),
    groupBy: state.group,
    sort: state.sort,
    limit: PAGE_SIZE,
    offset: (state.page - 1) * PAGE_SIZE,
  };
}

/**
 * History while typing: the first pause in a new query adds an entry, later pauses replace it,
 * so back returns to the previous search rather than to every half-typed one. Anything else
 * that changed the address in between (a filter, a page) ends that run of typing.
 */
function useQueryCommit(update: SearchUpdate) {
  const typedHash = useRef<string | null>(null);
  return (q: string, kind: CommitKind) => {
    update({ q }, { replace: typedHash.current === window.location.hash });
    typedHash.current = kind === 'typing' ? window.location.hash : null;
  };
}

export function SearchView({ params }: { params: RouteParams | undefined }) {
  const { t } = useTranslation();
  const [state, update] = useSearchState(params);
  const documents = useDocuments();
  const request = useMemo(() => searchRequest(state), [state]);
  const search = useSearch(state.tab === 'results' ? request : null);
  const commitQuery = useQueryCommit(update);

  useEffect(() => {
    rememberSearch(window.location.hash);
  }, [params]);

  const tabs = [
    {
      key: 'results',
      label: t('search.tabs.results'),
      children: (
        <ResultsPanel
          state={state}
          update={update}
          query={request?.query ?? ''}
          result={search.data}
          stale={search.isPlaceholderData}
          fetching={search.isFetching}
        />
      ),
    },
    {
      key: 'kwic',
      label: t('search.tabs.kwic'),
      children: <KwicPanel state={state} update={update} />,
    },
    {
      key: 'freq',
      label: t('search.tabs.freq'),
      children: (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
          <FrequencyPanel state={state} update={update} documents={documents.data ?? []} />
        </Suspense>
      ),
    },
  ];

  return (
    <div className="view search-view">
      <header className="view-header">
        <Typography.Title level={3} className="view-title">
          {t('search.title')}
        </Typography.Title>
      </header>
      <SearchBox
        value={state.q}
        onCommit={commitQuery}
        loading={search.isFetching}
        error={search.isError ? search.error : null}
      />
      <SearchFilterBar
        documents={documents.data ?? []}
        state={state}
        update={update}
        showTowns={state.tab !== 'freq'}
      />
      <Tabs
        className="search-tabs"
        activeKey={state.tab}
        destroyOnHidden
        items={tabs}
        onChange={(tab) => update({ tab: tab as SearchTab })}
      />
    </div>
  );
}
