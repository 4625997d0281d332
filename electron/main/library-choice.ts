import path from 'node:path';
import type { AppPreferences } from '../../shared/domain';

/**
 * The library the app opens at start: POLICYLENS_LIBRARY when set, else the one used last (if
 * it is still there), else the default folder in the app's own folder.
 */
export function firstLibrary(
  fromEnv: string | undefined,
  preferences: AppPreferences,
  defaultDir: string,
): string {
  if (fromEnv) return path.resolve(fromEnv);
  const last = preferences.recentLibraries.find((library) => library.exists);
  return last?.path ?? defaultDir;
}

/** REFI-QDA projects named on the command line (a double-click on Windows and Linux). */
export function qdpxFilesIn(argv: readonly string[]): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.qdpx'))
    .map((arg) => path.resolve(arg));
}
