import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Settings } from '../../../shared/domain';
import type { Db } from '../db/connection';

type SettingKey = keyof Settings;

const FOLDER_SETTINGS = new Set<SettingKey>(['exportsDir', 'backupDir']);

/**
 * Per-library settings with defaults computed from where the library is. The exports folder
 * defaults to Documents/PolicyLens (or POLICYLENS_EXPORTS_DIR), backups to a `backups` folder
 * beside the library, so a broken library folder does not take its backups with it.
 */
export function defaultSettings(
  libraryDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Settings {
  const documents = path.join(os.homedir(), 'Documents');
  return {
    exportsDir: env.POLICYLENS_EXPORTS_DIR
      ? path.resolve(env.POLICYLENS_EXPORTS_DIR)
      : fs.existsSync(documents)
        ? path.join(documents, 'PolicyLens')
        : path.join(path.dirname(libraryDir), 'exports'),
    backupDir: env.POLICYLENS_BACKUP_DIR
      ? path.resolve(env.POLICYLENS_BACKUP_DIR)
      : path.join(path.dirname(libraryDir), 'backups'),
    autoBackup: true,
    ocrAfterImport: true,
    ocrLanguage: 'auto',
    // Each recognition thread holds a language model (~100–200 MB): one per core, at most 4.
    ocrWorkers: Math.max(1, Math.min(4, os.availableParallelism())),
    backupIntervalDays: 1,
    // The fonts a Chinese government document is set in; Word substitutes where missing.
    reportBodyFont: '宋体',
    reportHeadingFont: '黑体',
    reportLatinFont: 'Times New Roman',
  };
}

export function getSettings(db: Db, libraryDir: string): Settings {
  const settings = defaultSettings(libraryDir);
  const rows = db.prepare('SELECT key, value FROM settings').all() as {
    key: string;
    value: string;
  }[];
  for (const row of rows) {
    if (row.key in settings) {
      (settings as Record<SettingKey, unknown>)[row.key as SettingKey] = JSON.parse(row.value);
    }
  }
  return settings;
}

export function updateSettings(db: Db, libraryDir: string, changes: Partial<Settings>): Settings {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  db.transaction(() => {
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      // Folders are stored absolute; other text settings (fonts, languages) as written.
      const stored = FOLDER_SETTINGS.has(key as SettingKey) ? path.resolve(String(value)) : value;
      upsert.run(key, JSON.stringify(stored));
    }
  })();
  return getSettings(db, libraryDir);
}
