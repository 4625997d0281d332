import fs from 'node:fs';
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

/** Lets a drawer or modal finish its animation before a screenshot. */
const settle = (page: Page) => page.waitForTimeout(400);

describe.skipIf(skipReason !== '')(
  'First run, settings, keyboard help and switching libraries (policylens serve + Chromium)',
  () => {
    const temp = makeTempDir();
    const firstLibrary = path.join(temp.dir, 'library');
    const secondLibrary = path.join(temp.dir, 'second-library');
    let server: ServeProcess;
    let browser: Browser;
    let page: Page;
    let network: { blocked: string[] };

    beforeAll(async () => {
      server = await startServe(firstLibrary, [], { firstRun: true });
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
      network = await blockNonLoopback(page);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      temp.remove();
    });

    it('greets a first run with the welcome', async () => {
      await page.goto(server.url);
      const welcome = page.getByTestId('welcome');
      await welcome.waitFor();
      expect(await welcome.textContent()).toContain('载入示例文库');
      expect(await welcome.textContent()).toContain('导入我的文件');
      await settle(page);
      await screenshot(page, '70-welcome-zh');
    });

    it('loads the sample library from the welcome and lands in the Library', async () => {
      await page.getByTestId('welcome-samples').click();
      await page.getByTestId('welcome').waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('doc-row').count(), { timeout: 30_000 }).toBe(5);
      expect(await page.title()).toBe('library — 政策镜 PolicyLens');
    });

    it('does not greet again once a choice was made', async () => {
      await page.reload();
      await expect.poll(() => page.getByTestId('doc-row').count(), { timeout: 15_000 }).toBe(5);
      await page.waitForTimeout(300);
      expect(await page.getByTestId('welcome').count()).toBe(0);
    });

    it('opens the keyboard help with ? and lists Ctrl+O', async () => {
      await page.locator('body').click({ position: { x: 700, y: 600 } });
      await page.keyboard.press('?');
      const help = page.getByTestId('keyboard-help');
      await help.waitFor();
      const keys = await help.getByTestId('shortcut-keys').allTextContents();
      expect(keys).toContain('Ctrl+O');
      expect(keys).toContain('Ctrl+Shift+O');
      expect(keys).toContain('Ctrl+,');
      expect(await help.textContent()).toContain('导入文件');
      await settle(page);
      await screenshot(page, '72-keyboard-help-zh');
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'detached' });
    });

    it('does not open the help when ? is typed into a text field', async () => {
      await page.goto(`${server.origin}/#/search`);
      const input = page.getByTestId('search-input');
      await input.waitFor();
      await input.fill('');
      await input.type('?');
      await page.waitForTimeout(200);
      expect(await page.getByTestId('keyboard-help').count()).toBe(0);
      await input.fill('');
      await page.goto(`${server.origin}/#/library`);
      await page.getByTestId('doc-row').first().waitFor();
    });

    it('shows the settings, in Chinese', async () => {
      await page.getByTestId('open-settings').click();
      const drawer = page.getByTestId('settings-drawer');
      await drawer.waitFor();
      // The library's settings load separately (slower while a job keeps the core busy).
      await drawer.getByTestId('settings-font-body').waitFor({ timeout: 20_000 });
      expect(await drawer.textContent()).toContain('界面语言');
      expect(await drawer.textContent()).toContain('报告字体');
      expect(await drawer.textContent()).toContain(firstLibrary);
      await settle(page);
      await screenshot(page, '71-settings-zh');
    });

    it('switches to dark and English, and both survive a reload', async () => {
      const drawer = page.getByTestId('settings-drawer');
      await drawer.getByTestId('settings-theme').getByText('深色').click();
      await expect
        .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
        .toBe('dark');
      await drawer.getByTestId('settings-language').getByText('English').click();
      await expect.poll(() => drawer.textContent(), { timeout: 15_000 }).toContain('Report fonts');
      // The local fast-path copies are gone: what comes back is the saved preference.
      await page.evaluate(() => {
        localStorage.removeItem('policylens.language');
        localStorage.removeItem('policylens.theme');
      });
      await page.reload();
      await expect.poll(() => page.getByTestId('doc-row').count(), { timeout: 15_000 }).toBe(5);
      await expect.poll(() => page.locator('.app-sider').textContent()).toContain('Library');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).not.toBe('rgb(255, 255, 255)');
    });

    it('shows the keyboard help, settings and welcome in English', async () => {
      await page.keyboard.press('?');
      const help = page.getByTestId('keyboard-help');
      await help.waitFor();
      expect(await help.textContent()).toContain('Import files');
      expect(await help.getByTestId('shortcut-keys').allTextContents()).toContain('Ctrl+O');
      await settle(page);
      await screenshot(page, '75-keyboard-help-en');
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'detached' });

      await page.keyboard.press('Control+,');
      const drawer = page.getByTestId('settings-drawer');
      await drawer.waitFor();
      await settle(page);
      await screenshot(page, '74-settings-en');
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });

      await page.getByTestId('help-menu').click();
      await page.getByRole('menuitem', { name: 'Welcome' }).click();
      const welcome = page.getByTestId('welcome');
      await welcome.waitFor();
      expect(await welcome.textContent()).toContain('Load the sample library');
      await settle(page);
      await screenshot(page, '73-welcome-en');
      await page.getByTestId('welcome-skip').click();
      await welcome.waitFor({ state: 'detached' });
    });

    it('explains a folder that is not a library, with the details on demand', async () => {
      const notLibrary = path.join(temp.dir, 'notes');
      fs.mkdirSync(notLibrary);
      fs.writeFileSync(path.join(notLibrary, 'todo.txt'), 'not a library');
      await page.keyboard.press('Control+Shift+L');
      const form = page.getByTestId('open-library-form');
      await form.waitFor();
      await form.getByTestId('open-library-path').fill(notLibrary);
      await form.getByTestId('open-library-submit').click();
      const friendly = form.getByTestId('error-friendly');
      await friendly.waitFor();
      expect(await friendly.textContent()).toContain('not a PolicyLens library');
      expect(await form.getByTestId('error-details-body').count()).toBe(0);
      await form.getByTestId('error-details-toggle').click();
      expect(await form.getByTestId('error-details-body').textContent()).toContain('NOT_A_LIBRARY');
      await page.keyboard.press('Escape');
      await page.getByTestId('settings-drawer').waitFor({ state: 'detached' });
    });

    it('creates a second library by path and switches to it', async () => {
      await page.getByTestId('open-settings').click();
      const drawer = page.getByTestId('settings-drawer');
      await drawer.getByTestId('settings-new-library').click();
      await drawer.getByTestId('open-library-path').fill(secondLibrary);
      await drawer.getByTestId('open-library-submit').click();
      // The page reloads on the new library: empty, and named in the title.
      await expect
        .poll(() => page.title(), { timeout: 20_000 })
        .toBe('second-library — 政策镜 PolicyLens');
      await page.getByTestId('accepted-formats').waitFor();
      expect(await page.getByTestId('doc-row').count()).toBe(0);
      expect(await page.getByTestId('welcome').count()).toBe(0);
    });

    it('lists the first library under recent libraries and opens it again', async () => {
      await page.getByTestId('open-settings').click();
      const drawer = page.getByTestId('settings-drawer');
      await drawer.waitFor();
      expect(await drawer.getByTestId('settings-library-path').textContent()).toContain(
        'second-library',
      );
      const first = drawer.getByTestId('recent-library').filter({ hasText: firstLibrary });
      await first.waitFor();
      await first.getByTestId('recent-library-open').click();
      await expect
        .poll(() => page.title(), { timeout: 20_000 })
        .toBe('library — 政策镜 PolicyLens');
      await expect.poll(() => page.getByTestId('doc-row').count(), { timeout: 15_000 }).toBe(5);
    });

    it('never reached beyond 127.0.0.1', () => {
      expect(network.blocked).toEqual([]);
    });
  },
);
