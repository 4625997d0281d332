import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissingReason, openApp, screenshot, type AppSession } from '../helpers/browser';
import { makeTempDir } from '../helpers/paths';

const skipReason = chromiumMissingReason();

const REPORT_NAME = '工改-比较报告';
const JOB_TIMEOUT_MS = 90_000;

/** The export job's card in the open dialog, once it has ended in `state`. */
async function waitForJob(scope: Locator, state: 'done' | 'failed' | 'cancelled') {
  const card = scope.getByTestId('file-job');
  await card.waitFor({ timeout: 15_000 });
  await expect
    .poll(() => card.getAttribute('data-state'), { timeout: JOB_TIMEOUT_MS, interval: 250 })
    .toMatch(/^(done|failed|cancelled)$/);
  const reached = await card.getAttribute('data-state');
  if (reached !== state) {
    const detail = (await card.textContent()) ?? '';
    throw new Error(`The job ended ${reached}, not ${state}: ${detail}`);
  }
  return card;
}

/** Lets antd's open/expand animations finish before a screenshot. */
function settle(page: Page): Promise<void> {
  return page.waitForTimeout(500);
}

interface SeenStates {
  states: string[];
  progressWhileRunning: boolean;
  cancelWhileRunning: boolean;
}

/** Watches the page for job cards and notes each state they show (jobs can be quick). */
async function recordJobStates(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = { states: [] as string[], progressWhileRunning: false, cancelWhileRunning: false };
    (window as unknown as { __jobStates: typeof seen }).__jobStates = seen;
    const look = () => {
      for (const card of document.querySelectorAll('[data-testid="file-job"]')) {
        const state = card.getAttribute('data-state') ?? '';
        if (seen.states.at(-1) !== state) seen.states.push(state);
        if (state === 'running') {
          if (card.querySelector('[data-testid="file-job-progress"]')) {
            seen.progressWhileRunning = true;
          }
          if (card.querySelector('[data-testid="file-job-cancel"]')) seen.cancelWhileRunning = true;
        }
      }
    };
    new MutationObserver(look).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-state'],
    });
  });
}

function recordedJobStates(page: Page): Promise<SeenStates> {
  return page.evaluate(() => (window as unknown as { __jobStates: SeenStates }).__jobStates);
}

async function openCompareExport(page: Page): Promise<Locator> {
  await page.getByTestId('compare-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.waitFor();
  // The default file name comes from the core (exportTarget) once it answered.
  await expect.poll(() => dialog.getByTestId('export-name').inputValue()).toBe(REPORT_NAME);
  return dialog;
}

describe.skipIf(skipReason !== '')('Exporting a comparison, the Reports view and backups', () => {
  const folders = makeTempDir('policylens-export-e2e-');
  const exportsDir = path.join(folders.dir, 'exports');
  const backupDir = path.join(folders.dir, 'backups');
  const docx = path.join(exportsDir, `${REPORT_NAME}.docx`);
  const pdf = path.join(exportsDir, `${REPORT_NAME}.pdf`);
  let app: AppSession;
  let page: Page;
  const saved = {
    POLICYLENS_EXPORTS_DIR: process.env.POLICYLENS_EXPORTS_DIR,
    POLICYLENS_BACKUP_DIR: process.env.POLICYLENS_BACKUP_DIR,
  };

  beforeAll(async () => {
    // `policylens serve` inherits this process's environment: exports and backups go to temp dirs.
    process.env.POLICYLENS_EXPORTS_DIR = exportsDir;
    process.env.POLICYLENS_BACKUP_DIR = backupDir;
    app = await openApp();
    page = app.page;
  });
  afterAll(async () => {
    await app?.close();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    folders.remove();
  });

  it('exports the 工改 comparison as Word from the options dialog, with progress to done', async () => {
    await page.goto(`${app.server.origin}/#/compare`);
    await page.getByTestId('compare-query-input').fill('工改');
    await page.getByTestId('compare-run').click();
    await page.getByTestId('compare-grid').waitFor({ timeout: 20_000 });

    const dialog = await openCompareExport(page);
    expect(await dialog.getByTestId('export-folder').textContent()).toContain(exportsDir);
    // Every compared town is offered, all ticked, in the comparison's order.
    const towns = await dialog
      .getByTestId('export-towns')
      .locator('[data-town]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-town')));
    expect(towns).toEqual(expect.arrayContaining(['小榄镇', '三乡镇', '南朗镇', '鹤山市']));
    expect(await dialog.getByTestId('export-towns').getByRole('checkbox').count()).toBe(
      towns.length,
    );
    // Options shown for a report: passages, figures, comments, language, paper; fonts under "advanced".
    for (const id of ['export-passages', 'export-figures', 'export-comments', 'export-language']) {
      expect(await dialog.getByTestId(id).count(), id).toBe(1);
    }
    await settle(page);
    await screenshot(page, '40-export-dialog');
    await dialog.getByText('高级：字体').click();
    const bodyFont = dialog.locator('input[value="宋体"]');
    await bodyFont.waitFor();
    await settle(page);
    await bodyFont.scrollIntoViewIfNeeded();
    await screenshot(page, '40-export-dialog-fonts');

    expect(fs.existsSync(docx)).toBe(false);
    await recordJobStates(page);
    await dialog.getByTestId('export-submit').click();
    const card = await waitForJob(dialog, 'done');
    // The card went through "running" with a progress bar (and a cancel button) before "done".
    const seen = await recordedJobStates(page);
    expect(seen.states).toContain('running');
    expect(seen.states.at(-1)).toBe('done');
    expect(seen.progressWhileRunning).toBe(true);
    expect(seen.cancelWhileRunning).toBe(true);
    expect(await card.getAttribute('data-kind')).toBe('export');
    expect(await card.getByTestId('file-job-progress').count()).toBe(0);
    expect((await card.textContent()) ?? '').toContain(`${REPORT_NAME}.docx`);
    await settle(page);
    await screenshot(page, '41-export-done');

    expect(fs.existsSync(docx)).toBe(true);
    expect(fs.readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');

    // In a browser "open" is a download through the token-guarded file route.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByTestId('job-open-file').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${REPORT_NAME}.docx`);
    const downloaded = await download.path();
    expect(fs.readFileSync(downloaded).equals(fs.readFileSync(docx))).toBe(true);
    await dialog.getByTestId('export-close').click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('asks before replacing the same file; "keep" leaves the old file untouched', async () => {
    const before = fs.statSync(docx);
    const bytes = fs.readFileSync(docx);
    const dialog = await openCompareExport(page);
    await dialog.getByTestId('export-submit').click();

    const keep = page.getByTestId('replace-cancel');
    await keep.waitFor();
    const confirmText = (await page.locator('.ant-modal-confirm').textContent()) ?? '';
    expect(confirmText).toContain('替换已有文件');
    expect(confirmText).toContain(`${REPORT_NAME}.docx`);
    await settle(page);
    await screenshot(page, '42-export-replace-confirm');
    await keep.click();
    await page.getByText('未导出，原文件保持不变').waitFor();
    // Still on the options, no job started, the file as it was.
    expect(await dialog.getByTestId('file-job').count()).toBe(0);
    expect(await dialog.getByTestId('export-submit').isVisible()).toBe(true);
    expect(fs.statSync(docx).mtimeMs).toBe(before.mtimeMs);
    expect(fs.readFileSync(docx).equals(bytes)).toBe(true);

    // Saying "replace" does write it again.
    await dialog.getByTestId('export-submit').click();
    await page.getByTestId('replace-ok').click();
    await waitForJob(dialog, 'done');
    expect(fs.statSync(docx).mtimeMs).toBeGreaterThan(before.mtimeMs);
    await dialog.getByTestId('export-close').click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('exports the same comparison as PDF', async () => {
    const dialog = await openCompareExport(page);
    await dialog.getByTestId('export-format').getByText('PDF', { exact: true }).click();
    await expect.poll(() => dialog.getByTestId('export-name').inputValue()).toBe(REPORT_NAME);
    // A PDF has no Word comment balloons: that choice is not offered.
    const wordComments = dialog.getByTestId('export-comments').getByRole('radio').first();
    expect(await wordComments.isDisabled()).toBe(true);
    await dialog.getByTestId('export-submit').click();
    await waitForJob(dialog, 'done');
    expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await dialog.getByTestId('export-close').click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('lists both files in the Reports view with format and size', async () => {
    await page.goto(`${app.server.origin}/#/reports`);
    await page.getByTestId('reports-view').waitFor();
    const table = page.getByTestId('exports-table');
    const docxRow = table.locator('[data-testid="export-row"][data-format="docx"]');
    const pdfRow = table.locator('[data-testid="export-row"][data-format="pdf"]');
    await docxRow.waitFor();
    await pdfRow.waitFor();
    // One row per file, though the .docx was written twice.
    expect(await docxRow.count()).toBe(1);
    expect(await docxRow.getByTestId('export-file-name').textContent()).toBe(`${REPORT_NAME}.docx`);
    const size = (await docxRow.getByTestId('export-size').textContent()) ?? '';
    expect(size).toMatch(/^\d+(\.\d)? (B|KB|MB)$/);
    expect(await pdfRow.getByTestId('export-format').textContent()).toBe('PDF');
    expect(await docxRow.getByTestId('open-file').textContent()).toContain('下载');
    // The finished jobs are listed above the files.
    expect(await page.getByTestId('file-job').count()).toBeGreaterThanOrEqual(2);
    await settle(page);
    await screenshot(page, '43-reports-files');
  });

  it('backs up now and lists the backup with its date and size', async () => {
    const manualRows = page
      .getByTestId('backup-row')
      .filter({ has: page.getByText('手动', { exact: true }) });
    expect(await manualRows.count()).toBe(0);
    await page.getByTestId('backup-now').click();
    const backupJob = page.locator('[data-testid="file-job"][data-kind="backup"]').first();
    await backupJob.waitFor({ timeout: 15_000 });
    await expect
      .poll(() => backupJob.getAttribute('data-state'), { timeout: JOB_TIMEOUT_MS })
      .toBe('done');
    await expect.poll(() => manualRows.count()).toBe(1);
    const row = manualRows.first();
    expect((await row.getByTestId('backup-date').textContent()) ?? '').toMatch(/\d{4}/);
    expect((await row.getByTestId('backup-size').textContent()) ?? '').toMatch(
      /^\d+(\.\d)? (B|KB|MB)$/,
    );
    const written = fs.readdirSync(backupDir).filter((name) => name.endsWith('.plbackup'));
    expect(written.length).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('backup-dir-input').inputValue()).toBe(backupDir);
    expect(await page.getByTestId('exports-dir-input').inputValue()).toBe(exportsDir);
    await page.getByTestId('backup-now').scrollIntoViewIfNeeded();
    await settle(page);
    await screenshot(page, '44-reports-backups');
  });

  it('keeps exports out of the Library’s import panel', async () => {
    await page.goto(`${app.server.origin}/#/library`);
    await page.getByTestId('doc-row').first().waitFor();
    expect(await page.getByTestId('file-job').count()).toBe(0);
  });

  it('made no network request beyond 127.0.0.1', () => {
    expect(app.blocked).toEqual([]);
  });
});
