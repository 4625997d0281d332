import type { Db } from '../db/connection';
import { foldForSearch } from './fold';
import { addTerm } from './segment';

/** The user's own dictionary words, kept in the library so every thread and session loads them. */
export function listUserTerms(db: Db): string[] {
  return (db.prepare('SELECT term FROM user_terms ORDER BY term').all() as { term: string }[]).map(
    (row) => row.term,
  );
}

/** Adds a term (folded to the form search uses) and teaches it to this thread's segmenter. */
export function addUserTerm(db: Db, term: string): string[] {
  const folded = foldForSearch(term.trim());
  db.prepare('INSERT OR IGNORE INTO user_terms (term, added_at) VALUES (?, ?)').run(
    folded,
    new Date().toISOString(),
  );
  addTerm(folded);
  return listUserTerms(db);
}

/** Forgets a term; segmentation stops using it from the next start of the app. */
export function removeUserTerm(db: Db, term: string): string[] {
  db.prepare('DELETE FROM user_terms WHERE term = ?').run(foldForSearch(term.trim()));
  return listUserTerms(db);
}
