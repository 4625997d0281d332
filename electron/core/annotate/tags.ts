import type { Tag } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import type { UndoStack } from './undo-stack';

/** A calm palette for new tags, taken in turn. */
export const TAG_COLORS = [
  '#d4380d',
  '#d48806',
  '#389e0d',
  '#08979c',
  '#096dd9',
  '#531dab',
  '#c41d7f',
  '#7cb305',
  '#1d39c4',
  '#d46b08',
] as const;

/** The optional starter codebook for town policy analysis. */
export const STARTER_CODEBOOK = [
  '产业发展',
  '招商引资',
  '工改/低效工业用地',
  '营商环境',
  '乡村振兴',
  '生态环境',
  '民生/教育/医疗',
  '基础设施',
  '文化旅游',
  '社会治理',
  '政府自身建设',
] as const;

interface TagRow {
  id: number;
  name: string;
  color: string;
  description: string;
  parent_id: number | null;
  sort_order: number;
  passages: number;
}

const now = () => new Date().toISOString();

/** Active tags, parents before children, siblings in order, with their own passage counts. */
export function listTags(db: Db): Tag[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.name, t.color, t.description, t.parent_id, t.sort_order,
              (SELECT count(*) FROM annotation_tags at JOIN annotations a ON a.id = at.annotation_id
               WHERE at.tag_id = t.id AND a.deleted_at IS NULL) AS passages
       FROM tags t WHERE t.deleted_at IS NULL ORDER BY t.sort_order, t.id`,
    )
    .all() as TagRow[];
  const children = new Map<number | null, TagRow[]>();
  for (const row of rows) {
    const parent = rows.some((r) => r.id === row.parent_id) ? row.parent_id : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const ordered: Tag[] = [];
  const visit = (parent: number | null) => {
    for (const row of children.get(parent) ?? []) {
      ordered.push({
        id: row.id,
        name: row.name,
        color: row.color,
        description: row.description,
        parentId: parent,
        sortOrder: row.sort_order,
        passageCount: row.passages,
      });
      visit(row.id);
    }
  };
  visit(null);
  return ordered;
}

export function getTag(db: Db, id: number): Tag {
  const tag = listTags(db).find((t) => t.id === id);
  if (!tag) throw new AppError('NOT_FOUND', `Tag #${id} does not exist (or is in the trash).`);
  return tag;
}

/** The tag and all its descendants (active ones). */
export function tagSubtree(db: Db, id: number): number[] {
  return (
    db
      .prepare(
        `WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT t.id FROM tags t JOIN sub ON t.parent_id = sub.id
           WHERE t.deleted_at IS NULL)
         SELECT id FROM sub`,
      )
      .all(id) as { id: number }[]
  ).map((row) => row.id);
}

function assertNameFree(db: Db, name: string, parentId: number | null, exceptId?: number): void {
  const clash = db
    .prepare(
      `SELECT id FROM tags WHERE deleted_at IS NULL AND name = ? AND parent_id IS ? AND id IS NOT ?`,
    )
    .get(name, parentId, exceptId ?? null);
  if (clash) throw new AppError('BAD_REQUEST', `A tag named “${name}” already exists here.`);
}

interface NewTag {
  name: string;
  color?: string;
  description?: string;
  parentId?: number | null;
}

/** Inserts a tag at the end of its siblings; the caller owns the transaction and undo. */
function insertTag(db: Db, input: NewTag): number {
  const parentId = input.parentId ?? null;
  if (parentId !== null) getTag(db, parentId);
  assertNameFree(db, input.name, parentId);
  const count = (db.prepare('SELECT count(*) AS n FROM tags').get() as { n: number }).n;
  const order = (
    db
      .prepare('SELECT coalesce(max(sort_order) + 1, 0) AS n FROM tags WHERE parent_id IS ?')
      .get(parentId) as { n: number }
  ).n;
  return Number(
    db
      .prepare(
        `INSERT INTO tags (name, color, description, parent_id, sort_order, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.name,
        input.color ?? TAG_COLORS[count % TAG_COLORS.length],
        input.description ?? '',
        parentId,
        order,
        now(),
      ).lastInsertRowid,
  );
}

/** Puts tags in or takes them out of the trash. */
function setTrashed(db: Db, ids: readonly number[], trashed: boolean): void {
  if (ids.length === 0) return;
  db.prepare(`UPDATE tags SET deleted_at = ? WHERE id IN (${ids.map(() => '?').join(',')})`).run(
    trashed ? now() : null,
    ...ids,
  );
}

export function createTag(db: Db, undo: UndoStack, input: NewTag): Tag {
  const id = db.transaction(() => insertTag(db, input))();
  undo.push({
    label: `新建编码 ${input.name}`,
    undo: () => setTrashed(db, [id], true),
    redo: () => setTrashed(db, [id], false),
  });
  return getTag(db, id);
}

export function updateTag(
  db: Db,
  undo: UndoStack,
  input: { id: number; name?: string; color?: string; description?: string },
): Tag {
  const before = getTag(db, input.id);
  const after = {
    name: input.name ?? before.name,
    color: input.color ?? before.color,
    description: input.description ?? before.description,
  };
  const write = (v: typeof after) =>
    db
      .prepare('UPDATE tags SET name = ?, color = ?, description = ? WHERE id = ?')
      .run(v.name, v.color, v.description, input.id);
  db.transaction(() => {
    if (after.name !== before.name) assertNameFree(db, after.name, before.parentId, input.id);
    write(after);
  })();
  undo.push({
    label: `修改编码 ${before.name}`,
    undo: () => write(before),
    redo: () => write(after),
  });
  return getTag(db, input.id);
}

export function moveTag(
  db: Db,
  undo: UndoStack,
  input: { id: number; parentId: number | null; index?: number },
): Tag {
  const tag = getTag(db, input.id);
  if (input.parentId !== null && tagSubtree(db, input.id).includes(input.parentId)) {
    throw new AppError('BAD_REQUEST', 'A tag cannot be moved inside itself or its own children.');
  }
  type Placement = { id: number; parent_id: number | null; sort_order: number };
  const snapshot = (): Placement[] =>
    db
      .prepare('SELECT id, parent_id, sort_order FROM tags WHERE deleted_at IS NULL')
      .all() as Placement[];
  const restore = (rows: readonly Placement[]) => {
    const update = db.prepare('UPDATE tags SET parent_id = ?, sort_order = ? WHERE id = ?');
    for (const row of rows) update.run(row.parent_id, row.sort_order, row.id);
  };
  const previous = snapshot();
  db.transaction(() => {
    if (input.parentId !== null) getTag(db, input.parentId);
    assertNameFree(db, tag.name, input.parentId, input.id);
    const siblings = listTags(db)
      .filter((t) => t.parentId === input.parentId && t.id !== input.id)
      .map((t) => t.id);
    siblings.splice(Math.min(input.index ?? siblings.length, siblings.length), 0, input.id);
    const update = db.prepare('UPDATE tags SET parent_id = ?, sort_order = ? WHERE id = ?');
    siblings.forEach((id, order) => update.run(input.parentId, order, id));
  })();
  const next = snapshot();
  undo.push({
    label: `移动编码 ${tag.name}`,
    undo: () => restore(previous),
    redo: () => restore(next),
  });
  return getTag(db, input.id);
}

/** Codes every passage of the source with the target; the source goes to the trash. */
export function mergeTags(db: Db, undo: UndoStack, sourceId: number, targetId: number): Tag {
  if (sourceId === targetId)
    throw new AppError('BAD_REQUEST', 'A tag cannot be merged into itself.');
  const source = getTag(db, sourceId);
  const target = getTag(db, targetId);
  if (tagSubtree(db, sourceId).includes(targetId)) {
    throw new AppError('BAD_REQUEST', 'A tag cannot be merged into one of its own children.');
  }
  const children = listTags(db)
    .filter((t) => t.parentId === sourceId)
    .map((t) => t.id);
  const passages = (
    db.prepare('SELECT annotation_id FROM annotation_tags WHERE tag_id = ?').all(sourceId) as {
      annotation_id: number;
    }[]
  ).map((row) => row.annotation_id);
  let added: number[] = [];
  const apply = () => {
    const insert = db.prepare(
      'INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)',
    );
    added = passages.filter((id) => insert.run(id, targetId).changes > 0);
    db.prepare('DELETE FROM annotation_tags WHERE tag_id = ?').run(sourceId);
    db.prepare(
      `UPDATE tags SET parent_id = ? WHERE id IN (${children.map(() => '?').join(',') || 'NULL'})`,
    ).run(targetId, ...children);
    setTrashed(db, [sourceId], true);
  };
  db.transaction(apply)();
  const addedNow = [...added];
  undo.push({
    label: `合并编码 ${source.name} → ${target.name}`,
    undo: () => {
      setTrashed(db, [sourceId], false);
      const insert = db.prepare(
        'INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)',
      );
      for (const id of passages) insert.run(id, sourceId);
      const remove = db.prepare(
        'DELETE FROM annotation_tags WHERE annotation_id = ? AND tag_id = ?',
      );
      for (const id of addedNow) remove.run(id, targetId);
      db.prepare(
        `UPDATE tags SET parent_id = ? WHERE id IN (${children.map(() => '?').join(',') || 'NULL'})`,
      ).run(sourceId, ...children);
    },
    redo: apply,
  });
  return getTag(db, targetId);
}

/** Moves a tag with its children (and so their codings) to the trash. */
export function deleteTag(db: Db, undo: UndoStack, id: number): number {
  const tag = getTag(db, id);
  const ids = tagSubtree(db, id);
  db.transaction(() => setTrashed(db, ids, true))();
  undo.push({
    label: `删除编码 ${tag.name}`,
    undo: () => setTrashed(db, ids, false),
    redo: () => setTrashed(db, ids, true),
  });
  return ids.length;
}

export function addStarterCodebook(db: Db, undo: UndoStack): Tag[] {
  const existing = new Set(
    listTags(db)
      .filter((t) => t.parentId === null)
      .map((t) => t.name),
  );
  const created = db.transaction(() =>
    STARTER_CODEBOOK.filter((name) => !existing.has(name)).map((name) => insertTag(db, { name })),
  )();
  undo.push({
    label: '载入示例编码本',
    undo: () => setTrashed(db, created, true),
    redo: () => setTrashed(db, created, false),
  });
  return listTags(db);
}
