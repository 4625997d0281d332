import fs from 'node:fs';
import path from 'node:path';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, makeTempDir } from '../helpers/paths';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

/**
 * The desktop app itself, driven with Playwright's Electron support: launch, sample library,
 * search, annotate, export. Runs where the Electron binary is installed (developers' machines,
 * release CI); skipped with the reason elsewhere.
 */
const electron = findElectronBinary();
const reason = 'missing' in electron ? `Electron binary not installed (${electron.missing})` : '';
if (reason) console.warn(`Electron tests skipped: ${reason}`);

type Invoke = (method: string, input: unknown) => Promise<{ ok: boolean; result?: unknown }>;

/** A contract call through the real preload bridge and IPC (validated in main). */
async function call<T>(page: Page, method: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(
    ([name, argument]) =>
      ((window as unknown as { api: { invoke: Invoke } }).api.invoke as Invoke)(name, argument),
    [method, input] as const,
  );
  if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope)}`);
  return envelope.result as T;
}

describe.skipIf(reason !== '')(`desktop app${reason ? ` — skipped: ${reason}` : ''}`, () => {
  const temp = makeTempDir();
  const exportsDir = path.join(temp.dir, 'exports');
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    const { _electron } = await import('playwright-core');
    const appData = path.join(temp.dir, 'app-data');
    fs.mkdirSync(appData, { recursive: true });
    fs.writeFileSync(path.join(appData, 'preferences.json'), JSON.stringify({ welcomeDone: true }));
    app = await _electron.launch({
      executablePath: (electron as { path: string }).path,
      args: [REPO_ROOT, '--samples-if-empty'],
      env: {
        ...process.env,
        POLICYLENS_APP_DATA: appData,
        POLICYLENS_LIBRARY: path.join(temp.dir, 'library'),
        POLICYLENS_EXPORTS_DIR: exportsDir,
      },
    });
    page = await app.firstWindow();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    temp.remove();
  });

  it('opens one secure window on the sample library, titled with the library', async () => {
    await page.getByTestId('doc-row').nth(4).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('doc-row').count()).toBe(5);
    const exposed = await page.evaluate(() => ({
      api: typeof (window as { api?: unknown }).api,
      require: typeof (window as { require?: unknown }).require,
      process: typeof (window as { process?: unknown }).process,
    }));
    expect(exposed).toEqual({ api: 'object', require: 'undefined', process: 'undefined' });
    expect(app.windows()).toHaveLength(1);
    await expect.poll(() => page.title()).toContain('library');
  });

  it('searches the library and finds the marked term', async () => {
    await page.evaluate(() => (window.location.hash = '#/search'));
    await page.getByTestId('search-input').fill('工改');
    await page.getByTestId('search-input').press('Enter');
    await expect
      .poll(() => page.getByTestId('search-result').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect((await page.getByTestId('search-mark').allTextContents()).join('')).toContain('工改');
  });

  it('annotates a passage and exports a Word report of the tag', async () => {
    const docs = await call<{ id: number }[]>(page, 'listDocuments', {});
    const tag = await call<{ id: number }>(page, 'createTag', { name: '产业发展' });
    await call(page, 'createAnnotation', {
      docId: docs[0]!.id,
      start: 0,
      end: 20,
      tagIds: [tag.id],
      comment: '桌面端测试',
    });
    const { jobId } = await call<{ jobId: string }>(page, 'startExport', {
      source: { kind: 'tag', tagId: tag.id },
      format: 'docx',
    });
    await expect
      .poll(
        async () =>
          (await call<{ id: string; state: string }[]>(page, 'listJobs', {})).find(
            (job) => job.id === jobId,
          )?.state,
        { timeout: 60_000 },
      )
      .toBe('done');
    const written = fs.readdirSync(exportsDir).filter((name) => name.endsWith('.docx'));
    expect(written).toHaveLength(1);
  });
});
