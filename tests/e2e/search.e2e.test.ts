import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldForSearch } from '../../electron/core/search/fold';
import { chromiumMissingReason, openApp, screenshot, type AppSession } from '../helpers/browser';

const skipReason = chromiumMissingReason();

describe.skipIf(skipReason !== '')('Search, KWIC and word frequencies in the browser', () => {
  let app: AppSession;
  let page: Page;
  let server: AppSession['server'];

  beforeAll(async () => {
    app = await openApp({ height: 900, width: 1366 });
    ({ page, server } = app);
  });
  afterAll(async () => app?.close());

  it('finds 营商环境 across the four towns with every occurrence highlighted', async () => {
    await page.goto(`${server.origin}/#/search`);
    const input = page.getByTestId('search-input');
    await input.fill('营商环境');
    await input.press('Enter');
    await expect
      .poll(() => page.getByTestId('search-result').count(), { timeout: 15_000 })
      .toBeGreaterThan(3);
    const text = (await page.locator('main, body').first().textContent()) ?? '';
    for (const town of ['小榄镇', '三乡镇', '鹤山市', '南朗镇']) expect(text).toContain(town);
    const marks = await page.getByTestId('search-mark').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(4);
    for (const mark of marks) expect(foldForSearch(mark)).toBe('营商环境');
    await expect.poll(() => page.getByTestId('search-count').textContent()).toMatch(/\d/);
    await screenshot(page, '10-search-yingshang-huanjing');
  });

  it('finds traditional text for a simplified query and opens the passage in the Reader', async () => {
    const input = page.getByTestId('search-input');
    await input.fill('小榄');
    await input.press('Enter');
    await expect
      .poll(async () => (await page.getByTestId('search-mark').allTextContents()).join(''))
      .toContain('小欖');
    await page.getByTestId('search-result-title').first().click();
    await page.getByTestId('reader-text').waitFor();
    await expect.poll(() => page.getByTestId('reader-mark').count()).toBeGreaterThan(0);
    for (const mark of await page.getByTestId('reader-mark').allTextContents()) {
      expect(foldForSearch(mark)).toBe('小榄');
    }
    await expect.poll(() => page.getByTestId('find-count').textContent()).toMatch(/\d+\s*\/\s*\d+/);
    await screenshot(page, '11-reader-from-search');
  });

  it('shows the KWIC concordance of 工改', async () => {
    await page.goto(`${server.origin}/#/search?tab=kwic&q=${encodeURIComponent('工改')}`);
    await page.getByTestId('kwic-table').waitFor();
    await expect
      .poll(() => page.getByTestId('kwic-row').count(), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(5);
    const rows = await page.getByTestId('kwic-row').allTextContents();
    expect(rows.every((row) => foldForSearch(row).includes('工改'))).toBe(true);
    await screenshot(page, '12-kwic-gonggai');
  });

  it('charts the word frequencies of two towns side by side', async () => {
    await page.goto(`${server.origin}/#/search?tab=freq&ft=${encodeURIComponent('小榄镇,南朗镇')}`);
    await expect.poll(() => page.getByTestId('freq-chart').count(), { timeout: 15_000 }).toBe(2);
    await page.getByTestId('freq-table').waitFor();
    await page.waitForTimeout(800); // let the chart animation settle for the screenshot
    const table = (await page.getByTestId('freq-table').textContent()) ?? '';
    expect(table).toMatch(/[\u4e00-\u9fff]{2}/);
    await screenshot(page, '13-frequencies-two-towns');
  });

  it('made no network request beyond 127.0.0.1', () => {
    expect(app.blocked).toEqual([]);
  });
});
