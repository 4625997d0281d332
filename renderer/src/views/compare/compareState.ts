import { useMemo } from 'react';
import type { ComparisonScope, ComparisonTheme } from '../../../../shared/domain';
import type { ComparisonRequest } from '../../api/compareQueries';
import { navigate, routeHref, type RouteParams } from '../../router';

/**
 * The Compare view's address says what is compared: a saved comparison (`#/compare?id=3`) or a
 * theme compared ad hoc (`#/compare?kind=query&q=工改&towns=南朗镇,三乡镇&from=2021`), so back,
 * reload and a pasted link all show the same grid.
 */

export const THEME_KINDS = ['query', 'tag', 'section'] as const;
export type ThemeKind = (typeof THEME_KINDS)[number];

export interface CompareState {
  /** A saved comparison; the theme fields are then ignored. */
  id: number | null;
  kind: ThemeKind;
  q: string;
  tag: number | null;
  section: number | null;
  /** What the section is, as the Reader named it (`南朗镇 · （四）…`); for display only. */
  label: string;
  /** Empty: every town. */
  towns: string[];
  yearFrom: number | null;
  yearTo: number | null;
}

export const EMPTY_COMPARE_STATE: CompareState = {
  id: null,
  kind: 'query',
  q: '',
  tag: null,
  section: null,
  label: '',
  towns: [],
  yearFrom: null,
  yearTo: null,
};

const LIST_SEPARATOR = ',';

function positiveId(raw: string | undefined): number | null {
  const value = Number(raw);
  return raw !== undefined && Number.isSafeInteger(value) && value > 0 ? value : null;
}

function year(raw: string | undefined): number | null {
  return raw && /^\d{4}$/.test(raw) ? Number(raw) : null;
}

function list(raw: string | undefined): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(LIST_SEPARATOR).map((item) => item.trim()))].filter(Boolean);
}

export function parseCompareState(params: RouteParams = {}): CompareState {
  const kind = THEME_KINDS.find((value) => value === params.kind) ?? 'query';
  return {
    id: positiveId(params.id),
    kind,
    q: params.q ?? '',
    tag: positiveId(params.tag),
    section: positiveId(params.section),
    label: kind === 'section' ? (params.label ?? '') : '',
    towns: list(params.towns),
    yearFrom: year(params.from),
    yearTo: year(params.to),
  };
}

export function compareParams(state: CompareState): RouteParams {
  if (state.id !== null) return { id: String(state.id) };
  const params: Record<string, string> = { kind: state.kind };
  if (state.kind === 'query' && state.q.trim() !== '') params.q = state.q.trim();
  if (state.kind === 'tag' && state.tag !== null) params.tag = String(state.tag);
  if (state.kind === 'section' && state.section !== null) {
    params.section = String(state.section);
    if (state.label !== '') params.label = state.label;
  }
  if (state.towns.length > 0) params.towns = state.towns.join(LIST_SEPARATOR);
  if (state.yearFrom !== null) params.from = String(state.yearFrom);
  if (state.yearTo !== null) params.to = String(state.yearTo);
  // A bare `kind=query` says nothing: the start panel alone.
  return Object.keys(params).length === 1 && state.kind === 'query' ? {} : params;
}

/** The theme the state describes, or null while it lacks one (no query typed, no tag picked). */
export function compareTheme(state: CompareState): ComparisonTheme | null {
  if (state.kind === 'query') {
    const q = state.q.trim();
    return q === '' ? null : { kind: 'query', value: q };
  }
  if (state.kind === 'tag')
    return state.tag === null ? null : { kind: 'tag', value: String(state.tag) };
  return state.section === null ? null : { kind: 'section', value: String(state.section) };
}

export function compareScope(state: CompareState): ComparisonScope {
  const scope: ComparisonScope = {};
  if (state.towns.length > 0) scope.towns = state.towns;
  if (state.yearFrom !== null) scope.yearFrom = state.yearFrom;
  if (state.yearTo !== null) scope.yearTo = state.yearTo;
  return scope;
}

export function comparisonRequest(state: CompareState): ComparisonRequest | null {
  if (state.id !== null) return { saved: true, id: state.id };
  const theme = compareTheme(state);
  if (!theme) return null;
  const scope = compareScope(state);
  return {
    saved: false,
    input: Object.keys(scope).length > 0 ? { theme, scope } : { theme },
  };
}

/** The state a theme and scope (of a saved comparison, say) would be compared ad hoc with. */
export function stateOf(
  theme: ComparisonTheme,
  scope: ComparisonScope = {},
  label = '',
): CompareState {
  const id = positiveId(theme.value);
  return {
    ...EMPTY_COMPARE_STATE,
    kind: theme.kind,
    q: theme.kind === 'query' ? theme.value : '',
    tag: theme.kind === 'tag' ? id : null,
    section: theme.kind === 'section' ? id : null,
    label: theme.kind === 'section' ? label : '',
    towns: scope.towns ?? [],
    yearFrom: scope.yearFrom ?? null,
    yearTo: scope.yearTo ?? null,
  };
}

/**
 * The Compare view on a theme: the entry point from Search, the Codebook and the Reader (which
 * names the section it sends, as `label`).
 */
export function compareHref(
  theme: ComparisonTheme,
  scope?: ComparisonScope,
  label?: string,
): string {
  return routeHref({ view: 'compare', params: compareParams(stateOf(theme, scope, label)) });
}

export function goToCompare(state: CompareState, options?: { replace?: boolean }): void {
  navigate({ view: 'compare', params: compareParams(state) }, options);
}

export function useCompareState(params: RouteParams | undefined): CompareState {
  return useMemo(() => parseCompareState(params), [params]);
}
