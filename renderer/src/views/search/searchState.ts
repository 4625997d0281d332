import { useCallback, useMemo } from 'react';
import { DOCUMENT_KINDS } from '../../../../shared/vocabulary';
import type { DocumentKind, SearchFilters } from '../../../../shared/domain';
import { navigate, parseHash, type RouteParams } from '../../router';

/**
 * Everything the Search view shows is described by its address (`#/search?q=工改&towns=…`), so
 * back, forward, reload and a pasted link all land on the same results. This module is the one
 * place that reads and writes those parameters.
 */

export const SEARCH_TABS = ['results', 'kwic', 'freq'] as const;
export type SearchTab = (typeof SEARCH_TABS)[number];

export const GROUP_BYS = ['section', 'document'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export const SEARCH_SORTS = ['relevance', 'town', 'year'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const KWIC_WIDTHS = [10, 20, 40] as const;
export type KwicWidth = (typeof KWIC_WIDTHS)[number];

export const KWIC_SORTS = ['document', 'left', 'right', 'town'] as const;
export type KwicSort = (typeof KWIC_SORTS)[number];

export const FREQ_TOPS = [20, 30, 50] as const;
export type FreqTop = (typeof FREQ_TOPS)[number];

export const FREQ_SCOPES = ['towns', 'library'] as const;
export type FreqScope = (typeof FREQ_SCOPES)[number];

export interface SearchState {
  /** As typed (not trimmed), so the box never rewrites what the user is typing. */
  q: string;
  towns: string[];
  regions: string[];
  yearFrom: number | null;
  yearTo: number | null;
  kinds: DocumentKind[];
  group: GroupBy;
  sort: SearchSort;
  /** 1-based page of results. */
  page: number;
  tab: SearchTab;
  /** The concordance's own term; empty means the query's first term. */
  kwicTerm: string;
  kwicWidth: KwicWidth;
  kwicSort: KwicSort;
  freqScope: FreqScope;
  freqTowns: string[];
  freqTop: FreqTop;
}

const LIST_SEPARATOR = ',';

export const DEFAULT_STATE: SearchState = {
  q: '',
  towns: [],
  regions: [],
  yearFrom: null,
  yearTo: null,
  kinds: [],
  group: 'section',
  sort: 'relevance',
  page: 1,
  tab: 'results',
  kwicTerm: '',
  kwicWidth: 20,
  kwicSort: 'document',
  freqScope: 'towns',
  freqTowns: [],
  freqTop: 30,
};

function oneOf<T extends string | number>(
  options: readonly T[],
  raw: string | undefined,
  fallback: T,
): T {
  const found = options.find((option) => String(option) === raw);
  return found ?? fallback;
}

function list(raw: string | undefined): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(LIST_SEPARATOR).map((item) => item.trim()))].filter(Boolean);
}

function year(raw: string | undefined): number | null {
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  return Number(raw);
}

function positive(raw: string | undefined): number {
  const value = Number(raw);
  return Number.isSafeInteger(value) && value > 0 ? value : 1;
}

export function parseSearchState(params: RouteParams = {}): SearchState {
  return {
    q: params.q ?? '',
    towns: list(params.towns),
    regions: list(params.regions),
    yearFrom: year(params.from),
    yearTo: year(params.to),
    kinds: list(params.kinds).filter((kind): kind is DocumentKind =>
      (DOCUMENT_KINDS as readonly string[]).includes(kind),
    ),
    group: oneOf(GROUP_BYS, params.group, DEFAULT_STATE.group),
    sort: oneOf(SEARCH_SORTS, params.sort, DEFAULT_STATE.sort),
    page: positive(params.page),
    tab: oneOf(SEARCH_TABS, params.tab, DEFAULT_STATE.tab),
    kwicTerm: params.kt ?? '',
    kwicWidth: oneOf(KWIC_WIDTHS, params.kw, DEFAULT_STATE.kwicWidth),
    kwicSort: oneOf(KWIC_SORTS, params.ks, DEFAULT_STATE.kwicSort),
    freqScope: oneOf(FREQ_SCOPES, params.fs, DEFAULT_STATE.freqScope),
    freqTowns: list(params.ft),
    freqTop: oneOf(FREQ_TOPS, params.top, DEFAULT_STATE.freqTop),
  };
}

/** The state as route parameters; defaults are left out to keep addresses short. */
export function searchParams(state: SearchState): RouteParams {
  const params: Record<string, string> = {};
  const put = <K extends keyof SearchState>(key: K, name: string, value: string) => {
    if (state[key] !== DEFAULT_STATE[key] && value !== '') params[name] = value;
  };
  put('tab', 'tab', state.tab);
  put('q', 'q', state.q);
  put('towns', 'towns', state.towns.join(LIST_SEPARATOR));
  put('regions', 'regions', state.regions.join(LIST_SEPARATOR));
  put('yearFrom', 'from', String(state.yearFrom ?? ''));
  put('yearTo', 'to', String(state.yearTo ?? ''));
  put('kinds', 'kinds', state.kinds.join(LIST_SEPARATOR));
  put('group', 'group', state.group);
  put('sort', 'sort', state.sort);
  if (state.page > 1) params.page = String(state.page);
  put('kwicTerm', 'kt', state.kwicTerm);
  put('kwicWidth', 'kw', String(state.kwicWidth));
  put('kwicSort', 'ks', state.kwicSort);
  put('freqScope', 'fs', state.freqScope);
  put('freqTowns', 'ft', state.freqTowns.join(LIST_SEPARATOR));
  put('freqTop', 'top', String(state.freqTop));
  return params;
}

/** The filters as the API takes them, leaving out what is not set. */
export function searchFilters(state: SearchState): SearchFilters {
  const filters: SearchFilters = {};
  if (state.towns.length > 0) filters.towns = state.towns;
  if (state.regions.length > 0) filters.regions = state.regions;
  if (state.yearFrom !== null) filters.yearFrom = state.yearFrom;
  if (state.yearTo !== null) filters.yearTo = state.yearTo;
  if (state.kinds.length > 0) filters.kinds = state.kinds;
  return filters;
}

export function hasFilters(state: SearchState): boolean {
  return Object.keys(searchFilters(state)).length > 0;
}

/** Changing what is searched for, or how, starts again from the first page. */
const RESETS_PAGE: readonly (keyof SearchState)[] = [
  'q',
  'towns',
  'regions',
  'yearFrom',
  'yearTo',
  'kinds',
  'group',
  'sort',
];

export type SearchUpdate = (change: Partial<SearchState>, options?: { replace?: boolean }) => void;

/**
 * Applies a change to the state in the address bar. It reads the address afresh, so two changes
 * in one tick (a debounced query and a filter) both land.
 */
export const updateSearch: SearchUpdate = (change, options) => {
  const route = parseHash(window.location.hash);
  const current = parseSearchState(route.view === 'search' ? route.params : {});
  const next = { ...current, ...change };
  if (change.page === undefined && RESETS_PAGE.some((key) => key in change)) next.page = 1;
  navigate({ view: 'search', params: searchParams(next) }, options);
};

export function useSearchState(params: RouteParams | undefined): [SearchState, SearchUpdate] {
  const state = useMemo(() => parseSearchState(params), [params]);
  const update = useCallback<SearchUpdate>((change, options) => updateSearch(change, options), []);
  return [state, update];
}
