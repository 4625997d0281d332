import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  AppPreferencesSchema,
  type AppPreferences,
  type PreferenceChanges,
  type RecentLibrary,
} from '../../../shared/domain';
import { writeFileAtomic } from '../files/atomic-write';
import { userDataDir } from '../runtime/paths';

/** Recent libraries kept in File ▸ Open recent. */
const MAX_RECENT = 10;

const StoredPreferencesSchema = AppPreferencesSchema.omit({ recentLibraries: true })
  .extend({
    recentLibraries: z.array(z.object({ path: z.string(), openedAt: z.string() })),
  })
  .partial();
type StoredPreferences = z.infer<typeof StoredPreferencesSchema>;

const DEFAULTS = {
  uiLanguage: 'zh-CN',
  theme: 'light',
  welcomeDone: false,
} as const satisfies Omit<AppPreferences, 'recentLibraries'>;

/**
 * The person's preferences, in `preferences.json` of the app's own folder (beside the default
 * library), shared by the desktop app and browser mode. A damaged or older file never stops the
 * app: what cannot be read falls back to the defaults.
 */
export class PreferencesStore {
  constructor(readonly file: string) {}

  read(): AppPreferences {
    const stored = this.readStored();
    return {
      uiLanguage: stored.uiLanguage ?? DEFAULTS.uiLanguage,
      theme: stored.theme ?? DEFAULTS.theme,
      welcomeDone: stored.welcomeDone ?? DEFAULTS.welcomeDone,
      recentLibraries: (stored.recentLibraries ?? []).map((entry): RecentLibrary => ({
        path: entry.path,
        name: path.basename(entry.path),
        openedAt: entry.openedAt,
        exists: fs.existsSync(path.join(entry.path, 'library.sqlite')),
      })),
    };
  }

  async update(changes: PreferenceChanges): Promise<AppPreferences> {
    await this.write({ ...this.readStored(), ...changes });
    return this.read();
  }

  /** Puts a library first in the recent list (opened now). */
  async rememberLibrary(libraryDir: string, now: Date = new Date()): Promise<AppPreferences> {
    const stored = this.readStored();
    const resolved = path.resolve(libraryDir);
    const others = (stored.recentLibraries ?? []).filter(
      (entry) => path.resolve(entry.path) !== resolved,
    );
    await this.write({
      ...stored,
      recentLibraries: [{ path: resolved, openedAt: now.toISOString() }, ...others].slice(
        0,
        MAX_RECENT,
      ),
    });
    return this.read();
  }

  private readStored(): StoredPreferences {
    let raw: string;
    try {
      raw = fs.readFileSync(this.file, 'utf8');
    } catch {
      return {};
    }
    try {
      const parsed = StoredPreferencesSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }

  private async write(stored: StoredPreferences): Promise<void> {
    await writeFileAtomic(
      this.file,
      (temporary) => fs.writeFileSync(temporary, `${JSON.stringify(stored, null, 2)}\n`),
      { overwrite: true },
    );
  }
}

/** preferences.json in the app's own folder (Electron's userData, or POLICYLENS_APP_DATA). */
export function preferencesFile(dir: string = userDataDir()): string {
  return path.join(dir, 'preferences.json');
}
