import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection';
import { openTestCore } from '../helpers/core';
import { runCli, startServe } from '../helpers/cli';
import { makeTempDir, SEEDS_DIR } from '../helpers/paths';

const BURST = 1000;
const CONCURRENCY = 4;

describe('a crash in the middle of a burst of annotation writes (issue #5)', () => {
  const temp = makeTempDir();
  const library = path.join(temp.dir, 'pl');
  afterAll(() => temp.remove());

  it('keeps every acknowledged write and an intact database after SIGKILL', async () => {
    expect(runCli(['import', '--library', library, SEEDS_DIR]).status).toBe(0);
    const server = await startServe(library);
    const call = async (method: string, input: unknown) => {
      const response = await fetch(`${server.origin}/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; result: { id: number } };
    };
    const tag = (await call('createTag', { name: '工改' })).result.id;
    const acknowledged: number[] = [];
    const killAfter = 150 + Math.floor(Math.random() * 500);
    let next = 0;
    let killed: Promise<void> | null = null;
    const worker = async () => {
      while (next < BURST) {
        const i = next++;
        try {
          const reply = await call('createAnnotation', {
            docId: 1 + (i % 5),
            start: i % 500,
            end: (i % 500) + 8,
            tagIds: [tag],
            comment: `#${i}`,
          });
          if (reply.ok) acknowledged.push(reply.result.id);
        } catch {
          return; // the server is gone
        }
        if (acknowledged.length >= killAfter && !killed) killed = server.kill();
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await (killed ?? server.kill());

    const db = openDatabase(path.join(library, 'library.sqlite'));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const present = new Set(
        (
          db
            .prepare(
              'SELECT a.id FROM annotations a JOIN annotation_tags t ON t.annotation_id = a.id',
            )
            .all() as {
            id: number;
          }[]
        ).map((row) => row.id),
      );
      const lost = acknowledged.filter((id) => !present.has(id));
      console.log(
        `crash burst: killed after ${acknowledged.length} acknowledged writes; lost ${lost.length}`,
      );
      expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);
      expect(lost).toEqual([]);
    } finally {
      db.close();
    }

    // The library works on: the next annotation is written.
    const core = openTestCore(library);
    try {
      const made = core.handlers.createAnnotation({
        docId: 1,
        start: 0,
        end: 4,
        tagIds: [tag],
      }) as { id: number };
      expect(made.id).toBeGreaterThan(0);
    } finally {
      await core.close();
    }
  });
});
