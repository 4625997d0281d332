import type { ComparisonResult, ComparisonScope, ComparisonTheme } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/connection';
import { computeComparison, defaultRows, type RowSpec } from './compare';

interface ComparisonRecord {
  id: number;
  name: string;
  theme_kind: ComparisonTheme['kind'];
  theme_value: string;
  scope: string;
  updated_at: string;
}

const now = () => new Date().toISOString();

function record(db: Db, id: number): ComparisonRecord {
  const row = db
    .prepare(
      'SELECT id, name, theme_kind, theme_value, scope, updated_at FROM comparisons WHERE id = ? AND deleted_at IS NULL',
    )
    .get(id) as ComparisonRecord | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Comparison #${id} does not exist (or was deleted).`);
  return row;
}

function rowSpecs(db: Db, comparisonId: number): RowSpec[] {
  const rows = db
    .prepare(
      'SELECT id, label, theme_kind, theme_value FROM comparison_rows WHERE comparison_id = ? ORDER BY ord, id',
    )
    .all(comparisonId) as {
    id: number;
    label: string;
    theme_kind: ComparisonTheme['kind'];
    theme_value: string;
  }[];
  const choices = db.prepare(
    'SELECT town, section_id, choice FROM comparison_choices WHERE row_id = ?',
  );
  const notes = db.prepare('SELECT town, note FROM comparison_notes WHERE row_id = ?');
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    theme: { kind: row.theme_kind, value: row.theme_value },
    choices: (
      choices.all(row.id) as { town: string; section_id: number; choice: 'pinned' | 'removed' }[]
    ).map((c) => ({
      town: c.town,
      sectionId: c.section_id,
      choice: c.choice,
    })),
    notes: new Map(
      (notes.all(row.id) as { town: string; note: string }[]).map((n) => [n.town, n.note]),
    ),
  }));
}

export function compareAdHoc(
  db: Db,
  dictDir: string,
  theme: ComparisonTheme,
  scope?: ComparisonScope,
): ComparisonResult {
  const rows = defaultRows(db, theme).map((r) => ({
    id: null,
    ...r,
    choices: [],
    notes: new Map<string, string>(),
  }));
  return computeComparison(db, dictDir, {
    id: null,
    name: theme.value,
    theme,
    ...(scope ? { scope } : {}),
    rows,
  });
}

export function saveComparison(
  db: Db,
  dictDir: string,
  input: { name: string; theme: ComparisonTheme; scope?: ComparisonScope },
): ComparisonResult {
  const id = db.transaction(() => {
    const stamp = now();
    const id = Number(
      db
        .prepare(
          'INSERT INTO comparisons (name, theme_kind, theme_value, scope, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(
          input.name,
          input.theme.kind,
          input.theme.value,
          JSON.stringify(input.scope ?? {}),
          stamp,
          stamp,
        ).lastInsertRowid,
    );
    const insert = db.prepare(
      'INSERT INTO comparison_rows (comparison_id, ord, label, theme_kind, theme_value) VALUES (?, ?, ?, ?, ?)',
    );
    defaultRows(db, input.theme).forEach((row, ord) =>
      insert.run(id, ord, row.label, row.theme.kind, row.theme.value),
    );
    return id;
  })();
  return getComparison(db, dictDir, id);
}

export function getComparison(db: Db, dictDir: string, id: number): ComparisonResult {
  const saved = record(db, id);
  return computeComparison(db, dictDir, {
    id,
    name: saved.name,
    theme: { kind: saved.theme_kind, value: saved.theme_value },
    scope: JSON.parse(saved.scope) as ComparisonScope,
    rows: rowSpecs(db, id),
  });
}

export function listComparisons(db: Db) {
  const rows = db
    .prepare(
      'SELECT id, name, theme_kind, theme_value, scope, updated_at FROM comparisons WHERE deleted_at IS NULL ORDER BY updated_at DESC',
    )
    .all() as ComparisonRecord[];
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    theme: { kind: row.theme_kind, value: row.theme_value },
    towns: (JSON.parse(row.scope) as ComparisonScope).towns ?? [],
    updatedAt: row.updated_at,
  }));
}

export function deleteComparison(db: Db, id: number): boolean {
  record(db, id);
  db.prepare('UPDATE comparisons SET deleted_at = ? WHERE id = ?').run(now(), id);
  return true;
}

/** Replaces the rows: kept ones (by id) keep their pins and notes; missing ones are removed. */
export function setComparisonRows(
  db: Db,
  dictDir: string,
  id: number,
  rows: readonly { id?: number; label: string; theme: ComparisonTheme }[],
): ComparisonResult {
  record(db, id);
  db.transaction(() => {
    const existing = new Set(
      (
        db.prepare('SELECT id FROM comparison_rows WHERE comparison_id = ?').all(id) as {
          id: number;
        }[]
      ).map((r) => r.id),
    );
    const kept = new Set<number>();
    rows.forEach((row, ord) => {
      if (row.id !== undefined && existing.has(row.id)) {
        db.prepare(
          'UPDATE comparison_rows SET ord = ?, label = ?, theme_kind = ?, theme_value = ? WHERE id = ?',
        ).run(ord, row.label, row.theme.kind, row.theme.value, row.id);
        kept.add(row.id);
      } else {
        db.prepare(
          'INSERT INTO comparison_rows (comparison_id, ord, label, theme_kind, theme_value) VALUES (?, ?, ?, ?, ?)',
        ).run(id, ord, row.label, row.theme.kind, row.theme.value);
      }
    });
    for (const old of existing)
      if (!kept.has(old)) db.prepare('DELETE FROM comparison_rows WHERE id = ?').run(old);
    db.prepare('UPDATE comparisons SET updated_at = ? WHERE id = ?').run(now(), id);
  })();
  return getComparison(db, dictDir, id);
}

function assertRow(db: Db, rowId: number): void {
  const row = db
    .prepare(
      'SELECT r.id FROM comparison_rows r JOIN comparisons c ON c.id = r.comparison_id WHERE r.id = ? AND c.deleted_at IS NULL',
    )
    .get(rowId);
  if (!row) throw new AppError('NOT_FOUND', `Comparison row #${rowId} does not exist.`);
}

export function setCellChoice(
  db: Db,
  rowId: number,
  town: string,
  sectionId: number,
  choice: 'pinned' | 'removed' | null,
): void {
  assertRow(db, rowId);
  if (choice === null) {
    db.prepare(
      'DELETE FROM comparison_choices WHERE row_id = ? AND town = ? AND section_id = ?',
    ).run(rowId, town, sectionId);
  } else {
    db.prepare(
      `INSERT INTO comparison_choices (row_id, town, section_id, choice) VALUES (?, ?, ?, ?)
       ON CONFLICT(row_id, town, section_id) DO UPDATE SET choice = excluded.choice`,
    ).run(rowId, town, sectionId, choice);
  }
}

export function setCellNote(db: Db, rowId: number, town: string, note: string): string {
  assertRow(db, rowId);
  db.prepare(
    `INSERT INTO comparison_notes (row_id, town, note, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(row_id, town) DO UPDATE SET note = excluded.note, updated_at = excluded.updated_at`,
  ).run(rowId, town, note, now());
  return note;
}
