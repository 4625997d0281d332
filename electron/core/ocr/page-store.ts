import type { OcrLanguage, OcrPage, OcrPageInfo, OcrWord } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/connection';

/** OCR state per page, in the library: a batch resumes from here after a crash or a quit. */

interface PageRow {
  document_id: number;
  page: number;
  status: OcrPageInfo['status'];
  reason: string | null;
  lang: OcrLanguage | null;
  confidence: number | null;
  recognized_text: string | null;
  corrected_text: string | null;
  words: string | null;
}

const now = () => new Date().toISOString();

function info(row: PageRow): OcrPageInfo {
  return {
    page: row.page,
    status: row.status,
    reason: row.reason,
    lang: row.lang,
    confidence: row.confidence === null ? null : Math.round(row.confidence * 10) / 10,
    edited: row.corrected_text !== null,
  };
}

export function listOcrPages(db: Db, docId: number): OcrPageInfo[] {
  return (
    db
      .prepare('SELECT * FROM ocr_pages WHERE document_id = ? ORDER BY page')
      .all(docId) as PageRow[]
  ).map(info);
}

export function getOcrPage(db: Db, docId: number, page: number): OcrPage {
  const row = db
    .prepare('SELECT * FROM ocr_pages WHERE document_id = ? AND page = ?')
    .get(docId, page) as PageRow | undefined;
  if (!row) {
    throw new AppError('NOT_FOUND', `Page ${page} of document #${docId} has no OCR.`);
  }
  const recognized = row.recognized_text ?? '';
  return {
    ...info(row),
    text: row.corrected_text ?? recognized,
    recognizedText: recognized,
    words: row.words ? (JSON.parse(row.words) as OcrWord[]) : [],
  };
}

/**
 * Pages to recognise, in document and page order. Without names: every page waiting (queued,
 * or cut off while running). Named documents are read again in full, except pages the
 * researcher corrected; named pages (of one document) are read again whatever their state.
 */
export function queuePages(
  db: Db,
  request: { docIds?: readonly number[]; pages?: readonly number[] },
): { docId: number; page: number }[] {
  const stamp = now();
  db.transaction(() => {
    if (request.docIds && request.pages) {
      const requeue = db.prepare(
        `UPDATE ocr_pages SET status = 'queued', reason = NULL, corrected_text = NULL, updated_at = ?
         WHERE document_id = ? AND page = ?`,
      );
      for (const docId of request.docIds) {
        for (const page of request.pages) requeue.run(stamp, docId, page);
      }
    } else if (request.docIds) {
      const requeue = db.prepare(
        `UPDATE ocr_pages SET status = 'queued', reason = NULL, updated_at = ?
         WHERE document_id = ? AND corrected_text IS NULL`,
      );
      for (const docId of request.docIds) requeue.run(stamp, docId);
    }
  })();
  const rows = db
    .prepare(
      `SELECT document_id, page FROM ocr_pages WHERE status IN ('queued', 'running')
       ORDER BY document_id, page`,
    )
    .all() as { document_id: number; page: number }[];
  const wanted = request.docIds ? new Set(request.docIds) : null;
  return rows
    .filter((r) => !wanted || wanted.has(r.document_id))
    .map((r) => ({ docId: r.document_id, page: r.page }));
}

export function countWaitingPages(db: Db): number {
  return (
    db
      .prepare(`SELECT count(*) AS n FROM ocr_pages WHERE status IN ('queued', 'running')`)
      .get() as { n: number }
  ).n;
}

export function markRunning(db: Db, docId: number, page: number): void {
  db.prepare(
    `UPDATE ocr_pages SET status = 'running', reason = NULL, updated_at = ? WHERE document_id = ? AND page = ?`,
  ).run(now(), docId, page);
}

export function saveRecognized(
  db: Db,
  docId: number,
  page: number,
  result: { lang: OcrLanguage; confidence: number; text: string; words: OcrWord[] },
): void {
  db.prepare(
    `UPDATE ocr_pages SET status = 'done', reason = NULL, lang = ?, confidence = ?, recognized_text = ?,
       words = ?, updated_at = ? WHERE document_id = ? AND page = ?`,
  ).run(
    result.lang,
    result.confidence,
    result.text,
    JSON.stringify(result.words),
    now(),
    docId,
    page,
  );
}

export function markFailed(db: Db, docId: number, page: number, reason: string): void {
  db.prepare(
    `UPDATE ocr_pages SET status = 'failed', reason = ?, updated_at = ? WHERE document_id = ? AND page = ?`,
  ).run(reason, now(), docId, page);
}

export function saveCorrection(db: Db, docId: number, page: number, text: string): void {
  const changed = db
    .prepare(
      `UPDATE ocr_pages SET corrected_text = ?, updated_at = ? WHERE document_id = ? AND page = ? AND status = 'done'`,
    )
    .run(text, now(), docId, page).changes;
  if (changed === 0) {
    throw new AppError(
      'NOT_FOUND',
      `Page ${page} of document #${docId} has not been recognised yet.`,
    );
  }
}

/** What each recognised page of a document says now (the correction when there is one). */
export function recognizedPageTexts(db: Db, docId: number): Map<number, string> {
  const rows = db
    .prepare(
      `SELECT page, coalesce(corrected_text, recognized_text, '') AS text FROM ocr_pages
       WHERE document_id = ? AND status = 'done'`,
    )
    .all(docId) as { page: number; text: string }[];
  return new Map(rows.map((r) => [r.page, r.text]));
}
