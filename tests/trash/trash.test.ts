import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName, MethodResult } from '../../shared/api';
import type { Annotation, DocumentDetail, DocumentSummary, TrashItem } from '../../shared/domain';
import type { Core } from '../../electron/core';
import { checkLibrary } from '../../electron/core/db/consistency';
import { search } from '../../electron/core/search/search';
import { purgeTrash } from '../../electron/core/trash/trash';
import { importAndWait, openTestCore } from '../helpers/core';
import { makeTempDir, SEEDS_DIR } from '../helpers/paths';

describe('the trash: every delete can be undone for 30 days', () => {
  const temp = makeTempDir();
  let core: Core;
  const call = async <M extends MethodName>(name: M, input: unknown): Promise<MethodResult<M>> =>
    (await (core.handlers[name as keyof Core['handlers']] as (i: unknown) => unknown)(
      input,
    )) as MethodResult<M>;
  const db = () => core.library.db;
  const trash = () => call('listTrash', {});
  const hitsFor = (query: string) =>
    search(db(), { query, limit: 500 }).hits.map((hit) => hit.docId);

  beforeAll(async () => {
    core = openTestCore(path.join(temp.dir, 'library'));
    await importAndWait(core, [SEEDS_DIR]);
  });
  afterAll(async () => {
    await core.close();
    temp.remove();
  });

  it('deletes a document with its annotations, memo and comments, and restores it exactly', async () => {
    const docs = await call('listDocuments', {});
    const summary = docs.find((d) => d.town === '南朗镇') ?? docs[0]!;
    const before = await call('getDocument', { id: summary.id });
    const query = [...before.text.replace(/\s/g, '')].slice(10, 14).join('');
    expect(hitsFor(query)).toContain(summary.id);

    const parent = await call('createTag', { name: '营商环境' });
    const child = await call('createTag', { name: '审批', parentId: parent.id });
    const first = await call('createAnnotation', {
      docId: summary.id,
      start: 0,
      end: 12,
      tagIds: [parent.id],
      comment: '开头一段',
    });
    const second = await call('createAnnotation', {
      docId: summary.id,
      start: 20,
      end: 40,
      tagIds: [parent.id, child.id],
    });
    await call('setDocumentMemo', { docId: summary.id, memo: '这份文件要再读一遍' });
    const annotationsBefore = await call('listAnnotations', { docId: summary.id });
    expect(annotationsBefore).toHaveLength(2);
    const originals = fs.readdirSync(path.join(core.library.dir, 'originals'), {
      recursive: true,
    });

    expect(await call('deleteDocument', { id: summary.id })).toEqual({ deleted: true });
    expect((await call('listDocuments', {})).map((d) => d.id)).not.toContain(summary.id);
    expect(hitsFor(query)).not.toContain(summary.id);
    await expect(call('getDocument', { id: summary.id })).rejects.toThrow(/does not exist/);
    // The original file stays while the document is in the trash.
    expect(fs.readdirSync(path.join(core.library.dir, 'originals'), { recursive: true })).toEqual(
      originals,
    );

    const items = await trash();
    const entry = items.find((item) => item.kind === 'document' && item.itemId === summary.id)!;
    expect(entry).toMatchObject({ kind: 'document', title: before.title });
    expect(entry.detail).toContain(String(before.town ?? ''));
    expect(items[0]).toEqual(entry);
    // Its annotations are not listed on their own: they come back with the document.
    await expect(call('restoreFromTrash', { kind: 'annotation', id: first.id })).rejects.toThrow(
      /document .* is in the trash/,
    );

    const restored = await call('restoreFromTrash', { kind: 'document', id: entry.id });
    expect(restored).toEqual({ restored: true, id: summary.id });
    const after = await call('getDocument', { id: summary.id });
    expect(after.text).toBe(before.text);
    expect(after.title).toBe(before.title);
    expect(after.town).toBe(before.town);
    expect(after.sections.map((s) => [s.title, s.start, s.end])).toEqual(
      before.sections.map((s) => [s.title, s.start, s.end]),
    );
    expect(after.pages).toEqual(before.pages);
    const annotationsAfter = await call('listAnnotations', { docId: summary.id });
    const shape = (list: Annotation[]) =>
      list.map((a) => ({
        id: a.id,
        start: a.start,
        end: a.end,
        quote: a.quote,
        comment: a.comment,
        tagIds: [...a.tagIds].sort(),
      }));
    expect(shape(annotationsAfter)).toEqual(shape(annotationsBefore));
    expect(annotationsAfter.find((a) => a.id === first.id)?.comment).toBe('开头一段');
    expect(annotationsAfter.find((a) => a.id === second.id)?.tagIds.sort()).toEqual(
      [parent.id, child.id].sort(),
    );
    expect(await call('getDocumentMemo', { docId: summary.id })).toEqual({
      memo: '这份文件要再读一遍',
    });
    expect(hitsFor(query)).toContain(summary.id);
    expect((await call('listDocuments', {})).length).toBe(docs.length);
    expect((await trash()).some((item) => item.kind === 'document')).toBe(false);
    expect(checkLibrary(db())).toEqual([]);
  });

  it('restores a document under a new id when its id was taken meanwhile', async () => {
    const docs = await call('listDocuments', {});
    const last = docs.reduce((a, b) => (a.id > b.id ? a : b));
    await call('deleteDocument', { id: last.id });
    // Something else takes the id (as a new import would).
    db()
      .prepare(
        `INSERT INTO documents (id, title, file_name, format, original_path, byte_size, content_hash,
           file_hash, text, char_count, imported_at)
         VALUES (?, '占位', 'x.txt', 'txt', 'originals/x', 1, 'placeholder', 'p', '占', 1, '2026-01-01')`,
      )
      .run(last.id);
    const entry = (await trash()).find(
      (item) => item.itemId === last.id && item.kind === 'document',
    )!;
    const { id } = await call('restoreFromTrash', { kind: 'document', id: entry.id });
    expect(id).not.toBe(last.id);
    expect((await call('getDocument', { id })).title).toBe(last.title);
    db().prepare('DELETE FROM documents WHERE id = ?').run(last.id);
    expect(checkLibrary(db())).toEqual([]);
  });

  it('restores a tag with its children and their codings', async () => {
    const doc = (await call('listDocuments', {}))[0] as DocumentSummary;
    const top = await call('createTag', { name: '产业' });
    const sub = await call('createTag', { name: '工改', parentId: top.id });
    const coded = await call('createAnnotation', {
      docId: doc.id,
      start: 1,
      end: 6,
      tagIds: [sub.id],
    });
    expect(await call('deleteTag', { id: top.id })).toEqual({ deleted: 2 });
    const tagIds = (await call('listTags', {})).map((t) => t.id);
    expect(tagIds).not.toContain(top.id);
    expect(tagIds).not.toContain(sub.id);

    const items = (await trash()).filter((item) => item.kind === 'tag');
    // One entry for the tag deleted with its child.
    expect(items.map((item) => item.id)).toContain(top.id);
    expect(items.map((item) => item.id)).not.toContain(sub.id);
    expect(items.find((item) => item.id === top.id)?.detail).toBe('产业');

    await expect(call('restoreFromTrash', { kind: 'tag', id: sub.id })).rejects.toThrow(
      /restore “产业” first/,
    );
    expect(await call('restoreFromTrash', { kind: 'tag', id: top.id })).toEqual({
      restored: true,
      id: top.id,
    });
    const tags = await call('listTags', {});
    expect(tags.find((t) => t.id === sub.id)).toMatchObject({ parentId: top.id, passageCount: 1 });
    const passages = await call('codedPassages', { tagId: sub.id });
    expect(passages.map((p) => p.id)).toEqual([coded.id]);
  });

  it('restores a comparison and an annotation', async () => {
    const saved = await call('saveComparison', {
      name: '工改比较',
      theme: { kind: 'query', value: '工改' },
    });
    await call('deleteComparison', { id: saved.id });
    expect((await call('listComparisons', {})).map((c) => c.id)).not.toContain(saved.id);
    expect(
      (await trash()).find((item) => item.kind === 'comparison' && item.id === saved.id),
    ).toMatchObject({ title: '工改比较', detail: '工改' });
    await call('restoreFromTrash', { kind: 'comparison', id: saved.id });
    expect((await call('listComparisons', {})).map((c) => c.id)).toContain(saved.id);

    const doc = (await call('listDocuments', {}))[1] as DocumentSummary;
    const text = (await call('getDocument', { id: doc.id })) as DocumentDetail;
    const note = await call('createAnnotation', {
      docId: doc.id,
      start: 2,
      end: 9,
      tagIds: [],
      comment: '批注',
    });
    await call('deleteAnnotation', { id: note.id });
    expect(await call('listAnnotations', { docId: doc.id })).not.toContainEqual(
      expect.objectContaining({ id: note.id }),
    );
    const item = (await trash()).find((i) => i.kind === 'annotation' && i.id === note.id)!;
    expect(item.title).toBe([...text.text].slice(2, 9).join('').replace(/\s+/g, ' ').trim());
    expect(item.detail).toBe(doc.title);
    await call('restoreFromTrash', { kind: 'annotation', id: note.id });
    expect((await call('listAnnotations', { docId: doc.id })).map((a) => a.id)).toContain(note.id);
    await expect(call('restoreFromTrash', { kind: 'annotation', id: note.id })).rejects.toThrow(
      /not in the trash/,
    );
  });

  it('purges what was deleted more than 30 days ago, and keeps the rest', async () => {
    const docs = await call('listDocuments', {});
    const [oldDoc, newDoc] = docs as [DocumentSummary, DocumentSummary];
    await call('deleteDocument', { id: oldDoc.id });
    await call('deleteDocument', { id: newDoc.id });
    const oldTag = await call('createTag', { name: '过期' });
    const newTag = await call('createTag', { name: '新近' });
    await call('deleteTag', { id: oldTag.id });
    await call('deleteTag', { id: newTag.id });
    const keep = docs[2]!;
    const oldNote = await call('createAnnotation', {
      docId: keep.id,
      start: 0,
      end: 3,
      tagIds: [],
    });
    await call('deleteAnnotation', { id: oldNote.id });
    const oldComparison = await call('saveComparison', {
      name: '旧比较',
      theme: { kind: 'query', value: '土地' },
    });
    await call('deleteComparison', { id: oldComparison.id });

    const now = new Date('2027-03-01T12:00:00Z');
    const longAgo = '2027-01-15T00:00:00.000Z'; // 45 days before `now`
    const lately = '2027-02-20T00:00:00.000Z'; // 9 days before
    db().prepare(`UPDATE trash SET deleted_at = ? WHERE item_id = ?`).run(longAgo, oldDoc.id);
    db().prepare(`UPDATE trash SET deleted_at = ? WHERE item_id = ?`).run(lately, newDoc.id);
    db().prepare('UPDATE tags SET deleted_at = ? WHERE id = ?').run(longAgo, oldTag.id);
    db().prepare('UPDATE tags SET deleted_at = ? WHERE id = ?').run(lately, newTag.id);
    db().prepare('UPDATE annotations SET deleted_at = ? WHERE id = ?').run(longAgo, oldNote.id);
    db()
      .prepare('UPDATE comparisons SET deleted_at = ? WHERE id = ?')
      .run(longAgo, oldComparison.id);

    expect(purgeTrash(db(), now)).toBe(4);
    const left = await trash();
    const has = (kind: TrashItem['kind'], pick: (item: TrashItem) => boolean) =>
      left.some((item) => item.kind === kind && pick(item));
    expect(has('document', (i) => i.itemId === oldDoc.id)).toBe(false);
    expect(has('document', (i) => i.itemId === newDoc.id)).toBe(true);
    expect(has('tag', (i) => i.id === oldTag.id)).toBe(false);
    expect(has('tag', (i) => i.id === newTag.id)).toBe(true);
    expect(has('annotation', (i) => i.id === oldNote.id)).toBe(false);
    expect(has('comparison', (i) => i.id === oldComparison.id)).toBe(false);
    expect(db().prepare('SELECT count(*) AS n FROM tags WHERE id = ?').get(oldTag.id)).toEqual({
      n: 0,
    });
    // Newest first.
    expect(left.map((i) => i.deletedAt)).toEqual(
      [...left.map((i) => i.deletedAt)].sort().reverse(),
    );
    expect(checkLibrary(db())).toEqual([]);
  });

  it('empties one item, a kind, or everything, for good', async () => {
    const docCount = (await trash()).filter((i) => i.kind === 'document').length;
    expect(docCount).toBeGreaterThan(0);
    expect(await call('emptyTrash', { kind: 'document' })).toEqual({ removed: docCount });
    expect((await trash()).filter((i) => i.kind === 'document')).toEqual([]);
    expect(db().prepare('SELECT count(*) AS n FROM trash').get()).toEqual({ n: 0 });

    const note = await call('createAnnotation', {
      docId: (await call('listDocuments', {}))[0]!.id,
      start: 0,
      end: 4,
      tagIds: [],
    });
    await call('deleteAnnotation', { id: note.id });
    expect(await call('emptyTrash', { kind: 'annotation', id: note.id })).toEqual({ removed: 1 });
    expect(db().prepare('SELECT count(*) AS n FROM annotations WHERE id = ?').get(note.id)).toEqual(
      { n: 0 },
    );
    await expect(call('restoreFromTrash', { kind: 'annotation', id: note.id })).rejects.toThrow(
      /removed for good/,
    );
    await expect(call('emptyTrash', { kind: 'annotation', id: note.id })).rejects.toThrow(
      /no annotation/,
    );

    const rest = (await trash()).length;
    expect(rest).toBeGreaterThan(0);
    expect(await call('emptyTrash', {})).toEqual({ removed: rest });
    expect(await trash()).toEqual([]);
    expect(
      db().prepare('SELECT count(*) AS n FROM tags WHERE deleted_at IS NOT NULL').get(),
    ).toEqual({ n: 0 });
    expect(checkLibrary(db())).toEqual([]);
  });
});
