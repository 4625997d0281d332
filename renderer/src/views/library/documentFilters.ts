import { DOCUMENT_KINDS } from '../../../../shared/vocabulary';
import type { DocumentSummary } from '../../../../shared/domain';
import { placeName, regionParts } from '../../metadata/place';

/** The Library's filters. Facet values are strings; '' stands for "not detected". */
export interface LibraryFilters {
  text: string;
  towns: string[];
  regions: string[];
  years: string[];
  kinds: string[];
  needsOcrOnly: boolean;
}

export const FACETS = ['towns', 'regions', 'years', 'kinds'] as const;
export type Facet = (typeof FACETS)[number];

export const EMPTY_FILTERS: LibraryFilters = {
  text: '',
  towns: [],
  regions: [],
  years: [],
  kinds: [],
  needsOcrOnly: false,
};

/** The value a document carries for a facet ('' when unknown); a region matches county or city. */
export function facetValues(doc: DocumentSummary, facet: Facet): string[] {
  switch (facet) {
    case 'towns':
      return [placeName(doc) ?? ''];
    case 'regions': {
      const parts = regionParts(doc);
      return parts.length > 0 ? parts : [''];
    }
    case 'years':
      return [doc.year === null ? '' : String(doc.year)];
    case 'kinds':
      return [doc.kind ?? ''];
  }
}

export function hasActiveFilters(filters: LibraryFilters): boolean {
  return (
    filters.text.trim() !== '' ||
    filters.needsOcrOnly ||
    FACETS.some((facet) => filters[facet].length > 0)
  );
}

function matchesText(doc: DocumentSummary, needle: string): boolean {
  return doc.title.toLowerCase().includes(needle) || doc.fileName.toLowerCase().includes(needle);
}

export function applyFilters(
  documents: readonly DocumentSummary[],
  filters: LibraryFilters,
): DocumentSummary[] {
  const needle = filters.text.trim().toLowerCase();
  const active = FACETS.filter((facet) => filters[facet].length > 0).map(
    (facet) => [facet, new Set(filters[facet])] as const,
  );
  return documents.filter(
    (doc) =>
      (!filters.needsOcrOnly || doc.needsOcr) &&
      (needle === '' || matchesText(doc, needle)) &&
      active.every(([facet, wanted]) => facetValues(doc, facet).some((v) => wanted.has(v))),
  );
}

export interface FacetOption {
  value: string;
  count: number;
}

// Place names are Chinese whatever the UI language; zh collation sorts them by pinyin.
const placeCollator = new Intl.Collator('zh-CN', { numeric: true });

function compareOptions(facet: Facet, a: string, b: string): number {
  // "Not detected" goes last, where it does not push real values out of sight.
  if (a === '' || b === '') return a === '' ? (b === '' ? 0 : 1) : -1;
  if (facet === 'years') return Number(b) - Number(a);
  if (facet === 'kinds') {
    const order: readonly string[] = DOCUMENT_KINDS;
    return order.indexOf(a) - order.indexOf(b);
  }
  return placeCollator.compare(a, b);
}

/** Every value of a facet in the library, with how many documents carry it. */
export function facetOptions(documents: readonly DocumentSummary[], facet: Facet): FacetOption[] {
  const counts = new Map<string, number>();
  for (const doc of documents) {
    for (const value of new Set(facetValues(doc, facet))) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => compareOptions(facet, a.value, b.value));
}
