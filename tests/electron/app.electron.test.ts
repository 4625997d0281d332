import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, makeTempDir } from '../helpers/paths';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

/**
 * The desktop app itself, driven with Playwright's Electron support. Runs where the Electron
 * binary is installed (developers' machines, release CI); skipped with the reason elsewhere.
 */
const electron = findElectronBinary();
const reason = 'missing' in electron ? `Electron binary not installed (${electron.missing})` : '';
if (reason) console.warn(`Electron tests skipped: ${reason}`);

describe.skipIf(reason !== '')(`desktop app${reason ? ` — skipped: ${reason}` : ''}`, () => {
  it('opens one secure window on the sample library and shows the documents', async () => {
    const { _electron } = await import('playwright-core');
    const temp = makeTempDir();
    const app = await _electron.launch({
      executablePath: (electron as { path: string }).path,
      args: [REPO_ROOT, '--samples-if-empty'],
      env: { ...process.env, POLICYLENS_LIBRARY: path.join(temp.dir, 'library') },
    });
    try {
      const window = await app.firstWindow();
      await window.getByTestId('doc-row').nth(4).waitFor({ timeout: 30_000 });
      expect(await window.getByTestId('doc-row').count()).toBe(5);
      const exposed = await window.evaluate(() => ({
        api: typeof (window as { api?: unknown }).api,
        require: typeof (window as { require?: unknown }).require,
        process: typeof (window as { process?: unknown }).process,
      }));
      expect(exposed).toEqual({ api: 'object', require: 'undefined', process: 'undefined' });
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
      temp.remove();
    }
  });
});
