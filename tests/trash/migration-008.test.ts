import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/core/db/connection';
import { migrate } from '../../electron/core/db/migrations';
import { deleteDocument } from '../../electron/core/library/documents';
import { makeTempDir } from '../helpers/paths';

describe('migration 008 (trash)', () => {
  const temp = makeTempDir();
  let db: Db | undefined;
  afterEach(() => db?.close());

  it('adds the trash table to a version 7 library with data, keeping everything', () => {
    const conn = (db = openDatabase(path.join(temp.dir, 'v7.sqlite')));
    expect(migrate(conn, 7)).toBe(7);
    conn
      .prepare(
        `INSERT INTO documents (title, file_name, format, original_path, byte_size, content_hash,
           file_hash, text, char_count, imported_at, town, year, offset_map)
         VALUES ('小榄镇方案', 'a.txt', 'txt', 'originals/aa/a.txt', 6, 'h1', 'f1', '小榄镇营商环境', 7,
           '2026-01-01', '小榄镇', 2023, x'0102')`,
      )
      .run();
    conn
      .prepare(
        `INSERT INTO tags (id, name, color, created_at, deleted_at) VALUES
           (1, '营商', '#f00', '2026-01-01', NULL), (2, '旧', '#0f0', '2026-01-01', '2026-01-02')`,
      )
      .run();
    conn
      .prepare(
        `INSERT INTO annotations (id, document_id, start_offset, end_offset, quote, prefix, suffix,
           comment, created_at, updated_at)
         VALUES (1, 1, 3, 7, '营商环境', '小榄镇', '', '要点', '2026-01-01', '2026-01-01')`,
      )
      .run();
    conn.prepare('INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (1, 1)').run();
    conn
      .prepare(
        `INSERT INTO document_memos (document_id, memo, updated_at) VALUES (1, '备忘', '2026-01-01')`,
      )
      .run();

    expect(migrate(conn, 8)).toBe(8);
    const columns = (
      conn.prepare(`SELECT name FROM pragma_table_info('trash')`).all() as {
        name: string;
      }[]
    ).map((c) => c.name);
    expect(columns).toEqual(['id', 'kind', 'item_id', 'title', 'detail', 'deleted_at', 'payload']);
    expect(conn.prepare('SELECT count(*) AS n FROM trash').get()).toEqual({ n: 0 });
    expect(conn.prepare('SELECT title FROM documents').all()).toEqual([{ title: '小榄镇方案' }]);
    expect(conn.prepare('SELECT id, deleted_at FROM tags ORDER BY id').all()).toEqual([
      { id: 1, deleted_at: null },
      { id: 2, deleted_at: '2026-01-02' },
    ]);
    expect(() =>
      conn
        .prepare(
          `INSERT INTO trash (kind, item_id, title, deleted_at, payload) VALUES ('job', 1, 'x', 'now', '{}')`,
        )
        .run(),
    ).toThrow(/CHECK/);

    // Deleting the document now keeps a snapshot (row, annotation, coding, memo) in the trash.
    expect(deleteDocument(conn, 1)).toBe(true);
    expect(conn.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
    const entry = conn.prepare('SELECT kind, item_id, title, detail, payload FROM trash').get() as {
      kind: string;
      item_id: number;
      title: string;
      detail: string;
      payload: string;
    };
    expect(entry).toMatchObject({
      kind: 'document',
      item_id: 1,
      title: '小榄镇方案',
      detail: '小榄镇 · 2023',
    });
    const payload = JSON.parse(entry.payload) as {
      document: { text: string; offset_map: { base64: string } };
      annotations: { quote: string; comment: string }[];
      annotationTags: unknown[];
      memo: { memo: string };
    };
    expect(payload.document.text).toBe('小榄镇营商环境');
    expect(Buffer.from(payload.document.offset_map.base64, 'base64')).toEqual(Buffer.from([1, 2]));
    expect(payload.annotations).toMatchObject([{ quote: '营商环境', comment: '要点' }]);
    expect(payload.annotationTags).toEqual([{ annotation_id: 1, tag_id: 1 }]);
    expect(payload.memo.memo).toBe('备忘');
  });
});
