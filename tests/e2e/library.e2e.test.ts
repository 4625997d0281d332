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

    it('shows each document placed by town and year', async () => {
      const towns = await page.getByTestId('cell-town').allTextContents();
      for (const town of ['小榄镇', '三乡镇', '南朗镇', '鹤山市']) {
        expect(towns.join(' ')).toContain(town);
      }
      const years = await page.getByTestId('cell-year').allTextContents();
      expect(years.map((y) => y.trim()).sort()).toEqual(['2021', '2022', '2023', '2023', '2023']);
      await screenshot(page, '05-library-town-year');
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

    it('shows the outline beside the text and jumps to a section on click', async () => {
      const nodes = page.getByTestId('outline-node');
      await expect.poll(() => nodes.count()).toBeGreaterThanOrEqual(9);
      const target = nodes.filter({ hasText: '加强生态环境综合整治' }).first();
      const start = Number(await target.getAttribute('data-start'));
      await target.click();
      const block = page.locator('[data-highlighted]');
      await block.waitFor();
      expect(Number(await block.getAttribute('data-offset'))).toBe(start);
      expect(await block.textContent()).toContain('加强生态环境综合整治');
      await screenshot(page, '06-reader-outline');
    });

    it('lets the researcher correct the year, marked as edited by the user', async () => {
      await page.getByTestId('edit-metadata').click();
      const form = page.getByTestId('metadata-form');
      await form.waitFor();
      await page.waitForTimeout(500); // let the drawer finish sliding in
      await screenshot(page, '07-metadata-editor');
      const year = form.locator('input[id$="year"]').first();
      await year.fill('2022');
      await page.getByTestId('metadata-save').click();
      await expect.poll(() => page.getByTestId('tag-year').textContent()).toContain('2022');
      await expect.poll(() => page.getByTestId('edited-mark').count()).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
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
