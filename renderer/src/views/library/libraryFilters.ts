import { useCallback, useSyncExternalStore } from 'react';
import { EMPTY_FILTERS, FACETS, type LibraryFilters } from './documentFilters';

/**
 * The Library's filters live outside React so they survive opening a document and coming back,
 * and in sessionStorage so they survive a reload.
 */

const STORAGE_KEY = 'policylens.libraryFilters';
const listeners = new Set<() => void>();
let current: LibraryFilters = load();

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}

function load(): LibraryFilters {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return EMPTY_FILTERS;
    const stored = parsed as Record<string, unknown>;
    const filters: LibraryFilters = {
      ...EMPTY_FILTERS,
      text: typeof stored.text === 'string' ? stored.text : '',
      needsOcrOnly: stored.needsOcrOnly === true,
    };
    for (const facet of FACETS) filters[facet] = stringList(stored[facet]);
    return filters;
  } catch {
    return EMPTY_FILTERS;
  }
}

function save(filters: LibraryFilters): void {
  current = filters;
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(filters));
  } catch {
    // Without storage the filters last until reload.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLibraryFilters(): [
  LibraryFilters,
  (change: Partial<LibraryFilters> | null) => void,
] {
  const filters = useSyncExternalStore(subscribe, () => current);
  /** Merges a change into the filters; null clears them all. */
  const update = useCallback((change: Partial<LibraryFilters> | null) => {
    save(change === null ? EMPTY_FILTERS : { ...current, ...change });
  }, []);
  return [filters, update];
}
