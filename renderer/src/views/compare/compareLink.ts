import { routeHref } from '../../router';

/**
 * The Reader at an offset of a document (`#/doc/<id>?at=<start>`), marked as reached from the
 * Compare view so the nav stays on 比较 and the back link returns to the comparison. `find`
 * (a figure as written) is highlighted there.
 */
export function compareReaderHref(docId: number, at: number, find?: string): string {
  const params: Record<string, string> = { at: String(at), from: 'compare' };
  if (find && find.trim() !== '') params.q = find.trim();
  return routeHref({ view: 'doc', id: docId, params });
}
