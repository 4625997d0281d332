import { z } from 'zod';
import {
  DocumentDetailSchema,
  DocumentSummarySchema,
  JobStatusSchema,
  AnnotationSchema,
  ComparisonResultSchema,
  ComparisonScopeSchema,
  ComparisonSummarySchema,
  ComparisonThemeSchema,
  AutocodePreviewSchema,
  AutocodeSchema,
  CodedPassageSchema,
  CodedQuerySchema,
  CreateAnnotationSchema,
  CreateTagSchema,
  MatrixQuerySchema,
  MatrixSchema,
  TagSchema,
  UndoStateSchema,
  UpdateAnnotationSchema,
  UpdateTagSchema,
  FrequencyRequestSchema,
  FrequencyResultSchema,
  KwicRequestSchema,
  KwicResultSchema,
  LibraryInfoSchema,
  MetadataChangesSchema,
  SearchFiltersSchema,
  SearchRequestSchema,
  SearchResultSchema,
  TextRangeSchema,
  BackupInfoSchema,
  ExportFormatSchema,
  ExportRecordSchema,
  ExportSourceSchema,
  ExportTargetSchema,
  SettingsSchema,
  StartExportSchema,
  OcrLanguageChoiceSchema,
  OcrPageInfoSchema,
  OcrPageSchema,
  StartOcrSchema,
  TrashItemSchema,
  TrashKindSchema,
  AppPreferencesSchema,
  OpenLibrarySchema,
  PreferenceChangesSchema,
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
const Id = z.number().int().positive();
const DocId = z.object({ id: Id }).strict();
/** A job that writes one file: where it will be written. */
const JobStarted = z.object({ jobId: z.string(), path: z.string() });
const TargetFile = z
  .object({ path: z.string().min(1).max(4096).optional(), overwrite: z.boolean().optional() })
  .strict();

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
  /** Removes a document with its sections and index rows, in one transaction. */
  deleteDocument: method(DocId, z.object({ deleted: z.boolean() })),

  /** Full-text search over sections: recall equals a substring scan; BM25 ranking. */
  search: method(SearchRequestSchema, SearchResultSchema),
  /** Every occurrence of the query in one document (Reader's find), as text offsets. */
  findInDocument: method(
    z.object({ id: z.number().int().positive(), query: z.string().min(1).max(1000) }).strict(),
    z.object({ ranges: z.array(TextRangeSchema) }),
  ),
  /** Keyword in context: every occurrence with left and right context. */
  kwic: method(KwicRequestSchema, KwicResultSchema),
  /** Top words per town, per document or for the whole library, stop words removed. */
  termFrequencies: method(FrequencyRequestSchema, FrequencyResultSchema),
  /** Words the user added to the dictionary (cut as one word from now on). */
  listUserTerms: method(Empty, z.array(z.string())),
  addUserTerm: method(
    z.object({ term: z.string().trim().min(2).max(20) }).strict(),
    z.array(z.string()),
  ),
  removeUserTerm: method(z.object({ term: z.string() }).strict(), z.array(z.string())),
  /** The user's own stop words (on top of the shipped list) for word frequencies. */
  listStopwords: method(Empty, z.array(z.string())),
  setStopwords: method(
    z.object({ words: z.array(z.string().trim().min(1).max(20)).max(5000) }).strict(),
    z.array(z.string()),
  ),

  /** The codebook: every tag not in the trash, parents before children, in sort order. */
  listTags: method(Empty, z.array(TagSchema)),
  createTag: method(CreateTagSchema, TagSchema),
  updateTag: method(UpdateTagSchema, TagSchema),
  /** Moves a tag under another (null = top level), before the sibling at `index`. */
  moveTag: method(
    z
      .object({ id: Id, parentId: Id.nullable(), index: z.number().int().min(0).optional() })
      .strict(),
    TagSchema,
  ),
  /** Codes every passage of `sourceId` with `targetId` and moves the source to the trash. */
  mergeTags: method(z.object({ sourceId: Id, targetId: Id }).strict(), TagSchema),
  /** Moves a tag, its children and their codings to the trash. */
  deleteTag: method(z.object({ id: Id }).strict(), z.object({ deleted: z.number().int() })),
  /** Adds the starter codebook for town policy analysis (skips tags that exist). */
  addStarterCodebook: method(Empty, z.array(TagSchema)),

  listAnnotations: method(z.object({ docId: Id }).strict(), z.array(AnnotationSchema)),
  createAnnotation: method(CreateAnnotationSchema, AnnotationSchema),
  updateAnnotation: method(UpdateAnnotationSchema, AnnotationSchema),
  deleteAnnotation: method(z.object({ id: Id }).strict(), z.object({ deleted: z.boolean() })),
  getDocumentMemo: method(z.object({ docId: Id }).strict(), z.object({ memo: z.string() })),
  setDocumentMemo: method(
    z.object({ docId: Id, memo: z.string().max(200_000) }).strict(),
    z.object({ memo: z.string() }),
  ),
  /** Coded passages (of a tag, optionally with its children), with where they are. */
  codedPassages: method(CodedQuerySchema, z.array(CodedPassageSchema)),
  /** Tags × towns (or years, documents): passages or characters coded. */
  codeMatrix: method(MatrixQuerySchema, MatrixSchema),
  /** Passages where two tags meet: overlapping annotations, or the same section. */
  cooccurrence: method(
    z.object({ tagA: Id, tagB: Id, filters: SearchFiltersSchema.optional() }).strict(),
    z.object({
      overlapping: z.number().int(),
      sameSection: z.number().int(),
      passages: z.array(CodedPassageSchema),
    }),
  ),
  /** What auto-coding a search would do, before doing it. */
  autocodePreview: method(AutocodeSchema, AutocodePreviewSchema),
  /** Codes every occurrence of a search with a tag (one undo step). */
  autocode: method(
    AutocodeSchema,
    z.object({ created: z.number().int(), alreadyCoded: z.number().int() }),
  ),
  undo: method(Empty, UndoStateSchema),
  redo: method(Empty, UndoStateSchema),
  undoState: method(Empty, UndoStateSchema),

  /** Compares a theme across towns without saving: aligned sections, shared phrases, figures. */
  compare: method(
    z.object({ theme: ComparisonThemeSchema, scope: ComparisonScopeSchema.optional() }).strict(),
    ComparisonResultSchema,
  ),
  saveComparison: method(
    z
      .object({
        name: z.string().trim().min(1).max(200),
        theme: ComparisonThemeSchema,
        scope: ComparisonScopeSchema.optional(),
      })
      .strict(),
    ComparisonResultSchema,
  ),
  listComparisons: method(Empty, z.array(ComparisonSummarySchema)),
  /** A saved comparison, recomputed; the researcher's pins, removals and notes are kept. */
  getComparison: method(z.object({ id: Id }).strict(), ComparisonResultSchema),
  deleteComparison: method(z.object({ id: Id }).strict(), z.object({ deleted: z.boolean() })),
  /** Adds, renames, reorders or removes rows (sub-themes); rows are listed in their new order. */
  setComparisonRows: method(
    z
      .object({
        id: Id,
        rows: z
          .array(
            z
              .object({
                id: Id.optional(),
                label: z.string().trim().min(1).max(200),
                theme: ComparisonThemeSchema,
              })
              .strict(),
          )
          .min(1)
          .max(100),
      })
      .strict(),
    ComparisonResultSchema,
  ),
  /** Pins a section in a cell, removes a proposed one, or clears the choice (null). */
  setCellChoice: method(
    z
      .object({
        rowId: Id,
        town: z.string().min(1),
        sectionId: Id,
        choice: z.enum(['pinned', 'removed']).nullable(),
      })
      .strict(),
    z.object({ ok: z.boolean() }),
  ),
  setCellNote: method(
    z.object({ rowId: Id, town: z.string().min(1), note: z.string().max(20_000) }).strict(),
    z.object({ note: z.string() }),
  ),

  /** Where an export goes when no path is given, and whether that file exists already. */
  exportTarget: method(
    z.object({ source: ExportSourceSchema, format: ExportFormatSchema }).strict(),
    ExportTargetSchema,
  ),
  /** Writes a report (.docx, .pdf) or a passage table (.xlsx, .csv) as a job. */
  startExport: method(StartExportSchema, JobStarted),
  /** Files the app wrote, newest first. */
  listExports: method(Empty, z.array(ExportRecordSchema)),
  /** The whole project as REFI-QDA (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder. */
  startQdpxExport: method(TargetFile, JobStarted),
  /** Adds a REFI-QDA project's documents, codes and coded passages to this library. */
  startQdpxImport: method(
    z.object({ path: z.string().min(1).max(4096) }).strict(),
    z.object({ jobId: z.string() }),
  ),
  /** One file holding the database (online backup) and the originals, verified after writing. */
  startBackup: method(TargetFile, JobStarted),
  listBackups: method(Empty, z.array(BackupInfoSchema)),
  /** Unpacks a backup into a new library folder (never over an existing library). */
  startRestore: method(
    z
      .object({ file: z.string().min(1).max(4096), targetDir: z.string().min(1).max(4096) })
      .strict(),
    JobStarted,
  ),
  /** Recognises scanned pages (a job): waiting pages of every document, or the ones named. */
  startOcr: method(StartOcrSchema, z.object({ jobId: z.string() })),
  /** Each page's OCR state of one document. */
  ocrPages: method(z.object({ docId: Id }).strict(), z.array(OcrPageInfoSchema)),
  /** One page for proofreading: text, what OCR read, and each word with its box. */
  getOcrPage: method(z.object({ docId: Id, page: Id }).strict(), OcrPageSchema),
  /** The page as an image for the proofreading view (PNG, base64). */
  ocrPageImage: method(
    z.object({ docId: Id, page: Id }).strict(),
    z.object({ png: z.string(), width: z.number().int(), height: z.number().int() }),
  ),
  /** Saves the researcher's correction of a page; the document is re-indexed, annotations move along. */
  saveOcrPageText: method(
    z.object({ docId: Id, page: Id, text: z.string().max(1_000_000) }).strict(),
    z.object({ anchored: z.number().int(), needsAttention: z.number().int() }),
  ),
  /** The language a document's scans are read in (used by its next OCR run). */
  setOcrLanguage: method(
    z.object({ docId: Id, lang: OcrLanguageChoiceSchema }).strict(),
    z.object({ lang: OcrLanguageChoiceSchema }),
  ),
  getSettings: method(Empty, SettingsSchema),
  updateSettings: method(SettingsSchema.partial().strict(), SettingsSchema),

  /** The person's preferences (UI language, theme, first run) and recent libraries. */
  getPreferences: method(Empty, AppPreferencesSchema),
  updatePreferences: method(PreferenceChangesSchema, AppPreferencesSchema),
  /**
   * Closes the current library (running imports stop after their file) and opens, or creates,
   * another; every client gets a `library-opened` event and starts afresh.
   */
  openLibrary: method(OpenLibrarySchema, LibraryInfoSchema),

  /** Deleted documents, tags, annotations and comparisons of the last 30 days, newest first. */
  listTrash: method(Empty, z.array(TrashItemSchema)),
  /** Puts an item back as it was (a tag with its children and codings). */
  restoreFromTrash: method(
    z.object({ kind: TrashKindSchema, id: Id }).strict(),
    z.object({ restored: z.literal(true), id: z.number().int() }),
  ),
  /** Removes items for good: one, every item of a kind, or everything. */
  emptyTrash: method(
    z.object({ kind: TrashKindSchema.optional(), id: Id.optional() }).strict(),
    z.object({ removed: z.number().int() }),
  ),
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

/**
 * Methods served by the app session above a library (preferences, switching libraries); the
 * core of one library serves all the others.
 */
export const SESSION_METHODS = ['getPreferences', 'updatePreferences', 'openLibrary'] as const;
export type SessionMethodName = (typeof SESSION_METHODS)[number];
export type CoreHandlers = Omit<Handlers, SessionMethodName>;
export type SessionHandlers = Pick<Handlers, SessionMethodName>;
