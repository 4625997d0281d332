import type { Migration } from './types';

/**
 * OCR state per scanned page, kept so a batch resumes where it stopped and nothing recognised
 * is thrown away: status (a failure with its reason), the language and confidence, what OCR
 * read with each word's box, and the researcher's correction. A document may name the language
 * its scans are read in. Pages that already wait for OCR are queued.
 */
export const migration007: Migration = {
  version: 7,
  name: 'ocr',
  up(db) {
    db.exec(`
      CREATE TABLE ocr_pages (
        document_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        page            INTEGER NOT NULL,
        status          TEXT    NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
        reason          TEXT,
        lang            TEXT,
        confidence      REAL,
        recognized_text TEXT,
        -- the researcher's correction; NULL until the page is edited
        corrected_text  TEXT,
        -- JSON [{ "text", "confidence", "box": [x0, y0, x1, y1] }] with boxes as fractions
        words           TEXT,
        updated_at      TEXT    NOT NULL,
        PRIMARY KEY (document_id, page)
      ) WITHOUT ROWID;
      CREATE INDEX ocr_pages_waiting ON ocr_pages (status) WHERE status IN ('queued', 'running');
      ALTER TABLE documents ADD COLUMN ocr_lang TEXT;
      INSERT INTO ocr_pages (document_id, page, status, updated_at)
        SELECT document_id, number, 'queued', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        FROM pages WHERE needs_ocr = 1;
    `);
  },
};
