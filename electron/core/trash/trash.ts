import type { TrashItem, TrashKind } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import { insertDocumentParts, type NewPage, type NewSection } from '../library/documents';
import { runtimePaths } from '../runtime/paths';
import { indexDocument } from '../search/index-document';
import { builtInStopwords } from '../search/stopwords';
import { decodeRow, type DocumentSnapshot } from './document-snapshot';

/**
 * The trash: deleted documents (kept as snapshots in `trash`), tags, annotations and comparisons
 * (kept in their tables with `deleted_at`). Everything can be restored for 30 days; after that,
 * or when the user empties the trash, it is removed for good.
 */

export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

const QUOTE_LENGTH = 80;

function shorten(text: string, length: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > length ? `${chars.slice(0, length - 1).join('')}…` : chars.join('');
}

/** Every deleted item, newest first. A tag deleted with its children is one item. */
export function listTrash(db: Db): TrashItem[] {
  const items: TrashItem[] = [];
  const documents = db
    .prepare(`SELECT id, item_id, title, detail, deleted_at FROM trash WHERE kind = 'document'`)
    .all() as { id: number; item_id: number; title: string; detail: string; deleted_at: string }[];
  for (const row of documents) {
    items.push({
      kind: 'document',
      id: row.id,
      itemId: row.item_id,
      title: row.title,
      deletedAt: row.deleted_at,
      detail: row.detail,
    });
  }

  const allTags = new Map(
    (db.prepare('SELECT id, name, parent_id FROM tags').all() as TagNameRow[]).map((t) => [
      t.id,
      t,
    ]),
  );
  const tags = db
    .prepare(
      `SELECT t.id, t.name, t.deleted_at FROM tags t LEFT JOIN tags p ON p.id = t.parent_id
       WHERE t.deleted_at IS NOT NULL
         AND (p.id IS NULL OR p.deleted_at IS NULL OR p.deleted_at <> t.deleted_at)`,
    )
    .all() as { id: number; name: string; deleted_at: string }[];
  for (const row of tags) {
    items.push({
      kind: 'tag',
      id: row.id,
      itemId: row.id,
      title: row.name,
      deletedAt: row.deleted_at,
      detail: tagPath(allTags, row.id),
    });
  }

  const annotations = db
    .prepare(
      `SELECT a.id, a.quote, a.deleted_at, d.title FROM annotations a
       JOIN documents d ON d.id = a.document_id WHERE a.deleted_at IS NOT NULL`,
    )
    .all() as { id: number; quote: string; deleted_at: string; title: string }[];
  for (const row of annotations) {
    items.push({
      kind: 'annotation',
      id: row.id,
      itemId: row.id,
      title: shorten(row.quote, QUOTE_LENGTH),
      deletedAt: row.deleted_at,
      detail: row.title,
    });
  }

  const comparisons = db
    .prepare(
      'SELECT id, name, theme_value, deleted_at FROM comparisons WHERE deleted_at IS NOT NULL',
    )
    .all() as { id: number; name: string; theme_value: string; deleted_at: string }[];
  for (const row of comparisons) {
    items.push({
      kind: 'comparison',
      id: row.id,
      itemId: row.id,
      title: row.name,
      deletedAt: row.deleted_at,
      detail: row.theme_value,
    });
  }

  const order: Record<TrashKind, number> = { document: 0, comparison: 1, tag: 2, annotation: 3 };
  return items.sort(
    (a, b) =>
      b.deletedAt.localeCompare(a.deletedAt) || order[a.kind] - order[b.kind] || b.id - a.id,
  );
}

interface TagNameRow {
  id: number;
  name: string;
  parent_id: number | null;
}

function tagPath(tags: Map<number, TagNameRow>, id: number): string {
  const names: string[] = [];
  const seen = new Set<number>();
  let current = tags.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name);
    current = current.parent_id === null ? undefined : tags.get(current.parent_id);
  }
  return names.join(' / ');
}

/** A trashed tag and the descendants deleted with it (same `deleted_at`). */
function trashedSubtree(db: Db, id: number, deletedAt: string): number[] {
  return (
    db
      .prepare(
        `WITH RECURSIVE sub(id) AS (SELECT ? UNION
           SELECT t.id FROM tags t JOIN sub ON t.parent_id = sub.id WHERE t.deleted_at = ?)
         SELECT id FROM sub`,
      )
      .all(id, deletedAt) as { id: number }[]
  ).map((row) => row.id);
}

function placeholders(ids: readonly unknown[]): string {
  return ids.map(() => '?').join(',');
}

/** Puts an item back as it was; returns its id (a document may get a new one). */
export function restoreFromTrash(db: Db, kind: TrashKind, id: number): number {
  return db.transaction(() => {
    switch (kind) {
      case 'document':
        return restoreDocument(db, id);
      case 'tag':
        return restoreTag(db, id);
      case 'annotation':
        return restoreAnnotation(db, id);
      case 'comparison':
        return restoreComparison(db, id);
    }
  })();
}

function restoreTag(db: Db, id: number): number {
  const tag = db
    .prepare('SELECT id, name, parent_id, deleted_at FROM tags WHERE id = ?')
    .get(id) as
    { id: number; name: string; parent_id: number | null; deleted_at: string | null } | undefined;
  if (!tag || tag.deleted_at === null) {
    throw new AppError('NOT_FOUND', `Tag #${id} is not in the trash.`);
  }
  if (tag.parent_id !== null) {
    const parent = db
      .prepare('SELECT name, deleted_at FROM tags WHERE id = ?')
      .get(tag.parent_id) as { name: string; deleted_at: string | null } | undefined;
    if (parent && parent.deleted_at !== null) {
      throw new AppError(
        'BAD_REQUEST',
        `The tag “${tag.name}” is inside “${parent.name}”, which is in the trash: restore “${parent.name}” first.`,
      );
    }
  }
  const clash = db
    .prepare(
      'SELECT 1 FROM tags WHERE deleted_at IS NULL AND name = ? AND parent_id IS ? AND id <> ?',
    )
    .get(tag.name, tag.parent_id, id);
  if (clash) {
    throw new AppError(
      'BAD_REQUEST',
      `A tag named “${tag.name}” exists there again: rename it before restoring this one.`,
    );
  }
  const ids = trashedSubtree(db, id, tag.deleted_at);
  db.prepare(`UPDATE tags SET deleted_at = NULL WHERE id IN (${placeholders(ids)})`).run(...ids);
  return id;
}

function restoreAnnotation(db: Db, id: number): number {
  const changed = db
    .prepare('UPDATE annotations SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL')
    .run(id).changes;
  if (changed > 0) return id;
  const inTrashedDocument = db
    .prepare(
      `SELECT t.title FROM trash t, json_each(t.payload, '$.annotations') j
       WHERE t.kind = 'document' AND json_extract(j.value, '$.id') = ?`,
    )
    .get(id) as { title: string } | undefined;
  if (inTrashedDocument) {
    throw new AppError(
      'BAD_REQUEST',
      `This annotation’s document “${inTrashedDocument.title}” is in the trash: restore the document and its annotations come back with it.`,
    );
  }
  if (db.prepare('SELECT 1 FROM annotations WHERE id = ?').get(id)) {
    throw new AppError('BAD_REQUEST', `Annotation #${id} is not in the trash.`);
  }
  throw new AppError(
    'NOT_FOUND',
    `Annotation #${id} cannot be restored: it was removed for good, or its document was.`,
  );
}

function restoreComparison(db: Db, id: number): number {
  const changed = db
    .prepare('UPDATE comparisons SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL')
    .run(id).changes;
  if (changed === 0) throw new AppError('NOT_FOUND', `Comparison #${id} is not in the trash.`);
  return id;
}

function columnsOf(db: Db, table: string): Set<string> {
  return new Set(
    (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map(
      (c) => c.name,
    ),
  );
}

/** Inserts a row with the columns the table has now; returns the new rowid. */
function insertRow(db: Db, table: string, row: Record<string, unknown>): number {
  const columns = columnsOf(db, table);
  const keys = Object.keys(row).filter((key) => columns.has(key));
  return Number(
    db
      .prepare(
        `INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`,
      )
      .run(Object.fromEntries(keys.map((k) => [k, row[k]]))).lastInsertRowid,
  );
}

/**
 * Brings a document back from its snapshot: the same row (the same id when it is free), its
 * outline and pages, the search index rebuilt from the same text and sections, its annotations
 * (codings to tags that still exist), memo and OCR pages.
 */
function restoreDocument(db: Db, trashId: number): number {
  const entry = db
    .prepare(`SELECT title, payload FROM trash WHERE id = ? AND kind = 'document'`)
    .get(trashId) as { title: string; payload: string } | undefined;
  if (!entry) throw new AppError('NOT_FOUND', `Trash item #${trashId} does not exist.`);
  const snapshot = JSON.parse(entry.payload) as DocumentSnapshot;
  const document = decodeRow(snapshot.document);
  const oldId = Number(document.id);

  const twin = db
    .prepare('SELECT id, title FROM documents WHERE content_hash = ?')
    .get(document.content_hash) as { id: number; title: string } | undefined;
  if (twin) {
    throw new AppError(
      'DUPLICATE',
      `“${entry.title}” is in the library again (as “${twin.title}”, #${twin.id}): delete that one first to restore this one.`,
    );
  }
  if (db.prepare('SELECT 1 FROM documents WHERE id = ?').get(oldId)) delete document.id;
  const docId = insertRow(db, 'documents', document);

  const sectionRows = [...snapshot.sections].sort((a, b) => a.ord - b.ord || a.id - b.id);
  const indexOf = new Map(sectionRows.map((s, i) => [s.id, i]));
  const sections: NewSection[] = sectionRows.map((s) => ({
    level: s.level,
    title: s.title,
    marker: s.marker,
    start: s.start_offset,
    end: s.end_offset,
    page: s.page,
    parentIndex: s.parent_id === null ? null : (indexOf.get(s.parent_id) ?? null),
  }));
  const pages: NewPage[] = snapshot.pages.map((p) => ({
    number: p.number,
    start: p.start_offset,
    end: p.end_offset,
    needsOcr: p.needs_ocr === 1,
    ocrReason: p.ocr_reason,
  }));
  const { chunks, terms } = indexDocument(
    String(document.text ?? ''),
    sections,
    builtInStopwords(runtimePaths().dictDir),
  );
  insertDocumentParts(db, docId, { sections, pages, chunks, terms });

  // The OCR state as it was (insertDocumentParts queued the pages still waiting).
  db.prepare('DELETE FROM ocr_pages WHERE document_id = ?').run(docId);
  for (const page of snapshot.ocrPages) {
    insertRow(db, 'ocr_pages', { ...decodeRow(page), document_id: docId });
  }

  const annotationIds = new Map<number, number>();
  const idTaken = db.prepare('SELECT 1 FROM annotations WHERE id = ?');
  for (const stored of snapshot.annotations) {
    const row: Record<string, unknown> = { ...decodeRow(stored), document_id: docId };
    const oldAnnotationId = Number(row.id);
    if (idTaken.get(oldAnnotationId)) delete row.id;
    annotationIds.set(oldAnnotationId, insertRow(db, 'annotations', row));
  }
  const tagExists = db.prepare('SELECT 1 FROM tags WHERE id = ?');
  const link = db.prepare(
    'INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)',
  );
  for (const { annotation_id, tag_id } of snapshot.annotationTags) {
    const annotationId = annotationIds.get(annotation_id);
    if (annotationId !== undefined && tagExists.get(tag_id)) link.run(annotationId, tag_id);
  }
  if (snapshot.memo) {
    db.prepare('INSERT INTO document_memos (document_id, memo, updated_at) VALUES (?, ?, ?)').run(
      docId,
      snapshot.memo.memo,
      snapshot.memo.updated_at,
    );
  }
  db.prepare('DELETE FROM trash WHERE id = ?').run(trashId);
  return docId;
}

/** Removes one listed item for good (a tag with the children deleted with it). */
function removeForGood(db: Db, item: TrashItem): void {
  switch (item.kind) {
    case 'document':
      db.prepare('DELETE FROM trash WHERE id = ?').run(item.id);
      return;
    case 'tag': {
      const ids = trashedSubtree(db, item.id, item.deletedAt);
      const list = placeholders(ids);
      // A tag still in use never goes with a parent removed for good: it moves to the top.
      db.prepare(
        `UPDATE tags SET parent_id = NULL WHERE deleted_at IS NULL AND parent_id IN (${list})`,
      ).run(...ids);
      db.prepare(`DELETE FROM tags WHERE id IN (${list})`).run(...ids);
      return;
    }
    case 'annotation':
      db.prepare('DELETE FROM annotations WHERE id = ? AND deleted_at IS NOT NULL').run(item.id);
      return;
    case 'comparison':
      db.prepare('DELETE FROM comparisons WHERE id = ? AND deleted_at IS NOT NULL').run(item.id);
      return;
  }
}

/** Removes items for good: one (kind and id), every item of a kind, or everything. */
export function emptyTrash(db: Db, which: { kind?: TrashKind; id?: number } = {}): number {
  if (which.id !== undefined && which.kind === undefined) {
    throw new AppError('BAD_REQUEST', 'Say which kind of item to remove with its id.');
  }
  return db.transaction(() => {
    const items = listTrash(db).filter(
      (item) =>
        (which.kind === undefined || item.kind === which.kind) &&
        (which.id === undefined || item.id === which.id),
    );
    if (which.id !== undefined && items.length === 0) {
      throw new AppError('NOT_FOUND', `There is no ${which.kind} #${which.id} in the trash.`);
    }
    for (const item of items) removeForGood(db, item);
    return items.length;
  })();
}

/**
 * Removes for good what was deleted more than 30 days before `now` (run when a library opens).
 * Returns the number of rows removed.
 */
export function purgeTrash(db: Db, now: Date = new Date()): number {
  const cutoff = new Date(now.getTime() - TRASH_DAYS * DAY_MS).toISOString();
  return db.transaction(() => {
    const expired = `SELECT id FROM tags WHERE deleted_at IS NOT NULL AND deleted_at < ?`;
    db.prepare(
      `UPDATE tags SET parent_id = NULL WHERE deleted_at IS NULL AND parent_id IN (${expired})`,
    ).run(cutoff);
    let removed = 0;
    for (const table of ['tags', 'annotations', 'comparisons', 'trash']) {
      removed += db
        .prepare(`DELETE FROM ${table} WHERE deleted_at IS NOT NULL AND deleted_at < ?`)
        .run(cutoff).changes;
    }
    return removed;
  })();
}
