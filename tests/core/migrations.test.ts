import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, userVersion, type Db } from '../../electron/core/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate } from '../../electron/core/db/migrations';
import { makeTempDir } from '../helpers/paths';

/** One test per migration: from the previous version, with data, to this one. */
describe('schema migrations', () => {
  const temp = makeTempDir();
  let db: Db | undefined;
  afterEach(() => db?.close());

  const fresh = (name: string) => (db = openDatabase(path.join(temp.dir, `${name}.sqlite`)));

  it('has one migration per version, numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('opens with WAL, synchronous=FULL and foreign keys on', () => {
    const conn = fresh('pragmas');
    expect(conn.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(conn.pragma('synchronous', { simple: true })).toBe(2);
    expect(conn.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('001 creates documents, sections and jobs; sections go with their document', () => {
    const conn = fresh('v1');
    expect(migrate(conn, 1)).toBe(1);
    conn
      .prepare(
        `INSERT INTO documents (title, file_name, format, original_path, byte_size, content_hash,
           file_hash, text, char_count, imported_at)
         VALUES ('小榄镇', 'a.txt', 'txt', 'originals/aa/a.txt', 3, 'h1', 'f1', '小榄镇', 3, '2026-01-01')`,
      )
      .run();
    conn
      .prepare(
        `INSERT INTO sections (document_id, ord, level, title, start_offset, end_offset) VALUES (1, 0, 0, 't', 0, 3)`,
      )
      .run();
    expect(() =>
      conn
        .prepare(
          `INSERT INTO documents (title, file_name, format, original_path, byte_size, content_hash,
             file_hash, text, char_count, imported_at)
           VALUES ('x', 'b.txt', 'txt', 'o', 1, 'h1', 'f2', 'x', 1, '2026-01-01')`,
        )
        .run(),
    ).toThrow(/UNIQUE/);
    conn.prepare('DELETE FROM documents WHERE id = 1').run();
    expect(conn.prepare('SELECT count(*) AS n FROM sections').get()).toEqual({ n: 0 });
    conn
      .prepare(
        `INSERT INTO jobs (id, kind, state, started_at) VALUES ('j', 'import', 'done', 'now')`,
      )
      .run();
  });

  it('002 adds metadata columns and pages to a version-1 library, keeping its documents', () => {
    const conn = fresh('v2');
    migrate(conn, 1);
    conn
      .prepare(
        `INSERT INTO documents (title, file_name, format, original_path, byte_size, content_hash,
           file_hash, text, char_count, imported_at)
         VALUES ('南朗镇', 'a.txt', 'txt', 'originals/aa/a.txt', 9, 'h1', 'f1', '南朗镇2021', 7, '2026-01-01')`,
      )
      .run();
    expect(migrate(conn, 2)).toBe(2);
    const row = conn
      .prepare('SELECT title, text, extracted_text, town, year, needs_ocr FROM documents')
      .get();
    expect(row).toEqual({
      title: '南朗镇',
      text: '南朗镇2021',
      extracted_text: '南朗镇2021',
      town: null,
      year: null,
      needs_ocr: 0,
    });
    conn
      .prepare(
        `INSERT INTO pages (document_id, number, start_offset, end_offset, needs_ocr) VALUES (1, 1, 0, 7, 1)`,
      )
      .run();
    conn.prepare('DELETE FROM documents').run();
    expect(conn.prepare('SELECT count(*) AS n FROM pages').get()).toEqual({ n: 0 });
  });

  it('003 adds the search index; a version-2 library’s documents are indexed on open', async () => {
    const { openCore } = await import('../../electron/core');
    const dir = path.join(temp.dir, 'v3-library');
    fs.mkdirSync(dir, { recursive: true });
    const conn = openDatabase(path.join(dir, 'library.sqlite'));
    migrate(conn, 2);
    conn
      .prepare(
        `INSERT INTO documents (title, file_name, format, original_path, byte_size, content_hash,
           file_hash, text, char_count, imported_at)
         VALUES ('南朗镇', 'a.txt', 'txt', 'o', 9, 'h1', 'f1', '南朗镇推进工改,优化營商環境。', 15, '2026-01-01')`,
      )
      .run();
    conn
      .prepare(
        `INSERT INTO sections (document_id, ord, level, title, start_offset, end_offset) VALUES (1, 0, 1, 't', 0, 15)`,
      )
      .run();
    conn.close();
    const core = openCore({ libraryDir: dir });
    try {
      expect(userVersion(core.library.db)).toBe(LATEST_SCHEMA_VERSION);
      const result = core.handlers.search({ query: '营商环境' }) as { totalPassages: number };
      expect(result.totalPassages).toBe(1);
    } finally {
      await core.close();
    }
  });

  const insertDocument = (conn: Db, id: number) =>
    conn
      .prepare(
        `INSERT INTO documents (id, title, file_name, format, original_path, byte_size, content_hash,
           file_hash, text, char_count, imported_at)
         VALUES (?, '三乡镇', 'a.pdf', 'pdf', 'o', 9, ?, ?, '三乡镇工改', 5, '2026-01-01')`,
      )
      .run(id, `h${id}`, `f${id}`);
  const tables = (conn: Db) =>
    (
      conn.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as {
        name: string;
      }[]
    ).map((t) => t.name);

  it('004 adds the codebook and annotations to a version-3 library, keeping its documents', () => {
    const conn = fresh('v4');
    migrate(conn, 3);
    insertDocument(conn, 1);
    expect(migrate(conn, 4)).toBe(4);
    expect(tables(conn)).toEqual(
      expect.arrayContaining(['tags', 'annotations', 'annotation_tags', 'document_memos']),
    );
    conn
      .prepare(`INSERT INTO tags (name, color, created_at) VALUES ('工改', '#d4380d', 'now')`)
      .run();
    expect((conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(1);
  });

  it('005 adds saved comparisons to a version-4 library', () => {
    const conn = fresh('v5');
    migrate(conn, 4);
    insertDocument(conn, 1);
    expect(migrate(conn, 5)).toBe(5);
    expect(tables(conn)).toEqual(
      expect.arrayContaining([
        'comparisons',
        'comparison_rows',
        'comparison_choices',
        'comparison_notes',
      ]),
    );
    expect((conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(1);
  });

  it('006 adds settings and the list of exported files to a version-5 library', () => {
    const conn = fresh('v6');
    migrate(conn, 5);
    insertDocument(conn, 1);
    expect(migrate(conn, 6)).toBe(6);
    conn.prepare(`INSERT INTO settings (key, value) VALUES ('autoBackup', 'false')`).run();
    conn
      .prepare(
        `INSERT INTO exported_files (path, kind, format, title, created_at, bytes) VALUES ('/r.docx', 'export', 'docx', 'r', 'now', 1)`,
      )
      .run();
    expect((conn.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(1);
  });

  it('007 adds OCR state per page and queues the pages a version-6 library had waiting', () => {
    const conn = fresh('v7');
    migrate(conn, 6);
    insertDocument(conn, 1);
    const page = conn.prepare(
      'INSERT INTO pages (document_id, number, start_offset, end_offset, needs_ocr) VALUES (1, ?, 0, 0, ?)',
    );
    page.run(1, 0);
    page.run(2, 1);
    page.run(3, 1);
    expect(migrate(conn, 7)).toBe(7);
    expect(
      conn.prepare('SELECT page, status FROM ocr_pages WHERE document_id = 1 ORDER BY page').all(),
    ).toEqual([
      { page: 2, status: 'queued' },
      { page: 3, status: 'queued' },
    ]);
    conn.prepare('DELETE FROM documents WHERE id = 1').run();
    expect((conn.prepare('SELECT count(*) AS n FROM ocr_pages').get() as { n: number }).n).toBe(0);
  });

  it('009 keeps a revision per document that every change of its row or OCR pages bumps', () => {
    const conn = fresh('v9');
    migrate(conn, 8);
    insertDocument(conn, 1);
    insertDocument(conn, 2);
    expect(migrate(conn, 9)).toBe(9);
    const revs = () =>
      conn.prepare('SELECT document_id AS id, rev FROM document_revisions ORDER BY 1').all();
    const state = () => conn.prepare('SELECT rev, deletions FROM list_state').get();
    expect(revs()).toEqual([
      { id: 1, rev: 0 },
      { id: 2, rev: 0 },
    ]);
    insertDocument(conn, 3);
    conn.prepare("UPDATE documents SET town = '三乡镇' WHERE id = 1").run();
    conn
      .prepare(
        "INSERT INTO ocr_pages (document_id, page, status, updated_at) VALUES (2, 1, 'queued', 'x')",
      )
      .run();
    expect(revs()).toEqual([
      { id: 1, rev: 2 },
      { id: 2, rev: 3 },
      { id: 3, rev: 1 },
    ]);
    conn.prepare('DELETE FROM documents WHERE id = 2').run();
    expect(revs()).toEqual([
      { id: 1, rev: 2 },
      { id: 3, rev: 1 },
    ]);
    expect(state()).toMatchObject({ deletions: 1 });
  });

  it('keeps a copy of an older library before upgrading it, readable by the older version', async () => {
    const { openLibrary } = await import('../../electron/core/library/library');
    const dir = path.join(temp.dir, 'upgrade');
    fs.mkdirSync(dir, { recursive: true });
    const conn = openDatabase(path.join(dir, 'library.sqlite'));
    migrate(conn, 6);
    insertDocument(conn, 1);
    conn.close();
    const library = openLibrary(dir);
    try {
      expect(userVersion(library.db)).toBe(LATEST_SCHEMA_VERSION);
    } finally {
      library.close();
    }
    const copy = openDatabase(path.join(dir, 'library.before-v6.sqlite'));
    try {
      expect(userVersion(copy)).toBe(6);
      expect((copy.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(
        1,
      );
    } finally {
      copy.close();
    }
  });

  it('running migrations again changes nothing', () => {
    const conn = fresh('twice');
    migrate(conn);
    migrate(conn);
    expect(userVersion(conn)).toBe(LATEST_SCHEMA_VERSION);
  });

  it('refuses a library written by a newer app instead of touching it', () => {
    const conn = fresh('newer');
    conn.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    expect(() => migrate(conn)).toThrow(/newer PolicyLens/);
    expect(userVersion(conn)).toBe(LATEST_SCHEMA_VERSION + 1);
  });
});
