/**
 * Plain constants shared by every side, kept free of zod so the renderer can use them without
 * bundling the schema library (the renderer only needs types from shared/domain).
 */
export const DOCUMENT_KINDS = [
  'work_report',
  'work_plan',
  'year_end_summary',
  'news',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Fields detected on import that the user may correct. */
export const EDITABLE_FIELDS = [
  'title',
  'town',
  'county',
  'city',
  'province',
  'year',
  'kind',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
