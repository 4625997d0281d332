#!/usr/bin/env node
// Builds the benchmark with the app's bundles and runs it: `npm run bench -- --docs N --only NAME`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The browser-mode figure serves the built renderer: build it too when a fresh clone has none.
const rendererBuilt = fs.existsSync(path.join(root, 'dist/renderer/index.html'));
spawnSync(
  process.execPath,
  [path.join(root, 'scripts/build.mjs'), ...(rendererBuilt ? ['--node-only'] : [])],
  { cwd: root, stdio: 'inherit' },
);
const outfile = path.join(root, 'dist/node/bench.cjs');
await build({
  absWorkingDir: root,
  entryPoints: ['scripts/bench/index.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  logLevel: 'warning',
  logOverride: { 'empty-import-meta': 'silent' },
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
