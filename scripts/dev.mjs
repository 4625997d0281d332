#!/usr/bin/env node
// `npm run dev`: the loopback server on a fixed port plus Vite's dev server (hot reload) in
// front of it, proxying /api. Open the printed Vite URL.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = Number(process.env.POLICYLENS_DEV_API_PORT ?? 4510);
const token = crypto.randomBytes(16).toString('hex');
spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--node-only'], {
  cwd: root,
  stdio: 'inherit',
});

const env = { ...process.env, POLICYLENS_TOKEN: token, POLICYLENS_DEV_API_PORT: String(apiPort) };
const server = spawn(
  process.execPath,
  ['dist/node/cli.cjs', 'serve', '--port', String(apiPort), '--samples-if-empty'],
  { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] },
);
const vite = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', '--port', '5173', '--strictPort'],
  { cwd: root, env, stdio: 'inherit' },
);
console.log(`\nPolicyLens (dev): http://localhost:5173/?token=${token}\n`);
const stop = () => {
  server.kill('SIGINT');
  vite.kill('SIGINT');
};
process.on('SIGINT', stop);
vite.on('exit', stop);
