import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissingReason, openApp, screenshot, type AppSession } from '../helpers/browser';

const skipReason = chromiumMissingReason();
if (skipReason) console.warn(`e2e skipped: ${skipReason}`);

describe.skipIf(skipReason !== '')('Trash: undo a delete, restore from the Trash view', () => {
  let app: AppSession;
  let page: Page;
  const rows = () => page.getByTestId('doc-row');
  const deleteRow = async (fileName: string) => {
    const row = rows().filter({ hasText: fileName });
    await row.hover();
    await row.getByTestId('doc-delete').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
  };

  beforeAll(async () => {
    app = await openApp();
    page = app.page;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('deletes a document and brings it back with “撤销”', async () => {
    await expect.poll(() => rows().count(), { timeout: 15_000 }).toBe(5);
    await deleteRow('nanlang-2021-work-plan.txt');
    await expect.poll(() => rows().count()).toBe(4);
    await page.getByTestId('doc-delete-undo').click();
    await page.getByText('文档已恢复').waitFor();
    await expect.poll(() => rows().count()).toBe(5);
    expect(await rows().filter({ hasText: 'nanlang-2021-work-plan.txt' }).count()).toBe(1);
  });

  it('lists the deleted document in the Trash and restores it from there', async () => {
    await deleteRow('nanlang-2021-work-plan.txt');
    await expect.poll(() => rows().count()).toBe(4);
    await page.getByTestId('open-trash').click();
    const table = page.getByTestId('trash-table');
    await table.waitFor();
    const item = table.locator('tbody tr').filter({ hasText: '文档' });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain('南朗镇');
    expect(await item.textContent()).toContain('30 天后永久删除');
    expect(await page.getByTestId('trash-empty-all').isDisabled()).toBe(false);
    // Let the buttons finish their enable transition before the picture.
    await page.waitForTimeout(500);
    await screenshot(page, '60-trash');
    await item.getByTestId('trash-restore').click();
    await page.getByText(/已恢复“/).waitFor();
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(0);
    await page.getByText('回收站是空的').waitFor();
    await page.getByRole('menuitem', { name: /文库/ }).click();
    await expect.poll(() => rows().count()).toBe(5);
  });

  it('deletes an item for good after asking', async () => {
    await deleteRow('nanlang-2021-work-plan.txt');
    await expect.poll(() => rows().count()).toBe(4);
    await page.getByTestId('open-trash').click();
    await page.getByTestId('trash-remove').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '永久删除' }).click();
    await page.getByText('回收站是空的').waitFor();
    expect(await page.getByTestId('trash-empty-all').isDisabled()).toBe(true);
    expect(app.blocked).toEqual([]);
  });
});
