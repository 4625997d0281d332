import { useMemo, useSyncExternalStore } from 'react';

/**
 * A hash router small enough to read at a glance. Hash URLs work unchanged from the loopback
 * server and from Electron's app:// protocol, and reload/back/forward come for free. A view's
 * state (a search, the passage to open at) rides along as `?key=value` after the path.
 */

export const SECTIONS = ['library', 'search', 'codebook', 'compare', 'reports'] as const;
export type SectionName = (typeof SECTIONS)[number];

/** Single-valued parameters after the path; lists are joined by the view that owns them. */
export type RouteParams = Readonly<Record<string, string>>;

export type Route = ({ view: SectionName } | { view: 'trash' } | { view: 'doc'; id: number }) & {
  params?: RouteParams;
};

const DEFAULT_ROUTE: Route = { view: 'library' };

function isSection(value: string): value is SectionName {
  return (SECTIONS as readonly string[]).includes(value);
}

function parsePath(path: string): Route {
  const parts = path.split('/').filter(Boolean);
  const [head, arg] = parts;
  if (head === 'doc' && arg !== undefined && /^\d+$/.test(arg)) {
    const id = Number(arg);
    if (Number.isSafeInteger(id) && id > 0) return { view: 'doc', id };
  }
  if (head !== undefined && isSection(head) && parts.length === 1) return { view: head };
  if (head === 'trash' && parts.length === 1) return { view: 'trash' };
  return DEFAULT_ROUTE;
}

export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const mark = body.indexOf('?');
  const route = parsePath(mark < 0 ? body : body.slice(0, mark));
  if (mark < 0 || route === DEFAULT_ROUTE) return route;
  const params = Object.fromEntries(new URLSearchParams(body.slice(mark + 1)));
  return Object.keys(params).length > 0 ? { ...route, params } : route;
}

/** The route without its parameters: what identifies the view (and keys its error boundary). */
export function routePath(route: Route): string {
  return route.view === 'doc' ? `#/doc/${route.id}` : `#/${route.view}`;
}

export function routeHref(route: Route): string {
  const entries = Object.entries(route.params ?? {}).filter(([, value]) => value !== '');
  const query = new URLSearchParams(entries).toString();
  return query === '' ? routePath(route) : `${routePath(route)}?${query}`;
}

const replaceListeners = new Set<() => void>();

/**
 * Goes to a route. `replace` swaps the current history entry instead of adding one, for state
 * that changes as the user types (back should skip the half-typed searches).
 */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = routeHref(route);
  if (!options.replace) {
    window.location.hash = href;
    return;
  }
  if (window.location.hash === href) return;
  window.history.replaceState(window.history.state, '', href);
  // replaceState fires no hashchange; tell the subscribed views ourselves.
  for (const listener of [...replaceListeners]) listener();
}

/** The top-level section a route belongs to, for highlighting the nav. */
export function sectionOf(route: Route): SectionName {
  // The trash is reached from the Library.
  if (route.view === 'trash') return 'library';
  if (route.view !== 'doc') return route.view;
  // A document opened from a search result stays under 检索, from a coded passage under 编码,
  // from a comparison under 比较.
  if (route.params?.from === 'codebook') return 'codebook';
  if (route.params?.from === 'compare') return 'compare';
  return route.params?.q ? 'search' : 'library';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  replaceListeners.add(onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    replaceListeners.delete(onChange);
  };
}

function currentHash(): string {
  return window.location.hash;
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return useMemo(() => parseHash(hash), [hash]);
}
