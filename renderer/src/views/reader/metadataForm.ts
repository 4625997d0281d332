import { EDITABLE_FIELDS } from '../../../../shared/vocabulary';
import {
  type DocumentDetail,
  type DocumentKind,
  type EditableField,
  type MetadataChanges,
} from '../../../../shared/domain';

/** What the editor's inputs hold: text boxes give strings (maybe empty), the rest may be empty. */
export interface MetadataFormValues {
  title: string;
  town: string;
  county: string;
  city: string;
  province: string;
  year: number | null;
  kind: DocumentKind | null;
}

export const TEXT_FIELDS = ['town', 'county', 'city', 'province'] as const;

/** Limits of the API's schema, checked in the form so most mistakes never reach the server. */
export const LIMITS = { title: 500, place: 100, yearMin: 1949, yearMax: 2100 } as const;

export function formValuesOf(doc: DocumentDetail): MetadataFormValues {
  return {
    title: doc.title,
    town: doc.town ?? '',
    county: doc.county ?? '',
    city: doc.city ?? '',
    province: doc.province ?? '',
    year: doc.year,
    kind: doc.kind,
  };
}

function cleanText(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

/** Only the fields the user actually changed; an emptied field becomes null (cleared). */
export function changesBetween(
  doc: DocumentDetail,
  values: Partial<MetadataFormValues>,
): MetadataChanges {
  const changes: MetadataChanges = {};
  const title = (values.title ?? '').trim();
  if (title !== '' && title !== doc.title) changes.title = title;
  for (const field of TEXT_FIELDS) {
    const value = cleanText(values[field]);
    if (value !== doc[field]) changes[field] = value;
  }
  const year = values.year ?? null;
  if (year !== doc.year) changes.year = year;
  const kind = values.kind ?? null;
  if (kind !== doc.kind) changes.kind = kind;
  return changes;
}

export interface FieldError {
  field: EditableField;
  /** The message without the contract's "Invalid argument … at changes.x:" preamble. */
  detail: string;
}

/**
 * The field an API validation error is about, if it names one: the contract reports the path of
 * the first bad value ("Invalid argument for updateMetadata at changes.year: Too big: …").
 */
export function fieldErrorOf(message: string): FieldError | null {
  const match = /\bchanges\.(\w+)(?::\s*(.*))?/s.exec(message);
  const field = match?.[1];
  if (field === undefined || !(EDITABLE_FIELDS as readonly string[]).includes(field)) return null;
  return { field: field as EditableField, detail: match?.[2]?.trim() || message };
}
