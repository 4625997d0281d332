import fs from 'node:fs';
import path from 'node:path';
import type { ExportRecord, JobKind } from '../../../shared/domain';
import type { Db } from '../db/connection';

const RECENT_EXPORTS = 200;

/** Remembers a file the app wrote, for the Reports view. */
export function recordExportedFile(
  db: Db,
  file: { path: string; kind: JobKind; title: string },
): void {
  const bytes = fs.statSync(file.path).size;
  db.prepare(
    `INSERT INTO exported_files (path, kind, format, title, created_at, bytes)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    file.path,
    file.kind,
    path.extname(file.path).slice(1).toLowerCase(),
    file.title,
    new Date().toISOString(),
    bytes,
  );
}

/** The most recent files, one entry per path (the latest write), with whether they still exist. */
export function listExportedFiles(db: Db): ExportRecord[] {
  const rows = db
    .prepare(
      `SELECT id, path, kind, format, title, created_at AS createdAt, bytes FROM exported_files
       WHERE id IN (SELECT MAX(id) FROM exported_files GROUP BY path)
       ORDER BY id DESC LIMIT ?`,
    )
    .all(RECENT_EXPORTS) as Omit<ExportRecord, 'exists'>[];
  return rows.map((row) => ({ ...row, exists: fs.existsSync(row.path) }));
}

/** Whether the app wrote this file (the browser transport serves only such files). */
export function isExportedFile(db: Db, file: string): boolean {
  return db.prepare('SELECT 1 FROM exported_files WHERE path = ?').get(file) !== undefined;
}
