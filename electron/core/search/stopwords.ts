import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection';

let builtIn: Set<string> | null = null;

/** The shipped stop-word list (function words, punctuation, policy boilerplate). */
export function builtInStopwords(dictDir: string): Set<string> {
  if (builtIn) return builtIn;
  const file = path.join(dictDir, 'stopwords.txt');
  const words = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
  builtIn = new Set(words.map((w) => w.trim()).filter((w) => w.length > 0));
  return builtIn;
}

export function userStopwords(db: Db): string[] {
  return (
    db.prepare('SELECT word FROM user_stopwords ORDER BY word').all() as { word: string }[]
  ).map((row) => row.word);
}

/** Replaces the user's stop-word list in one transaction. */
export function setUserStopwords(db: Db, words: readonly string[]): string[] {
  const now = new Date().toISOString();
  db.transaction(() => {
    db.prepare('DELETE FROM user_stopwords').run();
    const insert = db.prepare(
      'INSERT OR IGNORE INTO user_stopwords (word, added_at) VALUES (?, ?)',
    );
    for (const word of words) insert.run(word, now);
  })();
  return userStopwords(db);
}

export function allStopwords(db: Db, dictDir: string): Set<string> {
  return new Set([...builtInStopwords(dictDir), ...userStopwords(db)]);
}
