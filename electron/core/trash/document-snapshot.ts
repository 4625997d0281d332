import type { Db } from '../db/connection';

/**
 * What a deleted document needs to come back exactly: its row (every column), its outline and
 * pages (so the search index is rebuilt from the same text and sections, without the original
 * file), its annotations with their codings, its memo and its OCR pages.
 */
export interface DocumentSnapshot {
  version: 1;
  /** The documents row; BLOB columns as `{ base64 }`. */
  document: Record<string, unknown>;
  sections: SnapshotSection[];
  pages: SnapshotPage[];
  annotations: Record<string, unknown>[];
  annotationTags: { annotation_id: number; tag_id: number }[];
  memo: { memo: string; updated_at: string } | null;
  ocrPages: Record<string, unknown>[];
}

export interface SnapshotSection {
  id: number;
  parent_id: number | null;
  ord: number;
  level: number;
  title: string;
  marker: string | null;
  start_offset: number;
  end_offset: number;
  page: number | null;
}

export interface SnapshotPage {
  number: number;
  start_offset: number;
  end_offset: number;
  needs_ocr: number;
  ocr_reason: string | null;
}

/** BLOBs cannot go into JSON as they are. */
function encodeRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    out[key] = Buffer.isBuffer(value) ? { base64: value.toString('base64') } : value;
  }
  return out;
}

export function decodeRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const encoded = value as { base64?: unknown } | null;
    out[key] =
      encoded !== null && typeof encoded === 'object' && typeof encoded.base64 === 'string'
        ? Buffer.from(encoded.base64, 'base64')
        : value;
  }
  return out;
}

/** Reads a document's snapshot; undefined when there is no such document. */
export function snapshotDocument(db: Db, id: number): DocumentSnapshot | undefined {
  const document = db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as
    Record<string, unknown> | undefined;
  if (!document) return undefined;
  const memo = db
    .prepare('SELECT memo, updated_at FROM document_memos WHERE document_id = ?')
    .get(id) as { memo: string; updated_at: string } | undefined;
  return {
    version: 1,
    document: encodeRow(document),
    sections: db
      .prepare(
        `SELECT id, parent_id, ord, level, title, marker, start_offset, end_offset, page
         FROM sections WHERE document_id = ? ORDER BY ord, id`,
      )
      .all(id) as SnapshotSection[],
    pages: db
      .prepare(
        `SELECT number, start_offset, end_offset, needs_ocr, ocr_reason
         FROM pages WHERE document_id = ? ORDER BY number`,
      )
      .all(id) as SnapshotPage[],
    annotations: (
      db.prepare('SELECT * FROM annotations WHERE document_id = ? ORDER BY id').all(id) as Record<
        string,
        unknown
      >[]
    ).map(encodeRow),
    annotationTags: db
      .prepare(
        `SELECT at.annotation_id, at.tag_id FROM annotation_tags at
         JOIN annotations a ON a.id = at.annotation_id WHERE a.document_id = ?`,
      )
      .all(id) as { annotation_id: number; tag_id: number }[],
    memo: memo ?? null,
    ocrPages: (
      db.prepare('SELECT * FROM ocr_pages WHERE document_id = ? ORDER BY page').all(id) as Record<
        string,
        unknown
      >[]
    ).map(encodeRow),
  };
}

/** "Town · year", what the trash shows under a document's title. */
export function documentDetail(row: Record<string, unknown>): string {
  return [row.town, row.year].filter((v) => v !== null && v !== undefined && v !== '').join(' · ');
}

/**
 * Puts a document in the trash: writes its snapshot, then deletes it (sections, pages, chunks,
 * index rows, annotations, memo and OCR pages go with it), in one transaction. The kept original
 * file stays (nothing removes originals; duplicates share them). False when there is no such
 * document.
 */
export function trashDocument(db: Db, id: number, deletedAt = new Date().toISOString()): boolean {
  return db.transaction(() => {
    const snapshot = snapshotDocument(db, id);
    if (!snapshot) return false;
    db.prepare(
      `INSERT INTO trash (kind, item_id, title, detail, deleted_at, payload)
       VALUES ('document', ?, ?, ?, ?, ?)`,
    ).run(
      id,
      String(snapshot.document.title ?? ''),
      documentDetail(snapshot.document),
      deletedAt,
      JSON.stringify(snapshot),
    );
    return db.prepare('DELETE FROM documents WHERE id = ?').run(id).changes > 0;
  })();
}
