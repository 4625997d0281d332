import { AppError } from '../../../shared/errors';
import { makeSelector } from '../annotate/anchoring/selector';
import { reanchor } from '../annotate/anchoring/reanchor';
import type { Db } from '../db/connection';
import {
  countCodePoints,
  findDocumentIdByContentHash,
  insertDocumentParts,
} from '../library/documents';
import type { PreparedDocument } from './prepare-document';

interface AnnotationAnchorRow {
  id: number;
  start_offset: number;
  end_offset: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export interface RevisionResult {
  anchored: number;
  needsAttention: number;
}

/**
 * Gives a document new text (a corrected version of the file, an OCR correction) in one
 * transaction: text, outline, pages, index rows and word counts are replaced, and every
 * annotation is moved to where its passage now is. Passages that cannot be found again are
 * kept and marked "needs attention" with the reason; none is dropped. Metadata stays as it was.
 */
export function reviseDocument(
  db: Db,
  docId: number,
  prepared: PreparedDocument,
  originalPath: string,
): RevisionResult {
  return db.transaction(() => {
    const old = db.prepare('SELECT text FROM documents WHERE id = ?').get(docId) as
      { text: string } | undefined;
    if (!old) throw new AppError('NOT_FOUND', `Document #${docId} does not exist in this library.`);
    const other = findDocumentIdByContentHash(db, prepared.contentHash);
    if (other !== undefined && other !== docId) {
      throw new AppError('DUPLICATE', `This text is already document #${other}.`, prepared.file);
    }
    db.prepare(
      `UPDATE documents SET text = ?, char_count = ?, content_hash = ?, file_hash = ?, file_name = ?,
         format = ?, encoding = ?, byte_size = ?, original_path = ?, source_path = ?,
         extracted_text = ?, offset_map = ?, page_count = ?, needs_ocr = ?
       WHERE id = ?`,
    ).run(
      prepared.text,
      countCodePoints(prepared.text),
      prepared.contentHash,
      prepared.fileHash,
      prepared.fileName,
      prepared.format,
      prepared.encoding,
      prepared.byteSize,
      originalPath,
      prepared.file,
      prepared.extractedText,
      prepared.offsetMap,
      prepared.pages.length > 0 ? prepared.pages.length : null,
      prepared.needsOcr ? 1 : 0,
      docId,
    );
    // Chunks go with their sections (and their index rows with them, by trigger).
    for (const table of ['chunks', 'sections', 'pages', 'doc_terms']) {
      db.prepare(`DELETE FROM ${table} WHERE document_id = ?`).run(docId);
    }
    insertDocumentParts(db, docId, prepared);

    const annotations = db
      .prepare(
        `SELECT id, start_offset, end_offset, quote, prefix, suffix FROM annotations
         WHERE document_id = ? AND deleted_at IS NULL`,
      )
      .all(docId) as AnnotationAnchorRow[];
    const moved = reanchor(
      old.text,
      prepared.text,
      annotations.map((a) => ({
        anchor: { start: a.start_offset, end: a.end_offset },
        selector: { quote: a.quote, prefix: a.prefix, suffix: a.suffix },
      })),
    );
    const anchor = db.prepare(
      `UPDATE annotations SET start_offset = ?, end_offset = ?, quote = ?, prefix = ?, suffix = ?,
         status = 'anchored', attention_reason = NULL, updated_at = ? WHERE id = ?`,
    );
    const flag = db.prepare(
      `UPDATE annotations SET status = 'needs_attention', attention_reason = ?, updated_at = ? WHERE id = ?`,
    );
    const stamp = new Date().toISOString();
    let anchored = 0;
    moved.forEach((result, i) => {
      const id = (annotations[i] as AnnotationAnchorRow).id;
      if (result.status === 'anchored') {
        const selector = makeSelector(prepared.text, result.anchor);
        anchor.run(
          result.anchor.start,
          result.anchor.end,
          selector.quote,
          selector.prefix,
          selector.suffix,
          stamp,
          id,
        );
        anchored++;
      } else {
        flag.run(result.reason, stamp, id);
      }
    });
    return { anchored, needsAttention: annotations.length - anchored };
  })();
}
