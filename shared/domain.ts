import { z } from 'zod';

/** Schemas of what the library holds, as it crosses the API. Types are inferred from them. */

export const ErrorInfoSchema = z.object({
  code: z.string(),
  message: z.string(),
  file: z.string().optional(),
});

export const DOCUMENT_KINDS = [
  'work_report',
  'work_plan',
  'year_end_summary',
  'news',
  'other',
] as const;
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

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

export const DocumentSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  fileName: z.string(),
  format: z.string(),
  chars: z.number().int(),
  bytes: z.number().int(),
  hash: z.string(),
  importedAt: z.string(),
  town: z.string().nullable(),
  county: z.string().nullable(),
  city: z.string().nullable(),
  province: z.string().nullable(),
  /** 'county' for documents about a county-level city (e.g. 鹤山市), else 'town'. */
  level: z.enum(['town', 'county']).nullable(),
  year: z.number().int().nullable(),
  kind: DocumentKindSchema.nullable(),
  sourceUrl: z.string().nullable(),
  published: z.string().nullable(),
  pages: z.number().int().nullable(),
  needsOcr: z.boolean(),
  /** Fields the user changed by hand (shown as "edited by user"). */
  edited: z.array(z.enum(EDITABLE_FIELDS)),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const SectionSchema = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  level: z.number().int(),
  title: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  page: z.number().int().nullable(),
});
export type Section = z.infer<typeof SectionSchema>;

/** How a metadata field was found: the value, how sure, and the snippet that shows it. */
export const DetectedFieldSchema = z.object({
  value: z.union([z.string(), z.number()]).nullable(),
  confidence: z.number(),
  evidence: z.string().nullable(),
});
export type DetectedFieldInfo = z.infer<typeof DetectedFieldSchema>;

export const PageSchema = z.object({
  number: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  needsOcr: z.boolean(),
  ocrReason: z.string().nullable(),
});
export type Page = z.infer<typeof PageSchema>;

export const DocumentDetailSchema = DocumentSummarySchema.extend({
  text: z.string(),
  encoding: z.string().nullable(),
  sourcePath: z.string().nullable(),
  sections: z.array(SectionSchema),
  pageList: z.array(PageSchema),
  /** Detection results per field (before any user edit). */
  detected: z.record(z.string(), DetectedFieldSchema),
});
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;

export const FileOutcomeSchema = z.object({
  file: z.string(),
  status: z.enum(['imported', 'duplicate', 'failed']),
  /** Imported, but some or all pages wait for OCR. */
  needsOcr: z.boolean().optional(),
  docId: z.number().int().optional(),
  /** For a duplicate: the document that already holds this content. */
  duplicateOf: z.number().int().optional(),
  error: ErrorInfoSchema.optional(),
});
export type FileOutcome = z.infer<typeof FileOutcomeSchema>;

export const JobStateSchema = z.enum(['queued', 'running', 'done', 'cancelled', 'failed']);
export type JobState = z.infer<typeof JobStateSchema>;

export const JobStatusSchema = z.object({
  id: z.string(),
  kind: z.enum(['import']),
  state: JobStateSchema,
  total: z.number().int(),
  done: z.number().int(),
  currentFile: z.string().nullable(),
  /** Estimated seconds left, from the pace so far; null until it can be told. */
  etaSeconds: z.number().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  outcomes: z.array(FileOutcomeSchema),
  error: ErrorInfoSchema.nullable(),
});
export type JobStatus = z.infer<typeof JobStatusSchema>;

export const LibraryInfoSchema = z.object({
  path: z.string(),
  documentCount: z.number().int(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
});
export type LibraryInfo = z.infer<typeof LibraryInfoSchema>;

/** A user's correction of detected metadata; null clears the field. */
export const MetadataChangesSchema = z
  .object({
    title: z.string().trim().min(1).max(500),
    town: z.string().trim().max(100).nullable(),
    county: z.string().trim().max(100).nullable(),
    city: z.string().trim().max(100).nullable(),
    province: z.string().trim().max(100).nullable(),
    year: z.number().int().min(1949).max(2100).nullable(),
    kind: DocumentKindSchema.nullable(),
  })
  .partial()
  .strict();
export type MetadataChanges = z.infer<typeof MetadataChangesSchema>;
