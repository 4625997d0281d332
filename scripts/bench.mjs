#!/usr/bin/env node
// Builds the benchmark with the app's bundles and runs it: `npm run bench -- --docs N --only NAME`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--node-only'], {
  cwd: root,
  stdio: 'inherit',
});
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
