import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissingReason, openApp, screenshot, type AppSession } from '../helpers/browser';
import { runCli } from '../helpers/cli';
import { REPO_ROOT, SEEDS_DIR } from '../helpers/paths';

const skipReason = chromiumMissingReason();

const SCANS = path.join(REPO_ROOT, 'tests/fixtures/scans');
const SCAN = path.join(SCANS, 'heshan-2023-simp.pdf');
/** What page 1 of the scan says (typed from the original). */
const TRUTH = fs.readFileSync(path.join(SCANS, 'heshan-2023-simp/001.txt'), 'utf8');

const CJK = /[\u4e00-\u9fff]/u;

/**
 * A place where OCR read one Chinese character wrong: six characters of the original that are
 * not in the recognised text, though six characters differing from them in exactly one are, in
 * one unbroken run and only once. Compared on Chinese characters only, since spacing, digits and
 * punctuation come out of OCR in their own way. Returns what OCR read and what it should have.
 */
function findMisread(recognised: string): { wrong: string; right: string } | null {
  const truth = Array.from(TRUTH).filter((char) => CJK.test(char));
  const raw = Array.from(recognised);
  const read = raw.flatMap((char, at) => (CJK.test(char) ? [{ char, at }] : []));
  const readText = read.map((entry) => entry.char).join('');
  const span = 6;
  for (let start = 0; start + span <= truth.length; start += 1) {
    const right = truth.slice(start, start + span);
    if (readText.includes(right.join(''))) continue;
    for (let from = 0; from + span <= read.length; from += 1) {
      const window = read.slice(from, from + span);
      const differing = window.filter((entry, i) => entry.char !== right[i]);
      if (differing.length !== 1) continue;
      const first = window[0]!.at;
      const last = window[span - 1]!.at;
      if (last - first !== span - 1) continue; // not one unbroken run of characters
      const wrong = raw.slice(first, last + 1).join('');
      if (recognised.indexOf(wrong) !== recognised.lastIndexOf(wrong)) continue;
      return { wrong, right: right.join('') };
    }
  }
  return null;
}

/** The selected word's box over the page image, as the page shows it. */
async function selectedBox(page: Page): Promise<string | null> {
  return page.locator('[data-testid="ocr-box"][data-selected]').getAttribute('data-word');
}

describe.skipIf(skipReason !== '')('OCR in the browser: proofreading a scanned page', () => {
  let app: AppSession;
  let page: Page;
  let server: AppSession['server'];
  let fixed: { wrong: string; right: string } | null = null;

  beforeAll(async () => {
    app = await openApp({
      empty: true,
      setup: (library) => {
        // Two typed documents beside the scan, so the Library shows the scan's OCR mark among
        // ordinary rows (the other Heshan sample repeats the scan's text; it stays out).
        const seeds = ['nanlang-2021-work-plan.txt', 'xiaolan-2022-news-feature.txt'].map((name) =>
          path.join(SEEDS_DIR, name),
        );
        const typed = runCli(['import', '--library', library, ...seeds]);
        if (typed.status !== 0) throw new Error(`importing the samples failed: ${typed.stderr}`);
        // Importing a scan recognises it (OCR after import is on by default).
        const scanned = runCli(['import', '--library', library, SCAN], { timeout: 300_000 });
        if (scanned.status !== 0) throw new Error(`importing the scan failed: ${scanned.stderr}`);
      },
    });
    ({ page, server } = app);
    await page.getByTestId('doc-row').first().waitFor();
  }, 360_000);
  afterAll(async () => app?.close());

  it('shows the scan’s OCR confidence in the Library', async () => {
    const row = page.getByTestId('doc-row').filter({ hasText: 'heshan-2023-simp.pdf' });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    const tag = row.getByTestId('ocr-confidence-tag');
    await tag.waitFor();
    const label = (await tag.textContent()) ?? '';
    const percent = Number(/OCR\s*(\d+)%/.exec(label)?.[1]);
    expect(percent).toBeGreaterThan(50);
    expect(percent).toBeLessThanOrEqual(100);
    // Recognised in full: nothing waits any more, and typed documents carry no OCR mark.
    expect(await row.getByTestId('needs-ocr-tag').count()).toBe(0);
    expect(await page.getByTestId('ocr-confidence-tag').count()).toBe(1);
    // The OCR run that import started is in the jobs panel, finished: 第 3 / 3 页.
    const job = page.getByTestId('ocr-job');
    await job.waitFor();
    expect(await job.getAttribute('data-state')).toBe('done');
    expect(await job.getByTestId('ocr-job-progress').textContent()).toContain('3 / 3');
    // Out of the way for the screenshot: the import cards (the OCR card stays).
    const imports = page.getByTestId('import-job');
    for (let left = await imports.count(); left > 0; left -= 1) {
      await imports.first().getByRole('button', { name: '关闭' }).click();
      await expect.poll(() => imports.count()).toBe(left - 1);
    }
    await page.mouse.move(5, 5);
    await screenshot(page, '51-library-ocr-confidence');
  });

  it('opens the proofreading view: page image with low-confidence words boxed', async () => {
    const row = page.getByTestId('doc-row').filter({ hasText: 'heshan-2023-simp.pdf' });
    await row.getByTestId('doc-title').click();
    await page.getByTestId('reader-text').waitFor();
    await page.getByTestId('reader-mode-proofread').click();
    await page.getByTestId('proofread').waitFor();

    // Every page is listed as recognised, with its confidence.
    const items = page.getByTestId('ocr-page-item');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(3);
    for (const status of await items.evaluateAll((els) => els.map((el) => el.dataset.status))) {
      expect(status).toBe('done');
    }
    expect(await page.getByTestId('ocr-page-confidence').count()).toBe(3);

    const image = page.locator('[data-testid="ocr-page-image"] img');
    await image.waitFor();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(500);
    await page.locator('[data-testid="ocr-word"]').first().waitFor();

    const low = page.locator('[data-testid="ocr-box"][data-low]');
    if ((await low.count()) === 0) {
      // Page 1 read cleanly at 70%: mark more, so there is something to proofread.
      await page.getByTestId('ocr-threshold').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '90%' }).click();
    }
    await expect.poll(() => low.count()).toBeGreaterThan(0);
    const lowWords = page.locator('[data-testid="ocr-word"][data-low]');
    expect(await lowWords.count()).toBeGreaterThan(0);
    // The boxes are drawn: an orange outline over the image.
    const border = await low.first().evaluate((el) => getComputedStyle(el).borderTopColor);
    expect(border).toMatch(/rgba?\(250, 140, 22/);
    await expect.poll(() => page.getByTestId('ocr-low-count').textContent()).toMatch(/\d/);
  });

  it('highlights a low-confidence word’s box on the image when the word is clicked', async () => {
    // The misread word when OCR made one we can tell (it is corrected below), else any.
    const misread = findMisread((await page.getByTestId('ocr-page-text').textContent()) ?? '');
    const slip = misread
      ? Array.from(misread.wrong).find((char, at) => char !== Array.from(misread.right)[at])
      : undefined;
    const lowWords = page.locator('[data-testid="ocr-word"][data-low]');
    const picked = slip ? lowWords.filter({ hasText: slip }) : lowWords;
    const word = (await picked.count()) > 0 ? picked.first() : lowWords.nth(1);
    const index = await word.getAttribute('data-word');
    await word.click();
    await expect.poll(() => selectedBox(page)).toBe(index);
    await expect.poll(() => word.getAttribute('data-selected')).not.toBeNull();
    // The box is on screen, inside the image pane.
    const box = page.locator(`[data-testid="ocr-box"][data-word="${index}"]`);
    await expect.poll(() => box.isVisible()).toBe(true);
    const rect = await box.boundingBox();
    expect(rect && rect.width > 2 && rect.height > 2).toBe(true);
    // Zoomed in to read the scan: the picked box stays highlighted and in view.
    await page.getByTestId('ocr-zoom-in').click();
    await page.getByTestId('ocr-zoom-in').click();
    await page.mouse.move(5, 5);
    await page.waitForTimeout(700); // the image pane scrolls smoothly to the box; tooltips fade
    expect(await selectedBox(page)).toBe(index);
    const pane = await page.locator('.ocr-image-scroll').boundingBox();
    const shown = await box.boundingBox();
    expect(pane && shown).toBeTruthy();
    expect(shown!.y).toBeGreaterThanOrEqual(pane!.y);
    expect(shown!.y + shown!.height).toBeLessThanOrEqual(pane!.y + pane!.height);
    expect(shown!.x).toBeGreaterThanOrEqual(pane!.x);
    expect(shown!.x + shown!.width).toBeLessThanOrEqual(pane!.x + pane!.width);
    await screenshot(page, '50-ocr-proofreading');
  });

  it('corrects a misread character: the text shows the fix and search finds it', async () => {
    await page.getByTestId('ocr-edit').click();
    const area = page.getByTestId('ocr-edit-text');
    await area.waitFor();
    const recognised = await area.inputValue();
    fixed = findMisread(recognised);
    // OCR read page 1 without a single-character slip: correct one on purpose instead.
    const { wrong, right } = fixed ?? {
      wrong: /百县千镇万村/.exec(recognised)?.[0] ?? '',
      right: '百县千镇万村',
    };
    expect(wrong, `no phrase to correct in: ${recognised.slice(0, 200)}`).not.toBe('');
    const corrected = fixed ? recognised.replace(wrong, right) : `${recognised}\n校对补记一行`;
    await area.fill(corrected);
    await area.press('Control+s');
    await page.getByTestId('ocr-page-text').waitFor({ timeout: 20_000 });
    const phrase = fixed ? right : '校对补记一行';
    await expect
      .poll(async () => (await page.getByTestId('ocr-page-text').textContent()) ?? '', {
        timeout: 20_000,
      })
      .toContain(phrase);
    if (fixed) {
      expect((await page.getByTestId('ocr-page-text').textContent()) ?? '').not.toContain(wrong);
    }
    // The page is marked as proofread in the page list.
    await expect
      .poll(() => page.locator('[data-testid="ocr-page-item"][data-page="1"]').textContent())
      .toContain('已校对');

    // Search finds the corrected phrase in the scan.
    await page.goto(`${server.origin}/#/search`);
    const input = page.getByTestId('search-input');
    await input.fill(`"${phrase}"`);
    await input.press('Enter');
    const hits = page.getByTestId('search-result');
    await expect.poll(() => hits.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const text = (await hits.first().textContent()) ?? '';
    expect(text).toContain('鹤山');
  });

  it('made no network request beyond 127.0.0.1', () => {
    expect(app.blocked).toEqual([]);
  });
});
