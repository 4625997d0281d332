import { useCallback, useMemo, useState } from 'react';
import type { SearchFilters } from '../../../../shared/domain';
import {
  DEFAULT_STATE,
  searchFilters,
  type SearchState,
  type SearchUpdate,
} from '../search/searchState';

/**
 * Town, region, year and kind filters kept in the component rather than the address, shaped as
 * the Search view's state so its filter bar can be reused as it is.
 */
export function useLocalFilters(): [SearchState, SearchUpdate, SearchFilters | undefined] {
  const [state, setState] = useState<SearchState>(DEFAULT_STATE);
  const update = useCallback<SearchUpdate>((change) => setState((s) => ({ ...s, ...change })), []);
  const filters = useMemo(() => {
    const value = searchFilters(state);
    return Object.keys(value).length > 0 ? value : undefined;
  }, [state]);
  return [state, update, filters];
}
