import type { DocumentSummary } from '../../../shared/domain';
import type { Db } from '../db/connection';
import { SUMMARY_COLUMNS, toSummary, type DocumentRow } from './documents';

interface ListState {
  rev: number;
  deletions: number;
}

/**
 * The Library's list of every document, kept between calls and brought up to date from the
 * revision numbers triggers keep (migration 009): only documents imported, edited or recognised
 * since the last call are read again. Reading all rows each time walked the whole library's
 * text (the summary columns sit after it in each row): 200 ms at 10,000 documents, blocking the
 * thread that serves the window while an import ran.
 */
export class DocumentList {
  private readonly byId = new Map<number, DocumentSummary>();
  private sorted: DocumentSummary[] | null = null;
  private seen: ListState | null = null;

  constructor(private readonly db: Db) {}

  list(): DocumentSummary[] {
    // The state first: a change committed after this read is picked up by the next call.
    const state = this.db.prepare('SELECT rev, deletions FROM list_state').get() as ListState;
    if (this.seen === null || state.deletions !== this.seen.deletions) {
      this.reload();
    } else if (state.rev !== this.seen.rev) {
      this.refresh(this.seen.rev);
    }
    this.seen = state;
    this.sorted ??= [...this.byId.values()].sort((a, b) => a.id - b.id);
    return this.sorted;
  }

  private reload(): void {
    this.byId.clear();
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents ORDER BY id`)
      .all() as DocumentRow[];
    for (const row of rows) this.byId.set(row.id, toSummary(row));
    this.sorted = null;
  }

  private refresh(sinceRev: number): void {
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM documents
         WHERE id IN (SELECT document_id FROM document_revisions WHERE rev > ?)`,
      )
      .all(sinceRev) as DocumentRow[];
    for (const row of rows) this.byId.set(row.id, toSummary(row));
    if (rows.length > 0) this.sorted = null;
  }
}
