import type { DocumentSummary } from '../../../../shared/domain';
import { facetOptions, type FacetOption } from '../library/documentFilters';

export interface SearchFilterOptions {
  towns: FacetOption[];
  regions: FacetOption[];
  kinds: FacetOption[];
  /** Every year a document has, newest first. */
  years: number[];
}

const placeCollator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Towns as the server filters them: the document's own town field (a county-level city without
 * one is reached through the county/city filter instead).
 */
function townOptions(documents: readonly DocumentSummary[]): FacetOption[] {
  const counts = new Map<string, number>();
  for (const doc of documents) {
    if (doc.town) counts.set(doc.town, (counts.get(doc.town) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => placeCollator.compare(a.value, b.value));
}

/** What the filters can offer, taken from the (already cached) document list. */
export function searchFilterOptions(documents: readonly DocumentSummary[]): SearchFilterOptions {
  const known = (options: FacetOption[]) => options.filter((option) => option.value !== '');
  const years = new Set<number>();
  for (const doc of documents) if (doc.year !== null) years.add(doc.year);
  return {
    towns: townOptions(documents),
    regions: known(facetOptions(documents, 'regions')),
    kinds: known(facetOptions(documents, 'kinds')),
    years: [...years].sort((a, b) => b - a),
  };
}
