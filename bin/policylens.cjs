#!/usr/bin/env node
'use strict';
// `npx policylens` entry: runs the built CLI, building it first on a fresh checkout.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'dist', 'node', 'cli.cjs');
if (!fs.existsSync(cli) || !fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
  process.stderr.write('PolicyLens is not built yet; building it once (npm run build)…\n');
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
require(cli);
