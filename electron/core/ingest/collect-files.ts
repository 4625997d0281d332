import fs from 'node:fs';
import path from 'node:path';
import { readerFor } from './readers';

/**
 * Expands what the user picked into the files to import. Named files are kept whatever their
 * type (so an unsupported one gets its own error line); inside folders only files of a
 * supported format are taken, hidden files skipped, and each real folder visited once so a
 * symlink loop cannot run forever. The order is stable: folder entries sorted by name.
 */
export function collectFiles(inputs: readonly string[]): string[] {
  const files: string[] = [];
  const visitedDirs = new Set<string>();

  const walk = (dir: string): void => {
    let real: string;
    let entries: fs.Dirent[];
    try {
      real = fs.realpathSync(dir);
      if (visitedDirs.has(real)) return;
      visitedDirs.add(real);
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      // An unreadable sub-folder is skipped; the folder the user named is checked below.
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (isDirectory(full)) walk(full);
      else if (readerFor(full)) files.push(full);
    }
  };

  for (const input of inputs) {
    const absolute = path.resolve(input);
    if (isDirectory(absolute)) walk(absolute);
    else files.push(absolute);
  }
  return files;
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
