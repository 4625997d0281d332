#!/usr/bin/env node
// `npm start`: build, then open the desktop app on the sample library. Without the Electron
// binary, say why and how to get it, and open the same app in browser mode instead.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELECTRON_MISSING_HELP, findElectronBinary } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);

const electron = findElectronBinary();
const args = process.argv.slice(2);
if ('path' in electron) {
  const child = spawn(electron.path, [root, '--samples-if-empty', ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.error(`\n${ELECTRON_MISSING_HELP}\n(${electron.missing})\n`);
  const server = spawn(
    process.execPath,
    [path.join(root, 'bin/policylens.cjs'), 'serve', '--samples-if-empty', ...args],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  server.stdout.setEncoding('utf8');
  server.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const url = /PolicyLens: (\S+)/.exec(chunk)?.[1];
    if (url) openInBrowser(url);
  });
  server.on('exit', (code) => process.exit(code ?? 0));
  process.on('SIGINT', () => server.kill('SIGINT'));
}

function openInBrowser(url) {
  const opener =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => console.error(`Open this address in your browser: ${url}`));
  child.unref();
}
