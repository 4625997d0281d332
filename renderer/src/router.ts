import { useMemo, useSyncExternalStore } from 'react';

/**
 * A hash router small enough to read at a glance. Hash URLs work unchanged from the loopback
 * server and from Electron's app:// protocol, and reload/back/forward come for free.
 */

export const SECTIONS = ['library', 'search', 'codebook', 'compare', 'reports'] as const;
export type SectionName = (typeof SECTIONS)[number];

export type Route = { view: SectionName } | { view: 'doc'; id: number };

const DEFAULT_ROUTE: Route = { view: 'library' };

function isSection(value: string): value is SectionName {
  return (SECTIONS as readonly string[]).includes(value);
}

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [head, arg] = parts;
  if (head === 'doc' && arg !== undefined && /^\d+$/.test(arg)) {
    const id = Number(arg);
    if (Number.isSafeInteger(id) && id > 0) return { view: 'doc', id };
  }
  if (head !== undefined && isSection(head) && parts.length === 1) return { view: head };
  return DEFAULT_ROUTE;
}

export function routeHref(route: Route): string {
  return route.view === 'doc' ? `#/doc/${route.id}` : `#/${route.view}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/** The top-level section a route belongs to, for highlighting the nav. */
export function sectionOf(route: Route): SectionName {
  return route.view === 'doc' ? 'library' : route.view;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return useMemo(() => parseHash(hash), [hash]);
}
