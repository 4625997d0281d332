import { findOrphanOriginals, formatBytes } from '../library/orphan-originals';
import type { Db } from './connection';

/** One problem `check` found, in words a user can pass on in a bug report. */
export interface ConsistencyProblem {
  check: string;
  detail: string;
  /**
   * Housekeeping rather than damage: the library works as it is and PolicyLens fixes this by
   * itself the next time the app opens the library (e.g. orphan originals). Absent: a real
   * problem.
   */
  fixable?: true;
}

/** Our own rules on top of SQLite's: every derived row belongs to something that exists. */
const ORPHAN_CHECKS: { check: string; sql: string }[] = [
  {
    check: 'search index rows without their passage',
    sql: 'SELECT count(*) AS n FROM chunk_fts_docsize WHERE id NOT IN (SELECT id FROM chunks)',
  },
  {
    check: 'passages without their search index row',
    sql: 'SELECT count(*) AS n FROM chunks WHERE id NOT IN (SELECT id FROM chunk_fts_docsize)',
  },
  {
    check: 'passages outside their document’s text',
    sql: `SELECT count(*) AS n FROM chunks c JOIN documents d ON d.id = c.document_id
          WHERE c.start_offset < 0 OR c.end_offset > d.char_count OR c.start_offset > c.end_offset`,
  },
  {
    check: 'sections outside their document’s text',
    sql: `SELECT count(*) AS n FROM sections s JOIN documents d ON d.id = s.document_id
          WHERE s.start_offset < 0 OR s.end_offset > d.char_count OR s.start_offset > s.end_offset`,
  },
  {
    check: 'annotations outside their document’s text',
    sql: `SELECT count(*) AS n FROM annotations a JOIN documents d ON d.id = a.document_id
          WHERE a.deleted_at IS NULL AND (a.start_offset < 0 OR a.end_offset > d.char_count
            OR a.start_offset >= a.end_offset)`,
  },
  {
    check: 'codings of missing annotations or tags',
    sql: `SELECT count(*) AS n FROM annotation_tags at
          WHERE at.annotation_id NOT IN (SELECT id FROM annotations) OR at.tag_id NOT IN (SELECT id FROM tags)`,
  },
];

export interface CheckOptions {
  /** Only SQLite's quick_check (the health check on open). */
  quick?: boolean;
  /** The library folder: also look at the kept originals on disk. */
  libraryDir?: string;
}

/**
 * `PRAGMA integrity_check` (every page and index of the file) and `foreign_key_check`, then the
 * library's own consistency rules, and (given the folder) kept originals nothing refers to.
 * Read-only; returns the problems (none: the library is sound).
 */
export function checkLibrary(db: Db, options: CheckOptions = {}): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  const integrity = db.pragma(options.quick ? 'quick_check' : 'integrity_check') as {
    integrity_check?: string;
    quick_check?: string;
  }[];
  for (const row of integrity) {
    const message = row.integrity_check ?? row.quick_check ?? '';
    if (message !== 'ok') problems.push({ check: 'SQLite integrity', detail: message });
  }
  if (options.quick) return problems;
  const foreign = db.pragma('foreign_key_check') as { table: string; parent: string }[];
  for (const row of foreign) {
    problems.push({
      check: 'references',
      detail: `a row of ${row.table} points at a missing ${row.parent}`,
    });
  }
  for (const { check, sql } of ORPHAN_CHECKS) {
    const { n } = db.prepare(sql).get() as { n: number };
    if (n > 0) problems.push({ check, detail: `${n} found` });
  }
  if (options.libraryDir !== undefined) {
    const orphans = findOrphanOriginals(db, options.libraryDir);
    if (orphans.length > 0) {
      const bytes = orphans.reduce((sum, o) => sum + o.bytes, 0);
      const shown = orphans.slice(0, 5).map((o) => o.path);
      const more =
        orphans.length > shown.length ? `, and ${orphans.length - shown.length} more` : '';
      problems.push({
        check: 'kept originals no document refers to',
        detail:
          `${orphans.length} file(s), ${formatBytes(bytes)} (${shown.join(', ')}${more}); ` +
          'left by an import that was interrupted or a replaced file. Harmless: the app moves ' +
          'them to orphaned-originals/ the next time it opens this library.',
        fixable: true,
      });
    }
  }
  return problems;
}
