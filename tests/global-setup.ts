import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Tests drive the built bundles (CLI, server, worker threads) exactly as users run them, so the
 * Node bundles are rebuilt before every run (esbuild: about a second) and the renderer whenever
 * its sources are newer than the last build.
 */
export default function setup(): void {
  const root = path.resolve(__dirname, '..');
  const index = path.join(root, 'dist/renderer/index.html');
  const stale =
    !fs.existsSync(index) ||
    newestMtime(path.join(root, 'renderer')) > fs.statSync(index).mtimeMs ||
    newestMtime(path.join(root, 'shared')) > fs.statSync(index).mtimeMs;
  // POLICYLENS_SKIP_RENDERER_BUILD=1 speeds up iterating on Node-side tests.
  const renderer = stale && process.env.POLICYLENS_SKIP_RENDERER_BUILD !== '1';
  const args = [path.join(root, 'scripts/build.mjs'), ...(renderer ? [] : ['--node-only'])];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The build failed; see the output above.');
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}
