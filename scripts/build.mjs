#!/usr/bin/env node
// Builds the Node-side bundles (Electron main and preload, CLI, worker threads) with esbuild and
// the renderer with Vite. `--node-only` skips the renderer (tests rebuild it only when stale).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nodeOnly = process.argv.includes('--node-only');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  // Dependencies stay in node_modules: native modules (better-sqlite3, nodejieba) must never be
  // bundled, and electron-builder packs node_modules itself.
  packages: 'external',
  logLevel: 'warning',
  logOverride: { 'empty-import-meta': 'silent' },
};

const entries = [
  ['electron/main/index.ts', 'dist/electron/main.cjs'],
  ['electron/preload/index.ts', 'dist/electron/preload.cjs'],
  ['electron/cli/index.ts', 'dist/node/cli.cjs'],
  ['electron/core/jobs/import-worker.ts', 'dist/node/import-worker.cjs'],
  ['electron/core/jobs/parse-worker.ts', 'dist/node/parse-worker.cjs'],
  ['electron/core/jobs/task-worker.ts', 'dist/node/task-worker.cjs'],
];

const started = Date.now();
await Promise.all(
  entries
    .filter(([entry]) => fs.existsSync(path.join(root, entry)))
    .map(([entry, outfile]) => build({ ...common, entryPoints: [entry], outfile })),
);

if (!nodeOnly) {
  const vite = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (vite.status !== 0) process.exit(vite.status ?? 1);
}
console.error(`PolicyLens built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
