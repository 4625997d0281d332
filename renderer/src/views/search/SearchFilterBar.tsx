import { Button } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind, DocumentSummary } from '../../../../shared/domain';
import { FacetSelect } from '../library/FacetSelect';
import { searchFilterOptions } from './filterOptions';
import { hasFilters, type SearchState, type SearchUpdate } from './searchState';
import { YearSelect } from '../../components/YearSelect';

interface SearchFilterBarProps {
  documents: readonly DocumentSummary[];
  state: SearchState;
  update: SearchUpdate;
  /** The word-frequency tab picks its towns itself. */
  showTowns: boolean;
}

/** Narrows search, concordance and word counts by town, county/city, years and kind. */
export function SearchFilterBar({ documents, state, update, showTowns }: SearchFilterBarProps) {
  const { t } = useTranslation();
  const options = useMemo(() => searchFilterOptions(documents), [documents]);
  const same = useCallback((value: string) => value, []);
  const kindLabel = useCallback((value: string) => t(`kind.${value}`), [t]);
  const years = options.years;

  return (
    <div className="search-filter-bar" role="group" aria-label={t('search.filters.label')}>
      {showTowns && (
        <FacetSelect
          label={t('search.filters.town')}
          options={options.towns}
          value={state.towns}
          onChange={(towns) => update({ towns })}
          describe={same}
          width={180}
          testId="search-filter-towns"
        />
      )}
      <FacetSelect
        label={t('search.filters.region')}
        options={options.regions}
        value={state.regions}
        onChange={(regions) => update({ regions })}
        describe={same}
        width={168}
        testId="search-filter-regions"
      />
      <span className="search-year-range">
        <YearSelect
          years={
            state.yearTo === null ? years : years.filter((year) => year <= (state.yearTo ?? year))
          }
          value={state.yearFrom}
          placeholder={t('search.filters.yearFrom')}
          testId="search-filter-year-from"
          onChange={(yearFrom) => update({ yearFrom })}
        />
        <span className="search-year-dash" aria-hidden>
          –
        </span>
        <YearSelect
          years={
            state.yearFrom === null
              ? years
              : years.filter((year) => year >= (state.yearFrom ?? year))
          }
          value={state.yearTo}
          placeholder={t('search.filters.yearTo')}
          testId="search-filter-year-to"
          onChange={(yearTo) => update({ yearTo })}
        />
      </span>
      <FacetSelect
        label={t('search.filters.kind')}
        options={options.kinds}
        value={state.kinds}
        onChange={(kinds) => update({ kinds: kinds as DocumentKind[] })}
        describe={kindLabel}
        width={168}
        testId="search-filter-kinds"
      />
      {hasFilters({ ...state, towns: showTowns ? state.towns : [] }) && (
        <Button
          type="link"
          size="small"
          onClick={() =>
            update({
              ...(showTowns ? { towns: [] } : {}),
              regions: [],
              yearFrom: null,
              yearTo: null,
              kinds: [],
            })
          }
        >
          {t('search.filters.clear')}
        </Button>
      )}
    </div>
  );
}
