import type { DocumentDetail, DocumentSummary, Section } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/connection';

/** Reads and writes of the documents and sections tables; no other module writes SQL for them. */

interface DocumentRow {
  id: number;
  title: string;
  file_name: string;
  format: string;
  char_count: number;
  byte_size: number;
  content_hash: string;
  imported_at: string;
}

interface DocumentDetailRow extends DocumentRow {
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

const SUMMARY_COLUMNS =
  'id, title, file_name, format, char_count, byte_size, content_hash, imported_at';

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    fileName: row.file_name,
    format: row.format,
    chars: row.char_count,
    bytes: row.byte_size,
    hash: row.content_hash,
    importedAt: row.imported_at,
  };
}

export function listDocuments(db: Db): DocumentSummary[] {
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents ORDER BY imported_at, id`)
    .all() as DocumentRow[];
  return rows.map(toSummary);
}

export function countDocuments(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
}

export function getDocument(db: Db, id: number): DocumentDetail {
  const row = db
    .prepare(`SELECT ${SUMMARY_COLUMNS}, text, encoding, source_path FROM documents WHERE id = ?`)
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
  return {
    ...toSummary(row),
    text: row.text,
    encoding: row.encoding,
    sourcePath: row.source_path,
    sections,
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
  start: number;
  end: number;
  page: number | null;
  /** Index of the parent within the same list, or null for a top-level section. */
  parentIndex: number | null;
}

export interface NewDocument {
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
  importedAt: string;
  sections: NewSection[];
}

/** Inserts a document and its sections in one transaction: all of it is there, or none. */
export function insertDocument(db: Db, doc: NewDocument): number {
  const insertDoc = db.prepare(
    `INSERT INTO documents (title, file_name, format, original_path, source_path, encoding,
       byte_size, content_hash, file_hash, text, char_count, imported_at)
     VALUES (@title, @fileName, @format, @originalPath, @sourcePath, @encoding,
       @byteSize, @contentHash, @fileHash, @text, @charCount, @importedAt)`,
  );
  const insertSection = db.prepare(
    `INSERT INTO sections (document_id, parent_id, ord, level, title, start_offset, end_offset, page)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return db.transaction(() => {
    const { sections, ...fields } = doc;
    const docId = Number(
      insertDoc.run({ ...fields, charCount: countCodePoints(doc.text) }).lastInsertRowid,
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
        section.start,
        section.end,
        section.page,
      );
      ids.push(Number(info.lastInsertRowid));
    });
    return docId;
  })();
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
