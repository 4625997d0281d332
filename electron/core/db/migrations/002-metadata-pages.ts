import type { Migration } from './types';

/**
 * Detected metadata (town, year, kind…) with confidence and evidence, user overrides, pages
 * of paged formats with their needs-OCR flag, and the map from cleaned text back to the
 * extracted text so citations can point at the original.
 */
export const migration002: Migration = {
  version: 2,
  name: 'metadata-pages',
  up(db) {
    db.exec(`
      ALTER TABLE documents ADD COLUMN town TEXT;
      ALTER TABLE documents ADD COLUMN county TEXT;
      ALTER TABLE documents ADD COLUMN city TEXT;
      ALTER TABLE documents ADD COLUMN province TEXT;
      ALTER TABLE documents ADD COLUMN level TEXT;
      ALTER TABLE documents ADD COLUMN division_code TEXT;
      ALTER TABLE documents ADD COLUMN year INTEGER;
      ALTER TABLE documents ADD COLUMN kind TEXT;
      ALTER TABLE documents ADD COLUMN source_url TEXT;
      ALTER TABLE documents ADD COLUMN published TEXT;
      ALTER TABLE documents ADD COLUMN page_count INTEGER;
      ALTER TABLE documents ADD COLUMN needs_ocr INTEGER NOT NULL DEFAULT 0;
      -- text as extracted, before cleaning, and the cleaned→extracted offset map (segments)
      ALTER TABLE documents ADD COLUMN extracted_text TEXT;
      ALTER TABLE documents ADD COLUMN offset_map BLOB;
      CREATE INDEX documents_by_town_year ON documents(town, year);
      CREATE INDEX documents_by_year ON documents(year);

      CREATE TABLE pages (
        document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        number       INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL,
        needs_ocr    INTEGER NOT NULL DEFAULT 0,
        ocr_reason   TEXT,
        PRIMARY KEY (document_id, number)
      ) WITHOUT ROWID;
    `);
    // Documents imported before this version keep their text; their metadata is unknown.
    db.exec(`UPDATE documents SET extracted_text = text WHERE extracted_text IS NULL`);
  },
};
