import type {
  DetectedFieldInfo,
  DocumentDetail,
  DocumentKind,
  DocumentSummary,
  EditableField,
  MetadataChanges,
  OcrLanguageChoice,
  Page,
  Section,
} from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import type { ChunkToIndex } from '../search/index-document';
import { trashDocument } from '../trash/document-snapshot';

/** Reads and writes of documents, sections and pages; no other module writes SQL for them. */

export interface DocumentRow {
  id: number;
  title: string;
  file_name: string;
  format: string;
  char_count: number;
  byte_size: number;
  content_hash: string;
  imported_at: string;
  town: string | null;
  county: string | null;
  city: string | null;
  province: string | null;
  level: string | null;
  year: number | null;
  kind: string | null;
  source_url: string | null;
  published: string | null;
  page_count: number | null;
  needs_ocr: number;
  metadata: string;
  ocr_done: number;
  ocr_confidence: number | null;
}

interface DocumentDetailRow extends DocumentRow {
  ocr_lang: string | null;
  text: string;
  encoding: string | null;
  source_path: string | null;
}

interface SectionRow {
  id: number;
  parent_id: number | null;
  level: number;
  title: string;
  start_offset: number;
  end_offset: number;
  page: number | null;
}

interface PageRow {
  number: number;
  start_offset: number;
  end_offset: number;
  needs_ocr: number;
  ocr_reason: string | null;
}

/** Stored in documents.metadata: what detection found, and which fields the user changed. */
export interface StoredMetadata {
  detected: Partial<Record<string, DetectedFieldInfo>>;
  edited: EditableField[];
}

export const SUMMARY_COLUMNS = `id, title, file_name, format, char_count, byte_size, content_hash, imported_at,
  town, county, city, province, level, year, kind, source_url, published, page_count, needs_ocr, metadata,
  (SELECT count(*) FROM ocr_pages o WHERE o.document_id = documents.id AND o.status = 'done') AS ocr_done,
  (SELECT avg(confidence) FROM ocr_pages o WHERE o.document_id = documents.id AND o.status = 'done') AS ocr_confidence`;

function parseMetadata(json: string): StoredMetadata {
  const parsed = JSON.parse(json) as Partial<StoredMetadata>;
  return { detected: parsed.detected ?? {}, edited: parsed.edited ?? [] };
}

export function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    fileName: row.file_name,
    format: row.format,
    chars: row.char_count,
    bytes: row.byte_size,
    hash: row.content_hash,
    importedAt: row.imported_at,
    town: row.town,
    county: row.county,
    city: row.city,
    province: row.province,
    level: row.level === 'town' || row.level === 'county' ? row.level : null,
    year: row.year,
    kind: row.kind as DocumentKind | null,
    sourceUrl: row.source_url,
    published: row.published,
    pages: row.page_count,
    needsOcr: row.needs_ocr === 1,
    ocrPages: row.ocr_done,
    ocrConfidence: row.ocr_confidence === null ? null : Math.round(row.ocr_confidence * 10) / 10,
    edited: parseMetadata(row.metadata).edited,
  };
}

export function listDocuments(db: Db): DocumentSummary[] {
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents ORDER BY id`)
    .all() as DocumentRow[];
  return rows.map(toSummary);
}

export function countDocuments(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
}

export function getDocument(db: Db, id: number): DocumentDetail {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, text, encoding, source_path, ocr_lang FROM documents WHERE id = ?`,
    )
    .get(id) as DocumentDetailRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Document #${id} does not exist in this library.`);
  const sections = (
    db
      .prepare(
        `SELECT id, parent_id, level, title, start_offset, end_offset, page
         FROM sections WHERE document_id = ? ORDER BY ord`,
      )
      .all(id) as SectionRow[]
  ).map((s): Section => ({
    id: s.id,
    parentId: s.parent_id,
    level: s.level,
    title: s.title,
    start: s.start_offset,
    end: s.end_offset,
    page: s.page,
  }));
  const pageList = (
    db
      .prepare(
        `SELECT number, start_offset, end_offset, needs_ocr, ocr_reason
         FROM pages WHERE document_id = ? ORDER BY number`,
      )
      .all(id) as PageRow[]
  ).map((p): Page => ({
    number: p.number,
    start: p.start_offset,
    end: p.end_offset,
    needsOcr: p.needs_ocr === 1,
    ocrReason: p.ocr_reason,
  }));
  const detected: Record<string, DetectedFieldInfo> = {};
  for (const [field, info] of Object.entries(parseMetadata(row.metadata).detected)) {
    if (info) detected[field] = info;
  }
  return {
    ...toSummary(row),
    text: row.text,
    encoding: row.encoding,
    sourcePath: row.source_path,
    ocrLanguage: (row.ocr_lang ?? 'auto') as OcrLanguageChoice,
    sections,
    pageList,
    detected,
  };
}

export function findDocumentIdByContentHash(db: Db, contentHash: string): number | undefined {
  const row = db.prepare('SELECT id FROM documents WHERE content_hash = ?').get(contentHash) as
    { id: number } | undefined;
  return row?.id;
}

export interface NewSection {
  level: number;
  title: string;
  /** The numbering as written (（一）, 1.), shown in section paths; null for unnumbered headings. */
  marker: string | null;
  start: number;
  end: number;
  page: number | null;
  /** Index of the parent within the same list, or null for a top-level section. */
  parentIndex: number | null;
}

export interface NewPage {
  number: number;
  start: number;
  end: number;
  needsOcr: boolean;
  ocrReason: string | null;
}

/** Metadata values as stored in columns (after detection, before any user edit). */
export interface DocumentFields {
  town: string | null;
  county: string | null;
  city: string | null;
  province: string | null;
  level: 'town' | 'county' | null;
  divisionCode: string | null;
  year: number | null;
  kind: DocumentKind | null;
  sourceUrl: string | null;
  published: string | null;
}

export interface NewDocument extends DocumentFields {
  title: string;
  fileName: string;
  format: string;
  originalPath: string;
  sourcePath: string | null;
  encoding: string | null;
  byteSize: number;
  contentHash: string;
  fileHash: string;
  text: string;
  extractedText: string;
  offsetMap: Buffer | null;
  importedAt: string;
  needsOcr: boolean;
  detected: Record<string, DetectedFieldInfo>;
  sections: NewSection[];
  pages: NewPage[];
  chunks: ChunkToIndex[];
  terms: [string, number][];
}

/**
 * Inserts a document with its sections, pages, search index rows and word counts in one
 * transaction: all of it is there, or none.
 */
export function insertDocument(db: Db, doc: NewDocument): number {
  const insertDoc = db.prepare(
    `INSERT INTO documents (title, file_name, format, original_path, source_path, encoding,
       byte_size, content_hash, file_hash, text, char_count, imported_at, metadata,
       town, county, city, province, level, division_code, year, kind, source_url, published,
       page_count, needs_ocr, extracted_text, offset_map)
     VALUES (@title, @fileName, @format, @originalPath, @sourcePath, @encoding,
       @byteSize, @contentHash, @fileHash, @text, @charCount, @importedAt, @metadata,
       @town, @county, @city, @province, @level, @divisionCode, @year, @kind, @sourceUrl, @published,
       @pageCount, @needsOcr, @extractedText, @offsetMap)`,
  );
  return db.transaction(() => {
    const { sections, pages, detected, chunks, terms, ...fields } = doc;
    const stored: StoredMetadata = { detected, edited: [] };
    const docId = Number(
      insertDoc.run({
        ...fields,
        charCount: countCodePoints(doc.text),
        metadata: JSON.stringify(stored),
        pageCount: pages.length > 0 ? pages.length : null,
        needsOcr: doc.needsOcr ? 1 : 0,
      }).lastInsertRowid,
    );
    insertDocumentParts(db, docId, { sections, pages, chunks, terms });
    return docId;
  })();
}

const COLUMN_OF: Record<EditableField, string> = {
  title: 'title',
  town: 'town',
  county: 'county',
  city: 'city',
  province: 'province',
  year: 'year',
  kind: 'kind',
};

/** The parts of a document derived from its text: outline, pages, index rows, word counts. */
export interface DocumentParts {
  sections: NewSection[];
  pages: NewPage[];
  chunks: ChunkToIndex[];
  terms: [string, number][];
}

/** Writes a document's parts; the caller owns the transaction (and removed the old parts). */
export function insertDocumentParts(db: Db, docId: number, parts: DocumentParts): void {
  const { sections, pages, chunks, terms } = parts;
  const insertSection = db.prepare(
    `INSERT INTO sections (document_id, parent_id, ord, level, title, marker, start_offset, end_offset, page)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertChunk = db.prepare(
    `INSERT INTO chunks (document_id, section_id, start_offset, end_offset) VALUES (?, ?, ?, ?)`,
  );
  const insertChunkIndex = db.prepare(
    `INSERT INTO chunk_fts (rowid, grams, words) VALUES (?, ?, ?)`,
  );
  const insertTerm = db.prepare(
    `INSERT INTO doc_terms (document_id, term, count) VALUES (?, ?, ?)`,
  );
  const insertPage = db.prepare(
    `INSERT INTO pages (document_id, number, start_offset, end_offset, needs_ocr, ocr_reason)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const ids: number[] = [];
  sections.forEach((section, ord) => {
    const parentId = section.parentIndex === null ? null : (ids[section.parentIndex] ?? null);
    const info = insertSection.run(
      docId,
      parentId,
      ord,
      section.level,
      section.title,
      section.marker,
      section.start,
      section.end,
      section.page,
    );
    ids.push(Number(info.lastInsertRowid));
  });
  // A page waiting for OCR is queued once; a page OCR has read keeps its state when the
  // document's text is revised.
  const queueOcr = db.prepare(
    `INSERT OR IGNORE INTO ocr_pages (document_id, page, status, updated_at) VALUES (?, ?, 'queued', ?)`,
  );
  const stamp = new Date().toISOString();
  for (const page of pages) {
    insertPage.run(docId, page.number, page.start, page.end, page.needsOcr ? 1 : 0, page.ocrReason);
    if (page.needsOcr) queueOcr.run(docId, page.number, stamp);
  }
  for (const chunk of chunks) {
    const sectionId = chunk.sectionIndex === null ? null : (ids[chunk.sectionIndex] ?? null);
    const chunkId = insertChunk.run(docId, sectionId, chunk.start, chunk.end).lastInsertRowid;
    insertChunkIndex.run(chunkId, chunk.grams, chunk.words);
  }
  for (const [term, count] of terms) insertTerm.run(docId, term, count);
}

/** Applies a user's corrections and records which fields were edited, in one transaction. */
export function updateMetadata(db: Db, id: number, changes: MetadataChanges): void {
  db.transaction(() => {
    const row = db.prepare('SELECT metadata FROM documents WHERE id = ?').get(id) as
      { metadata: string } | undefined;
    if (!row) throw new AppError('NOT_FOUND', `Document #${id} does not exist in this library.`);
    const stored = parseMetadata(row.metadata);
    const fields = Object.keys(changes) as EditableField[];
    for (const field of fields) {
      db.prepare(`UPDATE documents SET ${COLUMN_OF[field]} = ? WHERE id = ?`).run(
        changes[field] ?? null,
        id,
      );
    }
    stored.edited = [...new Set([...stored.edited, ...fields])];
    db.prepare('UPDATE documents SET metadata = ? WHERE id = ?').run(JSON.stringify(stored), id);
  })();
}

/**
 * Metadata detected again from a document's new text (its scans were read by OCR): every field
 * the user did not correct takes the new value; the user's corrections stay.
 */
export function refreshDetectedMetadata(
  db: Db,
  id: number,
  found: Omit<DocumentFields, 'sourceUrl' | 'published'> & {
    title: string;
    detected: Record<string, DetectedFieldInfo>;
  },
): void {
  const row = db.prepare('SELECT metadata FROM documents WHERE id = ?').get(id) as
    { metadata: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Document #${id} does not exist in this library.`);
  const stored = parseMetadata(row.metadata);
  const edited = new Set<string>(stored.edited);
  const values: Record<string, unknown> = {
    title: found.title,
    town: found.town,
    county: found.county,
    city: found.city,
    province: found.province,
    level: found.level,
    division_code: found.divisionCode,
    year: found.year,
    kind: found.kind,
  };
  // level and division code follow the town: kept when the user set the town by hand.
  const followsTown = new Set(['level', 'division_code']);
  for (const [column, value] of Object.entries(values)) {
    if (edited.has(column) || (followsTown.has(column) && edited.has('town'))) continue;
    db.prepare(`UPDATE documents SET ${column} = ? WHERE id = ?`).run(value, id);
  }
  stored.detected = found.detected;
  db.prepare('UPDATE documents SET metadata = ? WHERE id = ?').run(JSON.stringify(stored), id);
}

/** Offsets and lengths count Unicode code points everywhere, so an emoji counts as one. */
export function countCodePoints(text: string): number {
  let lowSurrogates = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) lowSurrogates++;
  }
  return text.length - lowSurrogates;
}

/** Detection results and user edits of every document, for listings that show evidence. */
export function listStoredMetadata(db: Db): Map<number, StoredMetadata> {
  const rows = db.prepare('SELECT id, metadata FROM documents').all() as {
    id: number;
    metadata: string;
  }[];
  return new Map(rows.map((row) => [row.id, parseMetadata(row.metadata)]));
}

/**
 * Deletes a document; its sections, pages, chunks, index rows and word counts go with it
 * (foreign keys and a trigger) in the same transaction. What it takes to restore it (the row,
 * outline, annotations, memo, OCR pages) goes to the trash first, for 30 days. The kept original
 * file stays.
 */
export function deleteDocument(db: Db, id: number): boolean {
  return trashDocument(db, id);
}
