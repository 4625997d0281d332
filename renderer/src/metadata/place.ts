import type { DocumentSummary } from '../../../shared/domain';

type Located = Pick<DocumentSummary, 'town' | 'county' | 'city' | 'level'>;

/**
 * The place a document is about, as the Library's "town" column shows it. A county-level city
 * (鹤山市) stands where a town would, marked as such; its name may be stored as town or county.
 */
export function placeName(doc: Located): string | null {
  if (doc.level === 'county') return doc.town ?? doc.county ?? null;
  return doc.town;
}

export function isCountyLevel(doc: Located): boolean {
  return doc.level === 'county' && placeName(doc) !== null;
}

/** The county (district) and, when different, the city above it. */
export function regionParts(doc: Pick<DocumentSummary, 'county' | 'city'>): string[] {
  const parts: string[] = [];
  if (doc.county) parts.push(doc.county);
  if (doc.city && doc.city !== doc.county) parts.push(doc.city);
  return parts;
}

export const REGION_SEPARATOR = ' · ';
