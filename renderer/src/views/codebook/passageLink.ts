import { routeHref } from '../../router';

/** The Reader at a coded passage, marked as reached from the codebook (for the nav and back link). */
export function passageHref(docId: number, start: number): string {
  return routeHref({ view: 'doc', id: docId, params: { at: String(start), from: 'codebook' } });
}
