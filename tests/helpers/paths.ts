import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');
export const CLI_BUNDLE = path.join(REPO_ROOT, 'dist/node/cli.cjs');

/** A fresh folder under the OS temp dir, removed by the returned function. */
export function makeTempDir(prefix = 'policylens-test-'): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function seedFiles(): string[] {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(SEEDS_DIR, name));
}
