import path from 'node:path';
import { prepareDocument } from '../ingest/prepare-document';
import { reviseDocument, type RevisionResult } from '../ingest/revise-document';
import { refreshDetectedMetadata } from '../library/documents';
import type { Library } from '../library/library';
import { recognizedPageTexts } from './page-store';

/**
 * Puts a document's recognised (and corrected) page texts into its text: the original file is
 * read again with those pages filled in, then cleaned, outlined, indexed and detected like any
 * import. Annotations move with their passages; metadata the user did not correct is detected
 * again (a scan had no text to detect the town from). All in one transaction.
 */
export async function applyOcrText(library: Library, docId: number): Promise<RevisionResult> {
  const { db } = library;
  const row = db
    .prepare('SELECT original_path, file_name, source_path, title FROM documents WHERE id = ?')
    .get(docId) as
    | { original_path: string; file_name: string; source_path: string | null; title: string }
    | undefined;
  if (!row) return { anchored: 0, needsAttention: 0 };
  const pageTexts = recognizedPageTexts(db, docId);
  const { prepared } = await prepareDocument(path.join(library.dir, row.original_path), {
    pageTexts,
  });
  const revised = { ...prepared, fileName: row.file_name, file: row.source_path ?? prepared.file };
  return db.transaction(() => {
    const result = reviseDocument(db, docId, revised, row.original_path);
    // No title found in the text: keep the one the document has (from its file name), not the
    // stored original's content-hash name.
    const title = prepared.detected.title?.value ? prepared.title : row.title;
    refreshDetectedMetadata(db, docId, { ...prepared, title });
    return result;
  })();
}
