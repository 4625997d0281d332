import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  isAppUrl,
  isSafeExternalUrl,
  secureWebPreferences,
} from '../../electron/main/security';
import { REPO_ROOT } from '../helpers/paths';

describe('window security policy (the one place windows get their preferences)', () => {
  it('isolates, sandboxes and gives the page no Node', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('opens external links only when they are plain https', () => {
    expect(isSafeExternalUrl('https://www.zs.gov.cn/')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://host/share',
      'http://example.com',
      'https://user:pass@example.com',
      'not a url',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('lets the window show only our own bundled pages', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppUrl('https://policylens.example/')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
  });
});

describe('the built page', () => {
  it("has a strict CSP: default-src 'self', no unsafe-eval, no remote origins", () => {
    const html = fs.readFileSync(path.join(REPO_ROOT, 'dist/renderer/index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
    expect(csp).toBeDefined();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
  });

  it('loads no remote code or fonts', () => {
    const assets = path.join(REPO_ROOT, 'dist/renderer/assets');
    for (const file of fs.readdirSync(assets).filter((f) => f.endsWith('.css'))) {
      expect(fs.readFileSync(path.join(assets, file), 'utf8'), file).not.toMatch(
        /@import\s+url\(\s*['"]?https?:/,
      );
    }
  });
});

describe('Electron version', () => {
  /** The floor SECURITY.md states; raise both together. */
  const FLOOR = [40, 8, 5];
  const parts = (version: string) => version.replace(/^[~^]/, '').split('.').map(Number);
  const atLeastFloor = (version: string) => {
    const [major = 0, minor = 0, patch = 0] = parts(version);
    const [fMajor = 0, fMinor = 0, fPatch = 0] = FLOOR;
    return major !== fMajor ? major > fMajor : minor !== fMinor ? minor > fMinor : patch >= fPatch;
  };

  it('is pinned at or above the floor stated in SECURITY.md', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const declared = manifest.devDependencies.electron ?? '';
    expect(declared.startsWith('~'), 'a patch-level range, not ^').toBe(true);
    expect(atLeastFloor(declared)).toBe(true);
    const installed = JSON.parse(
      fs.readFileSync(path.join(REPO_ROOT, 'node_modules/electron/package.json'), 'utf8'),
    ) as { version: string };
    expect(atLeastFloor(installed.version)).toBe(true);
    expect(fs.readFileSync(path.join(REPO_ROOT, 'SECURITY.md'), 'utf8')).toContain(
      `Electron floor: **${FLOOR.join('.')}**`,
    );
  });
});
