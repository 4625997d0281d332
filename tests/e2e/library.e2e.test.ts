import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  blockNonLoopback,
  chromiumMissingReason,
  launchChromium,
  screenshot,
} from '../helpers/browser';
import { startServe, type ServeProcess } from '../helpers/cli';
import { makeTempDir } from '../helpers/paths';

const skipReason = chromiumMissingReason();
if (skipReason) console.warn(`e2e skipped: ${skipReason}`);

describe.skipIf(skipReason !== '')(
  'Library and Reader in the browser (policylens serve + Chromium)',
  () => {
    const temp = makeTempDir();
    let server: ServeProcess;
    let browser: Browser;
    let page: Page;
    let network: { blocked: string[] };

    beforeAll(async () => {
      server = await startServe(path.join(temp.dir, 'library'));
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
      network = await blockNonLoopback(page);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      temp.remove();
    });

    it('offers the sample library when the library is empty, and loads it', async () => {
      await page.goto(server.url);
      const loadSamples = page.getByRole('button', { name: '载入示例文库' });
      await loadSamples.waitFor();
      await screenshot(page, '01-empty-library');
      await loadSamples.click();
      await expect.poll(() => page.getByTestId('doc-row').count(), { timeout: 30_000 }).toBe(5);
      await page.getByTestId('job-outcomes').first().waitFor();
      await screenshot(page, '02-library-with-samples');
      const titles = await page.getByTestId('doc-title').allTextContents();
      expect(titles.join('\n')).toMatch(/[\u4e00-\u9fff]/);
    });

    it('keeps the session after a reload without the token in the address', async () => {
      expect(new URL(page.url()).searchParams.get('token')).toBeNull();
      await page.reload();
      await expect.poll(() => page.getByTestId('doc-row').count(), { timeout: 15_000 }).toBe(5);
    });

    it('opens a document in the Reader with its Chinese text', async () => {
      const row = page.getByTestId('doc-row').filter({ hasText: 'nanlang-2021-work-plan.txt' });
      await row.getByTestId('doc-title').click();
      const text = page.getByTestId('reader-text');
      await text.waitFor();
      await expect.poll(() => text.textContent()).toContain('2021年是“十四五”开局之年');
      expect(await page.getByTestId('reader-title').textContent()).toBeTruthy();
      const fontFamily = await text.evaluate((el) => getComputedStyle(el).fontFamily);
      expect(fontFamily).toMatch(/CJK|Song|Sim|Han/);
      await screenshot(page, '03-reader');
    });

    it('switches the interface to English and back', async () => {
      await page.getByText('EN', { exact: true }).click();
      await expect.poll(() => page.locator('body').textContent()).toContain('Library');
      await screenshot(page, '04-reader-en');
      await page.getByText('中文', { exact: true }).click();
      await expect.poll(() => page.locator('body').textContent()).toContain('文库');
    });

    it('made no network request beyond 127.0.0.1', () => {
      expect(network.blocked).toEqual([]);
    });
  },
);
