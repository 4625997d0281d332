import type { Annotation } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import { makeSelector } from './anchoring/selector';
import type { UndoStack } from './undo-stack';

interface AnnotationRow {
  id: number;
  document_id: number;
  start_offset: number;
  end_offset: number;
  quote: string;
  prefix: string;
  suffix: string;
  comment: string;
  status: 'anchored' | 'needs_attention';
  attention_reason: string | null;
  created_at: string;
  updated_at: string;
  tag_ids: string | null;
}

const now = () => new Date().toISOString();

/** Columns of an annotation with its active tags (comma-separated ids). */
export const ANNOTATION_COLUMNS = `a.id, a.document_id, a.start_offset, a.end_offset, a.quote, a.prefix,
  a.suffix, a.comment, a.status, a.attention_reason, a.created_at, a.updated_at,
  (SELECT group_concat(at.tag_id) FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
   WHERE at.annotation_id = a.id AND t.deleted_at IS NULL) AS tag_ids`;

export function toAnnotation(row: AnnotationRow): Annotation {
  return {
    id: row.id,
    docId: row.document_id,
    start: row.start_offset,
    end: row.end_offset,
    quote: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    comment: row.comment,
    tagIds: row.tag_ids ? row.tag_ids.split(',').map(Number) : [],
    status: row.status,
    attentionReason: row.attention_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type { AnnotationRow };

export function listAnnotations(db: Db, docId: number): Annotation[] {
  return (
    db
      .prepare(
        `SELECT ${ANNOTATION_COLUMNS} FROM annotations a
         WHERE a.document_id = ? AND a.deleted_at IS NULL ORDER BY a.start_offset, a.id`,
      )
      .all(docId) as AnnotationRow[]
  ).map(toAnnotation);
}

export function getAnnotation(db: Db, id: number): Annotation {
  const row = db
    .prepare(
      `SELECT ${ANNOTATION_COLUMNS} FROM annotations a WHERE a.id = ? AND a.deleted_at IS NULL`,
    )
    .get(id) as AnnotationRow | undefined;
  if (!row)
    throw new AppError('NOT_FOUND', `Annotation #${id} does not exist (or is in the trash).`);
  return toAnnotation(row);
}

function documentText(db: Db, docId: number): { text: string; chars: number } {
  const doc = db
    .prepare('SELECT text, char_count AS chars FROM documents WHERE id = ?')
    .get(docId) as { text: string; chars: number } | undefined;
  if (!doc) throw new AppError('NOT_FOUND', `Document #${docId} does not exist in this library.`);
  return doc;
}

function assertRange(docId: number, start: number, end: number, chars: number): void {
  if (!(start >= 0 && start < end && end <= chars)) {
    throw new AppError(
      'BAD_REQUEST',
      `The passage ${start}–${end} is not inside document #${docId} (0–${chars}).`,
    );
  }
}

function assertTags(db: Db, tagIds: readonly number[]): void {
  const check = db.prepare('SELECT 1 FROM tags WHERE id = ? AND deleted_at IS NULL');
  for (const id of tagIds) {
    if (!check.get(id))
      throw new AppError('BAD_REQUEST', `Tag #${id} does not exist (or is in the trash).`);
  }
}

function setTags(db: Db, annotationId: number, tagIds: readonly number[]): void {
  db.prepare('DELETE FROM annotation_tags WHERE annotation_id = ?').run(annotationId);
  const insert = db.prepare(
    'INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)',
  );
  for (const tagId of tagIds) insert.run(annotationId, tagId);
}

function setTrashed(db: Db, ids: readonly number[], trashed: boolean): void {
  if (ids.length === 0) return;
  db.prepare(
    `UPDATE annotations SET deleted_at = ? WHERE id IN (${ids.map(() => '?').join(',')})`,
  ).run(trashed ? now() : null, ...ids);
}

/** Inserts a passage with its quote selector and tags; the caller owns transaction and undo. */
export function insertAnnotation(
  db: Db,
  input: { docId: number; start: number; end: number; tagIds: readonly number[]; comment?: string },
  /** The document's text and length, when the caller already has them (bulk coding). */
  known?: { text: string; chars: number },
): number {
  const doc = known ?? documentText(db, input.docId);
  assertRange(input.docId, input.start, input.end, doc.chars);
  assertTags(db, input.tagIds);
  const selector = makeSelector(doc.text, { start: input.start, end: input.end });
  const stamp = now();
  const id = Number(
    db
      .prepare(
        `INSERT INTO annotations (document_id, start_offset, end_offset, quote, prefix, suffix,
           comment, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.docId,
        input.start,
        input.end,
        selector.quote,
        selector.prefix,
        selector.suffix,
        input.comment ?? '',
        stamp,
        stamp,
      ).lastInsertRowid,
  );
  setTags(db, id, input.tagIds);
  return id;
}

export function createAnnotation(
  db: Db,
  undo: UndoStack,
  input: { docId: number; start: number; end: number; tagIds: number[]; comment?: string },
): Annotation {
  const id = db.transaction(() => insertAnnotation(db, input))();
  undo.push({
    label: '添加批注',
    undo: () => setTrashed(db, [id], true),
    redo: () => setTrashed(db, [id], false),
  });
  return getAnnotation(db, id);
}

interface EditableState {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  comment: string;
  tagIds: number[];
}

export function updateAnnotation(
  db: Db,
  undo: UndoStack,
  input: { id: number; start?: number; end?: number; tagIds?: number[]; comment?: string },
): Annotation {
  const before = getAnnotation(db, input.id);
  const write = (state: EditableState) => {
    db.prepare(
      `UPDATE annotations SET start_offset = ?, end_offset = ?, quote = ?, prefix = ?, suffix = ?,
         comment = ?, status = 'anchored', attention_reason = NULL, updated_at = ? WHERE id = ?`,
    ).run(
      state.start,
      state.end,
      state.quote,
      state.prefix,
      state.suffix,
      state.comment,
      now(),
      input.id,
    );
    setTags(db, input.id, state.tagIds);
  };
  let after: EditableState | undefined;
  db.transaction(() => {
    const start = input.start ?? before.start;
    const end = input.end ?? before.end;
    let selector = { quote: before.quote, prefix: before.prefix, suffix: before.suffix };
    if (start !== before.start || end !== before.end) {
      const doc = documentText(db, before.docId);
      assertRange(before.docId, start, end, doc.chars);
      selector = makeSelector(doc.text, { start, end });
    }
    if (input.tagIds) assertTags(db, input.tagIds);
    after = {
      start,
      end,
      ...selector,
      comment: input.comment ?? before.comment,
      tagIds: input.tagIds ?? before.tagIds,
    };
    write(after);
  })();
  const done = after as EditableState;
  undo.push({ label: '修改批注', undo: () => write(before), redo: () => write(done) });
  return getAnnotation(db, input.id);
}

export function deleteAnnotation(db: Db, undo: UndoStack, id: number): boolean {
  getAnnotation(db, id);
  db.transaction(() => setTrashed(db, [id], true))();
  undo.push({
    label: '删除批注',
    undo: () => setTrashed(db, [id], false),
    redo: () => setTrashed(db, [id], true),
  });
  return true;
}

export { setTrashed as setAnnotationsTrashed };

export function getDocumentMemo(db: Db, docId: number): string {
  documentText(db, docId);
  const row = db.prepare('SELECT memo FROM document_memos WHERE document_id = ?').get(docId) as
    { memo: string } | undefined;
  return row?.memo ?? '';
}

export function setDocumentMemo(db: Db, docId: number, memo: string): string {
  documentText(db, docId);
  db.prepare(
    `INSERT INTO document_memos (document_id, memo, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(document_id) DO UPDATE SET memo = excluded.memo, updated_at = excluded.updated_at`,
  ).run(docId, memo, now());
  return memo;
}
