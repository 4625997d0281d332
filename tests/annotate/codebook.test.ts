import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { Handlers } from '../../shared/api';
import type { Annotation, CodedPassage, Tag } from '../../shared/domain';
import { importAndWait, openTestCore } from '../helpers/core';
import { makeTempDir, SEEDS_DIR } from '../helpers/paths';

describe('the codebook: merge, delete to the trash, undo and redo (issue #5)', () => {
  const temp = makeTempDir();
  let core: Core;
  /** The contract's handlers, called without the compile-time input types (as a client would). */
  const h = () => core.handlers as unknown as Record<keyof Handlers, (input: unknown) => unknown>;
  const tags = () => h().listTags({}) as Tag[];
  const coded = (tagId: number, includeChildren = true) =>
    h().codedPassages({ tagId, includeChildren }) as CodedPassage[];
  let docId: number;

  beforeAll(async () => {
    core = openTestCore(path.join(temp.dir, 'library'));
    await importAndWait(core, [SEEDS_DIR]);
    docId = (h().listDocuments({}) as { id: number }[])[0]!.id;
  });
  afterAll(async () => {
    await core.close();
    temp.remove();
  });

  it('merges two tags: their passages join, the source goes to the trash, undo splits them again', () => {
    const a = h().createTag({ name: '招商引资' }) as Tag;
    const b = h().createTag({ name: '投资促进' }) as Tag;
    const pa = h().createAnnotation({ docId, start: 10, end: 20, tagIds: [a.id] }) as Annotation;
    const pb = h().createAnnotation({ docId, start: 30, end: 40, tagIds: [b.id] }) as Annotation;
    h().mergeTags({ sourceId: b.id, targetId: a.id });
    expect(
      coded(a.id)
        .map((p) => p.id)
        .sort(),
    ).toEqual([pa.id, pb.id].sort());
    expect(tags().some((t) => t.id === b.id)).toBe(false);
    h().undo({});
    expect(coded(a.id).map((p) => p.id)).toEqual([pa.id]);
    expect(coded(b.id).map((p) => p.id)).toEqual([pb.id]);
    h().redo({});
    expect(coded(a.id)).toHaveLength(2);
  });

  it('deletes a tag with its children to the trash, and undo restores all of it', () => {
    const parent = h().createTag({ name: '乡村振兴' }) as Tag;
    const child = h().createTag({ name: '农村人居环境', parentId: parent.id }) as Tag;
    const grandchild = h().createTag({ name: '垃圾分类', parentId: child.id }) as Tag;
    const passage = h().createAnnotation({
      docId,
      start: 50,
      end: 60,
      tagIds: [grandchild.id],
    }) as Annotation;
    expect(coded(parent.id).map((p) => p.id)).toEqual([passage.id]);

    expect(h().deleteTag({ id: parent.id })).toEqual({ deleted: 3 });
    const ids = tags().map((t) => t.id);
    for (const id of [parent.id, child.id, grandchild.id]) expect(ids).not.toContain(id);
    expect(
      (h().listAnnotations({ docId }) as Annotation[]).find((a) => a.id === passage.id)?.tagIds,
    ).toEqual([]);

    const state = h().undo({}) as { canRedo: boolean };
    expect(state.canRedo).toBe(true);
    expect(tags().filter((t) => [parent.id, child.id, grandchild.id].includes(t.id))).toHaveLength(
      3,
    );
    expect(coded(parent.id).map((p) => p.id)).toEqual([passage.id]);
    expect(tags().find((t) => t.id === grandchild.id)?.parentId).toBe(child.id);
  });

  it('undoes and redoes annotation edits and deletes', () => {
    const tag = h().createTag({ name: '营商环境' }) as Tag;
    const made = h().createAnnotation({
      docId,
      start: 100,
      end: 110,
      tagIds: [tag.id],
      comment: '初稿',
    }) as Annotation;
    h().updateAnnotation({ id: made.id, comment: '修改后' });
    h().undo({});
    expect(
      (h().listAnnotations({ docId }) as Annotation[]).find((a) => a.id === made.id)?.comment,
    ).toBe('初稿');
    h().deleteAnnotation({ id: made.id });
    expect((h().listAnnotations({ docId }) as Annotation[]).some((a) => a.id === made.id)).toBe(
      false,
    );
    h().undo({});
    expect((h().listAnnotations({ docId }) as Annotation[]).some((a) => a.id === made.id)).toBe(
      true,
    );
  });

  it('refuses moving a tag inside its own child, and a duplicate name among siblings', () => {
    const top = h().createTag({ name: '基础设施' }) as Tag;
    const inner = h().createTag({ name: '交通', parentId: top.id }) as Tag;
    expect(() => h().moveTag({ id: top.id, parentId: inner.id })).toThrow(/inside itself/);
    expect(() => h().createTag({ name: '交通', parentId: top.id })).toThrow(/already exists/);
  });

  it('counts co-occurring tags in the same passage or section', () => {
    const x = h().createTag({ name: '生态环境' }) as Tag;
    const y = h().createTag({ name: '河长制' }) as Tag;
    h().createAnnotation({ docId, start: 200, end: 230, tagIds: [x.id] });
    h().createAnnotation({ docId, start: 220, end: 240, tagIds: [y.id] });
    const result = h().cooccurrence({ tagA: x.id, tagB: y.id }) as {
      overlapping: number;
      passages: unknown[];
    };
    expect(result.overlapping).toBe(1);
    expect(result.passages).toHaveLength(2);
  });
});
