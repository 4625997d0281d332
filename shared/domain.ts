import { z } from 'zod';
import { DOCUMENT_KINDS, EDITABLE_FIELDS } from './vocabulary';

export { DOCUMENT_KINDS, EDITABLE_FIELDS } from './vocabulary';
export type { DocumentKind, EditableField } from './vocabulary';

/** Schemas of what the library holds, as it crosses the API. Types are inferred from them. */

export const ErrorInfoSchema = z.object({
  code: z.string(),
  message: z.string(),
  file: z.string().optional(),
});

export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);

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
  /** Pages recognised by OCR so far, and their mean confidence (0–100); null when none. */
  ocrPages: z.number().int(),
  ocrConfidence: z.number().nullable(),
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
  /** The language this document's scans are read in ('auto': decided on the first page). */
  ocrLanguage: z.enum(['auto', 'chi_sim', 'chi_tra', 'eng']),
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

/** Import jobs are batches of files; the others make or read one file each. */
export const JOB_KINDS = [
  'import',
  'ocr',
  'export',
  'qdpx-export',
  'qdpx-import',
  'backup',
  'restore',
] as const;
export const JobKindSchema = z.enum(JOB_KINDS);
export type JobKind = z.infer<typeof JobKindSchema>;

export const JobStatusSchema = z.object({
  id: z.string(),
  kind: JobKindSchema,
  /** What the job makes or reads, as a user would name it (e.g. 工改-比较报告.docx). */
  label: z.string().nullable(),
  /** The file the job wrote (exports, backups) or the folder it restored into. */
  output: z.string().nullable(),
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
  /** Risks of where the library lives (a sync folder, a network drive), in words for the user. */
  warnings: z.array(z.string()),
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

/** Narrows a search, a concordance or word frequencies to part of the library. */
export const SearchFiltersSchema = z
  .object({
    towns: z.array(z.string().min(1)).max(500),
    /** County or prefecture-level city (matches either). */
    regions: z.array(z.string().min(1)).max(500),
    yearFrom: z.number().int(),
    yearTo: z.number().int(),
    kinds: z.array(DocumentKindSchema),
    documentIds: z.array(z.number().int().positive()).max(100_000),
  })
  .partial()
  .strict();
export type SearchFilters = z.infer<typeof SearchFiltersSchema>;

export const TextRangeSchema = z.object({ start: z.number().int(), end: z.number().int() });
export type TextRange = z.infer<typeof TextRangeSchema>;

export const SnippetSchema = z.object({
  text: z.string(),
  /** Ranges in `text` (code points) to highlight. */
  highlights: z.array(TextRangeSchema),
});
export type Snippet = z.infer<typeof SnippetSchema>;

export const SearchHitSchema = z.object({
  docId: z.number().int(),
  title: z.string(),
  town: z.string().nullable(),
  county: z.string().nullable(),
  year: z.number().int().nullable(),
  kind: DocumentKindSchema.nullable(),
  sectionId: z.number().int().nullable(),
  /** Titles from the outermost section to the hit's, with their numbering: （四）… › 1. … */
  sectionPath: z.array(z.string()),
  /** The chunk of the document this hit is (code points). */
  start: z.number().int(),
  end: z.number().int(),
  score: z.number(),
  /** Occurrences of the query in this passage. */
  hitCount: z.number().int(),
  snippet: SnippetSchema,
  /** Every occurrence, as offsets into the document's text (for the Reader). */
  highlights: z.array(TextRangeSchema),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultSchema = z.object({
  query: z.string(),
  /** Matching passages and documents in the whole library (not only this page). */
  totalPassages: z.number().int(),
  totalDocuments: z.number().int(),
  hits: z.array(SearchHitSchema),
  tookMs: z.number(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const SearchRequestSchema = z
  .object({
    query: z.string().min(1).max(1000),
    filters: SearchFiltersSchema.optional(),
    /** 'document': at most the best passage per document, documents ranked by their best. */
    groupBy: z.enum(['section', 'document']).optional(),
    sort: z.enum(['relevance', 'town', 'year']).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict();
export type SearchRequest = z.infer<typeof SearchRequestSchema>;

export const KwicLineSchema = z.object({
  docId: z.number().int(),
  title: z.string(),
  town: z.string().nullable(),
  year: z.number().int().nullable(),
  /** Offset of the match in the document (code points). */
  start: z.number().int(),
  end: z.number().int(),
  left: z.string(),
  match: z.string(),
  right: z.string(),
});
export type KwicLine = z.infer<typeof KwicLineSchema>;

export const KwicRequestSchema = z
  .object({
    term: z.string().min(1).max(200),
    width: z.number().int().min(1).max(200).optional(),
    filters: SearchFiltersSchema.optional(),
    sort: z.enum(['document', 'left', 'right', 'town']).optional(),
    limit: z.number().int().min(1).max(100_000).optional(),
  })
  .strict();

export const KwicResultSchema = z.object({
  term: z.string(),
  total: z.number().int(),
  lines: z.array(KwicLineSchema),
  tookMs: z.number(),
});
export type KwicResult = z.infer<typeof KwicResultSchema>;

export const TermCountSchema = z.object({
  term: z.string(),
  count: z.number().int(),
  /** Occurrences per 10,000 words of the group, to compare groups of different sizes. */
  per10k: z.number(),
});
export type TermCount = z.infer<typeof TermCountSchema>;

export const FrequencyGroupSchema = z.object({
  key: z.string(),
  label: z.string(),
  documents: z.number().int(),
  totalWords: z.number().int(),
  terms: z.array(TermCountSchema),
});
export type FrequencyGroup = z.infer<typeof FrequencyGroupSchema>;

export const FrequencyRequestSchema = z
  .object({
    by: z.enum(['town', 'document', 'library']).optional(),
    filters: SearchFiltersSchema.optional(),
    top: z.number().int().min(1).max(1000).optional(),
  })
  .strict();

export const FrequencyResultSchema = z.object({
  groups: z.array(FrequencyGroupSchema),
  tookMs: z.number(),
});
export type FrequencyResult = z.infer<typeof FrequencyResultSchema>;

export const TagSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  /** CSS colour, e.g. #d4380d. */
  color: z.string(),
  description: z.string(),
  parentId: z.number().int().nullable(),
  sortOrder: z.number().int(),
  /** Passages coded with this tag itself (not its children). */
  passageCount: z.number().int(),
});
export type Tag = z.infer<typeof TagSchema>;

export const AnnotationSchema = z.object({
  id: z.number().int(),
  docId: z.number().int(),
  /** Code point offsets into the document's text, end exclusive. */
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  comment: z.string(),
  tagIds: z.array(z.number().int()),
  /** 'needs_attention': the text changed and the passage could not be found again. */
  status: z.enum(['anchored', 'needs_attention']),
  attentionReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

export const CodedPassageSchema = AnnotationSchema.extend({
  title: z.string(),
  town: z.string().nullable(),
  county: z.string().nullable(),
  year: z.number().int().nullable(),
  kind: DocumentKindSchema.nullable(),
  sectionPath: z.array(z.string()),
});
export type CodedPassage = z.infer<typeof CodedPassageSchema>;

export const MatrixSchema = z.object({
  by: z.enum(['town', 'year', 'document']),
  measure: z.enum(['passages', 'chars']),
  rows: z.array(
    z.object({ tagId: z.number().int(), name: z.string(), path: z.string(), color: z.string() }),
  ),
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
  /** cells[row][column]. */
  cells: z.array(z.array(z.number())),
});
export type Matrix = z.infer<typeof MatrixSchema>;

export const UndoStateSchema = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type UndoState = z.infer<typeof UndoStateSchema>;

const TagIdList = z.array(z.number().int().positive()).max(100);
const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #d4380d');

export const CreateTagSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    color: Color.optional(),
    description: z.string().max(5000).optional(),
    parentId: z.number().int().positive().nullable().optional(),
  })
  .strict();
export const UpdateTagSchema = z
  .object({
    id: z.number().int().positive(),
    name: z.string().trim().min(1).max(100).optional(),
    color: Color.optional(),
    description: z.string().max(5000).optional(),
  })
  .strict();
export const CreateAnnotationSchema = z
  .object({
    docId: z.number().int().positive(),
    start: z.number().int().min(0),
    end: z.number().int().positive(),
    tagIds: TagIdList,
    comment: z.string().max(20_000).optional(),
  })
  .strict();
export const UpdateAnnotationSchema = z
  .object({
    id: z.number().int().positive(),
    start: z.number().int().min(0).optional(),
    end: z.number().int().positive().optional(),
    tagIds: TagIdList.optional(),
    comment: z.string().max(20_000).optional(),
  })
  .strict();
export const CodedQuerySchema = z
  .object({
    tagId: z.number().int().positive().optional(),
    includeChildren: z.boolean().optional(),
    filters: SearchFiltersSchema.optional(),
    status: z.enum(['anchored', 'needs_attention']).optional(),
    limit: z.number().int().min(1).max(100_000).optional(),
  })
  .strict();
export const MatrixQuerySchema = z
  .object({
    by: z.enum(['town', 'year', 'document']).optional(),
    measure: z.enum(['passages', 'chars']).optional(),
    filters: SearchFiltersSchema.optional(),
  })
  .strict();
export const AutocodeSchema = z
  .object({
    query: z.string().min(1).max(1000),
    tagId: z.number().int().positive(),
    filters: SearchFiltersSchema.optional(),
  })
  .strict();
export const AutocodePreviewSchema = z.object({
  /** Occurrences that would become coded passages. */
  matches: z.number().int(),
  /** Of those, already coded with this tag (left as they are). */
  alreadyCoded: z.number().int(),
  documents: z.number().int(),
  sample: z.array(
    z.object({
      docId: z.number().int(),
      title: z.string(),
      town: z.string().nullable(),
      quote: z.string(),
    }),
  ),
});
export type AutocodePreview = z.infer<typeof AutocodePreviewSchema>;

/** What a comparison is about: a search query, a tag (its coded passages), or a section. */
export const ComparisonThemeSchema = z
  .object({
    kind: z.enum(['query', 'tag', 'section']),
    /** The query text, or the tag's / section's id as text. */
    value: z.string().min(1).max(1000),
  })
  .strict();
export type ComparisonTheme = z.infer<typeof ComparisonThemeSchema>;

export const ComparisonScopeSchema = z
  .object({
    towns: z.array(z.string().min(1)).max(500),
    yearFrom: z.number().int(),
    yearTo: z.number().int(),
    documentIds: z.array(z.number().int().positive()).max(100_000),
  })
  .partial()
  .strict();
export type ComparisonScope = z.infer<typeof ComparisonScopeSchema>;

export const ComparedSectionSchema = z.object({
  sectionId: z.number().int(),
  docId: z.number().int(),
  title: z.string(),
  year: z.number().int().nullable(),
  sectionPath: z.array(z.string()),
  /** The section in its document's text (code points). */
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  /** 0..1, from BM25 and TF-IDF cosine similarity to the theme. */
  score: z.number(),
  /** Why it was proposed: the theme's words it shares, strongest first. */
  matchedTerms: z.array(z.string()),
  /** Chosen by the researcher (kept when the proposal is recomputed). */
  pinned: z.boolean(),
  /** Shared phrases inside `text` (offsets into `text`). */
  sharedPhrases: z.array(TextRangeSchema),
  annotations: z.array(
    z.object({
      id: z.number().int(),
      start: z.number().int(),
      end: z.number().int(),
      tagIds: z.array(z.number().int()),
      comment: z.string(),
    }),
  ),
});
export type ComparedSection = z.infer<typeof ComparedSectionSchema>;

export const ComparisonCellSchema = z.object({
  town: z.string(),
  sections: z.array(ComparedSectionSchema),
  /** The researcher's summary of this town on this row. */
  note: z.string(),
  notices: z.array(z.string()),
});

export const ComparisonRowSchema = z.object({
  id: z.number().int().nullable(),
  label: z.string(),
  theme: ComparisonThemeSchema,
  cells: z.array(ComparisonCellSchema),
});
export type ComparisonRow = z.infer<typeof ComparisonRowSchema>;

export const SharedPhraseSchema = z.object({
  text: z.string(),
  towns: z.array(z.string()),
  /** Found in most documents of the library: a slogan rather than shared policy. */
  boilerplate: z.boolean(),
});
export type SharedPhrase = z.infer<typeof SharedPhraseSchema>;

export const FigureSchema = z.object({
  town: z.string(),
  docId: z.number().int(),
  sectionId: z.number().int().nullable(),
  /** Offsets of the number and unit in the document's text. */
  start: z.number().int(),
  end: z.number().int(),
  /** As written, e.g. 3001.84畝, 1.2亿元. */
  original: z.string(),
  /** In the base unit (亿元 → 元 × 10^8), for comparing towns. */
  value: z.number(),
  unit: z.string(),
  /** What the figure counts: the phrase it qualifies. */
  subject: z.string(),
  /** Grouping key for the figures table: unit and key noun phrase. */
  measure: z.string(),
  kind: z.enum(['achievement', 'target', 'unknown']),
});
export type Figure = z.infer<typeof FigureSchema>;

export const ComparisonResultSchema = z.object({
  id: z.number().int().nullable(),
  name: z.string(),
  theme: ComparisonThemeSchema,
  scope: ComparisonScopeSchema,
  towns: z.array(z.string()),
  rows: z.array(ComparisonRowSchema),
  sharedPhrases: z.array(SharedPhraseSchema),
  figures: z.array(FigureSchema),
  notices: z.array(z.string()),
  tookMs: z.number(),
});
export type ComparisonResult = z.infer<typeof ComparisonResultSchema>;

export const ComparisonSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  theme: ComparisonThemeSchema,
  towns: z.array(z.string()),
  updatedAt: z.string(),
});

/** What a report or a passage table is made from. */
export const ExportSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('comparison'), id: z.number().int().positive() }).strict(),
  z
    .object({
      kind: z.literal('tag'),
      tagId: z.number().int().positive(),
      includeChildren: z.boolean().optional(),
      scope: ComparisonScopeSchema.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('query'),
      query: z.string().min(1).max(1000),
      scope: ComparisonScopeSchema.optional(),
    })
    .strict(),
  /** Every coded passage of the library (passage tables only). */
  z.object({ kind: z.literal('codebook') }).strict(),
]);
export type ExportSource = z.infer<typeof ExportSourceSchema>;

export const EXPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'csv'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** The report options dialog: what goes in and how it looks. */
export const ReportOptionsSchema = z
  .object({
    title: z.string().trim().max(200),
    author: z.string().trim().max(200),
    /** Towns to include, in this order (default: all of the comparison's). */
    towns: z.array(z.string().min(1)).max(500),
    /** Rows to include, by position in the comparison (default: all). */
    rowIndexes: z.array(z.number().int().min(0)).max(100),
    /** Whole sections, or the sentences around the matched words. */
    passages: z.enum(['excerpt', 'full']),
    figures: z.boolean(),
    /** Annotation comments: as Word comments, as footnotes, or left out. */
    comments: z.enum(['comments', 'footnotes', 'none']),
    /** Where each quote's source is described: a footnote per quote, or a list at the end. */
    citations: z.enum(['footnotes', 'bibliography']),
    /** Language of headings and labels (quotes stay as written). */
    language: z.enum(['zh', 'en']),
    paper: z.enum(['A4', 'A3', 'Letter']),
    /** Font names written into the .docx (East Asian body and headings, Latin text). */
    bodyFont: z.string().trim().min(1).max(100),
    headingFont: z.string().trim().min(1).max(100),
    latinFont: z.string().trim().min(1).max(100),
  })
  .partial()
  .strict();
export type ReportOptions = z.infer<typeof ReportOptionsSchema>;

export const StartExportSchema = z
  .object({
    source: ExportSourceSchema,
    format: ExportFormatSchema,
    options: ReportOptionsSchema.optional(),
    /** Absolute path of the file to write (default: the exports folder, a name from the source). */
    path: z.string().min(1).max(4096).optional(),
    /** Replace an existing file; without it an existing file is an error (FILE_EXISTS). */
    overwrite: z.boolean().optional(),
  })
  .strict();
export type StartExport = z.infer<typeof StartExportSchema>;

export const ExportTargetSchema = z.object({
  path: z.string(),
  exists: z.boolean(),
});

/** A file the app wrote (report, table, project, backup), newest first in the Reports view. */
export const ExportRecordSchema = z.object({
  id: z.number().int(),
  path: z.string(),
  kind: JobKindSchema,
  format: z.string(),
  title: z.string(),
  createdAt: z.string(),
  bytes: z.number().int(),
  /** False when the file was moved or deleted since. */
  exists: z.boolean(),
});
export type ExportRecord = z.infer<typeof ExportRecordSchema>;

export const BackupInfoSchema = z.object({
  path: z.string(),
  createdAt: z.string(),
  bytes: z.number().int(),
  automatic: z.boolean(),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

export const OCR_LANGUAGES = ['chi_sim', 'chi_tra', 'eng'] as const;
export const OcrLanguageSchema = z.enum(OCR_LANGUAGES);
export type OcrLanguage = z.infer<typeof OcrLanguageSchema>;
/** 'auto' tries simplified and traditional on the first page and keeps the better one. */
export const OcrLanguageChoiceSchema = z.enum(['auto', ...OCR_LANGUAGES]);
export type OcrLanguageChoice = z.infer<typeof OcrLanguageChoiceSchema>;

export const OcrPageStatusSchema = z.enum(['queued', 'running', 'done', 'failed']);

/** One page's OCR state, kept in the library (a failure is stored with its reason). */
export const OcrPageInfoSchema = z.object({
  page: z.number().int(),
  status: OcrPageStatusSchema,
  reason: z.string().nullable(),
  lang: OcrLanguageSchema.nullable(),
  /** Mean word confidence, 0–100. */
  confidence: z.number().nullable(),
  /** The researcher corrected this page's text by hand. */
  edited: z.boolean(),
});
export type OcrPageInfo = z.infer<typeof OcrPageInfoSchema>;

export const OcrWordSchema = z.object({
  text: z.string(),
  confidence: z.number(),
  /** x0, y0, x1, y1 as fractions (0–1) of the page image's width and height. */
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});
export type OcrWord = z.infer<typeof OcrWordSchema>;

export const OcrPageSchema = OcrPageInfoSchema.extend({
  /** The page's text as it is in the document (the correction when there is one). */
  text: z.string(),
  /** What OCR read, before any correction. */
  recognizedText: z.string(),
  words: z.array(OcrWordSchema),
});
export type OcrPage = z.infer<typeof OcrPageSchema>;

export const StartOcrSchema = z
  .object({
    /** Documents to OCR (default: every document with pages waiting). */
    docIds: z.array(z.number().int().positive()).max(100_000).optional(),
    /** Re-run these pages only (with a single document). */
    pages: z.array(z.number().int().positive()).max(10_000).optional(),
    lang: OcrLanguageChoiceSchema.optional(),
  })
  .strict();
export type StartOcr = z.infer<typeof StartOcrSchema>;

export const SettingsSchema = z.object({
  /** Where exports go when no path is given. */
  exportsDir: z.string(),
  /** Where backups go (automatic and manual). */
  backupDir: z.string(),
  /** A backup a day while the app is used, keeping the last seven. */
  autoBackup: z.boolean(),
  /** Recognise scanned pages right after they are imported. */
  ocrAfterImport: z.boolean(),
  ocrLanguage: OcrLanguageChoiceSchema,
  /** Recognition threads (default: one per core). */
  ocrWorkers: z.number().int().min(1).max(64),
  /** Days between automatic backups (1 = daily, 7 = weekly). */
  backupIntervalDays: z.number().int().min(1).max(30),
  /** Report fonts used when an export does not choose its own. */
  reportBodyFont: z.string().trim().min(1).max(100),
  reportHeadingFont: z.string().trim().min(1).max(100),
  reportLatinFont: z.string().trim().min(1).max(100),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const UI_LANGUAGES = ['zh-CN', 'en'] as const;
export const UiLanguageSchema = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

export const ThemeSchema = z.enum(['light', 'dark', 'system']);
export type Theme = z.infer<typeof ThemeSchema>;

/** A library folder opened before, newest first (File ▸ Recent libraries). */
export const RecentLibrarySchema = z.object({
  path: z.string(),
  /** The folder's name, for menus and the window title. */
  name: z.string(),
  openedAt: z.string(),
  /** False when the folder was moved or deleted since. */
  exists: z.boolean(),
});
export type RecentLibrary = z.infer<typeof RecentLibrarySchema>;

/**
 * Preferences of the person, not of a library: kept in the app's own folder, so they follow
 * them from one library to the next.
 */
export const AppPreferencesSchema = z.object({
  uiLanguage: UiLanguageSchema,
  theme: ThemeSchema,
  /** The first-run welcome was seen (or skipped). */
  welcomeDone: z.boolean(),
  recentLibraries: z.array(RecentLibrarySchema),
});
export type AppPreferences = z.infer<typeof AppPreferencesSchema>;

export const PreferenceChangesSchema = z
  .object({ uiLanguage: UiLanguageSchema, theme: ThemeSchema, welcomeDone: z.boolean() })
  .partial()
  .strict();
export type PreferenceChanges = z.infer<typeof PreferenceChangesSchema>;

export const OpenLibrarySchema = z
  .object({
    /** Absolute path of the library folder. */
    path: z.string().trim().min(1).max(4096),
    /** Make a new library there (the folder may not exist yet, or must be empty). */
    create: z.boolean().optional(),
  })
  .strict();
export type OpenLibrary = z.infer<typeof OpenLibrarySchema>;

export const TrashKindSchema = z.enum(['document', 'tag', 'annotation', 'comparison']);
export type TrashKind = z.infer<typeof TrashKindSchema>;

/** Something deleted in the last 30 days, restorable from the Trash view (newest first). */
export const TrashItemSchema = z.object({
  kind: TrashKindSchema,
  /** What restoreFromTrash and emptyTrash take: the trash entry for a document, else the item's id. */
  id: z.number().int(),
  /** The id the item had (a document's id before it was deleted). */
  itemId: z.number().int(),
  title: z.string(),
  deletedAt: z.string(),
  /** A tag's path, an annotation's document, a document's town and year, a comparison's theme. */
  detail: z.string(),
});
export type TrashItem = z.infer<typeof TrashItemSchema>;
