import { z } from 'zod';
import {
  DocumentDetailSchema,
  DocumentSummarySchema,
  JobStatusSchema,
  LibraryInfoSchema,
  MetadataChangesSchema,
} from './domain';

/**
 * The one API contract. Every method the renderer (or any client) may call is a row here with
 * zod schemas for its argument and result. Electron IPC and the loopback HTTP server both serve
 * exactly this table through `dispatch`, and the renderer's client is typed from it, so adding a
 * method is one row here plus one handler in the core service.
 */
function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

const Empty = z.object({}).strict();
const DocId = z.object({ id: z.number().int().positive() }).strict();

export const api = {
  libraryInfo: method(Empty, LibraryInfoSchema),
  listDocuments: method(Empty, z.array(DocumentSummarySchema)),
  getDocument: method(DocId, DocumentDetailSchema),
  /** Corrects detected metadata; the changed fields are marked "edited by user". */
  updateMetadata: method(
    z.object({ id: z.number().int().positive(), changes: MetadataChangesSchema }).strict(),
    DocumentDetailSchema,
  ),
  /** Starts an import job over files or folders on this machine; progress arrives as job events. */
  startImport: method(
    z.object({ paths: z.array(z.string().min(1)).min(1).max(100_000) }).strict(),
    z.object({ jobId: z.string() }),
  ),
  /** Imports the bundled sample documents (the empty-library call to action). */
  importSamples: method(Empty, z.object({ jobId: z.string() })),
  cancelJob: method(z.object({ jobId: z.string() }).strict(), z.object({ cancelled: z.boolean() })),
  listJobs: method(Empty, z.array(JobStatusSchema)),
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type MethodResult<M extends MethodName> = z.output<Api[M]['output']>;

export const METHOD_NAMES = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/** Handlers a transport serves: one per contract row, given the validated input. */
export type Handlers = {
  [M in MethodName]: (
    input: z.output<Api[M]['input']>,
  ) => Promise<MethodResult<M>> | MethodResult<M>;
};
