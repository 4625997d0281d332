import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissingReason, openApp, screenshot, type AppSession } from '../helpers/browser';

const skipReason = chromiumMissingReason();

describe.skipIf(skipReason !== '')('Comparing 工改 across four towns in the browser', () => {
  let app: AppSession;
  let page: Page;
  let server: AppSession['server'];

  beforeAll(async () => {
    app = await openApp();
    ({ page, server } = app);
  });
  afterAll(async () => app?.close());

  it('shows each town’s 工改 sections side by side with shared phrases highlighted', async () => {
    await page.goto(`${server.origin}/#/compare`);
    await page.getByTestId('compare-query-input').fill('工改');
    await page.getByTestId('compare-run').click();
    await page.getByTestId('compare-grid').waitFor({ timeout: 20_000 });
    const towns = await page
      .getByTestId('compare-column')
      .evaluateAll((columns) => columns.map((c) => c.getAttribute('data-town')));
    expect(towns).toEqual(expect.arrayContaining(['小榄镇', '三乡镇', '南朗镇', '鹤山市']));
    for (const town of ['小榄镇', '三乡镇', '南朗镇', '鹤山市']) {
      const cell = page.locator(`[data-testid="compare-cell"][data-town="${town}"]`).first();
      await expect.poll(() => cell.getByTestId('compare-section').count()).toBeGreaterThan(0);
    }
    const heshan =
      (await page
        .locator('[data-testid="compare-cell"][data-town="鹤山市"]')
        .first()
        .textContent()) ?? '';
    expect(heshan).toContain('大力建平台兴园区');
    expect(await page.getByTestId('shared-phrase').count()).toBeGreaterThan(0);
    await screenshot(page, '30-compare-gonggai');
  });

  it('tabulates the figures below the grid: 3001.84 亩, 8328 亩, 500 亩', async () => {
    const table = page.getByTestId('figures-table');
    await table.scrollIntoViewIfNeeded();
    const text = (await table.textContent()) ?? '';
    expect(text).toMatch(/3001\.84[畝亩]/);
    expect(text).toContain('8328亩');
    expect(text).toContain('500亩');
    await screenshot(page, '31-compare-figures');
  });

  it('made no network request beyond 127.0.0.1', () => {
    expect(app.blocked).toEqual([]);
  });
});
