import { z } from 'zod';

/** Schemas of what the library holds, as it crosses the API. Types are inferred from them. */

export const ErrorInfoSchema = z.object({
  code: z.string(),
  message: z.string(),
  file: z.string().optional(),
});

export const DocumentSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  fileName: z.string(),
  format: z.string(),
  chars: z.number().int(),
  bytes: z.number().int(),
  hash: z.string(),
  importedAt: z.string(),
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

export const DocumentDetailSchema = DocumentSummarySchema.extend({
  text: z.string(),
  encoding: z.string().nullable(),
  sourcePath: z.string().nullable(),
  sections: z.array(SectionSchema),
});
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;

export const FileOutcomeSchema = z.object({
  file: z.string(),
  status: z.enum(['imported', 'duplicate', 'failed']),
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
