import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { listDocuments } from '../../electron/core/library/documents';
import { importAndWait, openTestCore } from '../helpers/core';
import { makeTempDir, SEEDS_DIR, seedFiles } from '../helpers/paths';

/**
 * The Library list is kept between calls and refreshed from revision numbers; whatever changed
 * (import in its worker thread, a metadata edit, a delete, a restore) must show at once.
 */
describe('the Library list stays in step with the library', () => {
  const temp = makeTempDir();
  let core: Core;
  const listed = () => core.handlers.listDocuments({});
  const fresh = () => listDocuments(core.library.db);

  beforeAll(async () => {
    core = openTestCore(path.join(temp.dir, 'library'));
    await importAndWait(core, [seedFiles()[0] as string]);
  });
  afterAll(async () => {
    await core.close();
    temp.remove();
  });

  it('shows documents imported by the import thread', async () => {
    expect(await listed()).toHaveLength(1);
    await importAndWait(core, [SEEDS_DIR]);
    expect(await listed()).toEqual(fresh());
    expect(await listed()).toHaveLength(5);
  });

  it('shows a metadata correction, and its undo', async () => {
    const [first] = await listed();
    await core.handlers.updateMetadata({ id: first!.id, changes: { town: '古镇镇' } });
    expect((await listed())[0]).toMatchObject({ town: '古镇镇', edited: ['town'] });
    expect(await listed()).toEqual(fresh());
  });

  it('drops a deleted document and brings it back when restored from the Trash', async () => {
    const before = await listed();
    const victim = before[2]!;
    await core.handlers.deleteDocument({ id: victim.id });
    expect((await listed()).map((d) => d.id)).not.toContain(victim.id);
    const trashed = (await core.handlers.listTrash({})).find((t) => t.kind === 'document');
    await core.handlers.restoreFromTrash({ kind: 'document', id: trashed!.id });
    expect(await listed()).toEqual(fresh());
    expect(await listed()).toHaveLength(5);
  });
});
