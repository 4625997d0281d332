import { routeHref } from '../../router';

/** The Reader at an offset of a document, with `query` highlighted there. */
export function readerHref(docId: number, at: number, query: string): string {
  const params: Record<string, string> = { at: String(at) };
  if (query.trim() !== '') params.q = query.trim();
  return routeHref({ view: 'doc', id: docId, params });
}
