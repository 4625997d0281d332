import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissingReason, openApp, screenshot, type AppSession } from '../helpers/browser';
import { runCli } from '../helpers/cli';

const skipReason = chromiumMissingReason();

/** Drags the mouse across `phrase` inside the Reader text, as a researcher selects a passage. */
async function dragSelect(page: Page, phrase: string): Promise<void> {
  const box = await page.evaluate((needle) => {
    const blocks = Array.from(document.querySelectorAll('[data-testid="reader-text"] p'));
    for (const block of blocks) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(needle) ?? -1;
        if (at < 0) continue;
        (block as HTMLElement).scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const first = range.getBoundingClientRect();
        range.setStart(node, at + needle.length - 1);
        range.setEnd(node, at + needle.length);
        const last = range.getBoundingClientRect();
        return {
          x1: first.left + 1,
          y1: first.top + first.height / 2,
          x2: last.right - 1,
          y2: last.top + last.height / 2,
        };
      }
    }
    return null;
  }, phrase);
  if (!box) throw new Error(`"${phrase}" is not in the Reader text`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

describe.skipIf(skipReason !== '')(
  'Coding a passage in the browser: Reader, Codebook, matrix',
  () => {
    let app: AppSession;
    let page: Page;
    let server: AppSession['server'];
    const phrase = '实施重大产业平台“头号工程”,打造湾区生物医药中心';

    beforeAll(async () => {
      app = await openApp({
        setup: (library) => {
          for (const name of ['工改', '产业发展', '营商环境'])
            runCli(['tag-add', '--library', library, name]);
          runCli(['autocode', '--library', library, '--tag', '工改', '工改']);
          runCli(['autocode', '--library', library, '--tag', '营商环境', '营商环境']);
        },
      });
      ({ page, server } = app);
    });
    afterAll(async () => app?.close());

    it('codes a passage selected with the mouse, through the quick-tag palette', async () => {
      const row = page.getByTestId('doc-row').filter({ hasText: 'nanlang-2021-work-plan.txt' });
      await row.getByTestId('doc-title').click();
      await page.getByTestId('reader-text').waitFor();
      await dragSelect(page, phrase);
      await page.getByTestId('selection-toolbar').waitFor();
      await page.getByTestId('selection-code').click();
      await page.getByTestId('tag-palette').waitFor();
      await page.getByTestId('tag-palette-input').fill('产业');
      await page.getByTestId('tag-palette-input').press('Enter');
      const items = page.getByTestId('annotation-item').filter({ hasText: '产业发展' });
      await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(1);
      const marked = await page.locator('[data-testid="annotation-mark"]').allTextContents();
      expect(marked.join('')).toContain('头号工程');
      await page.mouse.click(5, 5);
      await screenshot(page, '20-reader-annotations');
    });

    it('saves the document memo as it is typed, with no save button', async () => {
      const memo = page.getByTestId('document-memo');
      await memo.fill('南朗镇把生物医药作为头号工程。');
      await page.waitForTimeout(1500); // the pause after typing that triggers the save
      await page.reload();
      await expect
        .poll(() => page.getByTestId('document-memo').inputValue(), { timeout: 10_000 })
        .toBe('南朗镇把生物医药作为头号工程。');
    });

    it('lists the passage under its tag in the Codebook, with town and section', async () => {
      await page.goto(`${server.origin}/#/codebook`);
      await page.getByTestId('codebook-tree').waitFor();
      await page.getByTestId('codebook-node').filter({ hasText: '产业发展' }).first().click();
      const passages = page.getByTestId('coded-item');
      await expect.poll(() => passages.count(), { timeout: 10_000 }).toBe(1);
      const text = (await passages.first().textContent()) ?? '';
      expect(text).toContain('南朗镇');
      expect(text).toContain('头号工程');
      await page.getByTestId('codebook-node').filter({ hasText: '工改' }).first().click();
      await expect.poll(() => passages.count()).toBeGreaterThanOrEqual(10);
      await screenshot(page, '21-codebook-retrieval');
    });

    it('counts it in the code × town matrix and heatmap', async () => {
      await page.goto(`${server.origin}/#/codebook?tab=matrix`);
      await page.getByTestId('matrix-table').waitFor();
      await page.getByTestId('matrix-heatmap').waitFor();
      const table = (await page.getByTestId('matrix-table').textContent()) ?? '';
      for (const town of ['小榄镇', '三乡镇', '南朗镇', '鹤山市']) expect(table).toContain(town);
      expect(await page.getByTestId('matrix-cell').count()).toBeGreaterThanOrEqual(12);
      await page.waitForTimeout(800); // let the heatmap settle for the screenshot
      await screenshot(page, '22-code-town-matrix');
    });

    it('made no network request beyond 127.0.0.1', () => {
      expect(app.blocked).toEqual([]);
    });
  },
);
