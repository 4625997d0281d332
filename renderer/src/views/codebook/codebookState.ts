import { useCallback, useMemo } from 'react';
import { navigate, parseHash, type RouteParams } from '../../router';

/**
 * What the Codebook view shows lives in its address (`#/codebook?tag=12&tab=matrix`), so back,
 * forward and reload return to the same tag and the same matrix.
 */

export const CODEBOOK_TABS = ['tags', 'matrix'] as const;
export type CodebookTab = (typeof CODEBOOK_TABS)[number];

export const MATRIX_BYS = ['town', 'year', 'document'] as const;
export type MatrixBy = (typeof MATRIX_BYS)[number];

export const MATRIX_MEASURES = ['passages', 'chars'] as const;
export type MatrixMeasure = (typeof MATRIX_MEASURES)[number];

export interface CodebookState {
  tab: CodebookTab;
  /** The tag whose passages are listed; null before one is picked. */
  tag: number | null;
  /** Whether the retrieval takes in the passages of the tag's children. */
  includeChildren: boolean;
  by: MatrixBy;
  measure: MatrixMeasure;
}

export const DEFAULT_CODEBOOK_STATE: CodebookState = {
  tab: 'tags',
  tag: null,
  includeChildren: true,
  by: 'town',
  measure: 'passages',
};

function oneOf<T extends string>(options: readonly T[], raw: string | undefined, fallback: T): T {
  return options.find((option) => option === raw) ?? fallback;
}

export function parseCodebookState(params: RouteParams = {}): CodebookState {
  const tag = Number(params.tag);
  return {
    tab: oneOf(CODEBOOK_TABS, params.tab, DEFAULT_CODEBOOK_STATE.tab),
    tag: Number.isSafeInteger(tag) && tag > 0 ? tag : null,
    includeChildren: params.sub !== '0',
    by: oneOf(MATRIX_BYS, params.by, DEFAULT_CODEBOOK_STATE.by),
    measure: oneOf(MATRIX_MEASURES, params.measure, DEFAULT_CODEBOOK_STATE.measure),
  };
}

export function codebookParams(state: CodebookState): RouteParams {
  const params: Record<string, string> = {};
  if (state.tab !== DEFAULT_CODEBOOK_STATE.tab) params.tab = state.tab;
  if (state.tag !== null) params.tag = String(state.tag);
  if (!state.includeChildren) params.sub = '0';
  if (state.by !== DEFAULT_CODEBOOK_STATE.by) params.by = state.by;
  if (state.measure !== DEFAULT_CODEBOOK_STATE.measure) params.measure = state.measure;
  return params;
}

export type CodebookUpdate = (
  change: Partial<CodebookState>,
  options?: { replace?: boolean },
) => void;

/** Applies a change to the state in the address bar, reading the address afresh. */
export const updateCodebook: CodebookUpdate = (change, options) => {
  const route = parseHash(window.location.hash);
  const current = parseCodebookState(route.view === 'codebook' ? route.params : {});
  navigate({ view: 'codebook', params: codebookParams({ ...current, ...change }) }, options);
};

export function useCodebookState(params: RouteParams | undefined): [CodebookState, CodebookUpdate] {
  const state = useMemo(() => parseCodebookState(params), [params]);
  const update = useCallback<CodebookUpdate>(
    (change, options) => updateCodebook(change, options),
    [],
  );
  return [state, update];
}
