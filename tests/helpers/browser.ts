import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runCli, startServe, type ServeProcess } from './cli';
import { makeTempDir, REPO_ROOT, SEEDS_DIR } from './paths';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'tests/e2e/screenshots');

/** Debian's Chromium (or CHROME_PATH); the reason it is unusable, or '' when it is there. */
export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export function chromiumMissingReason(): string {
  if (fs.existsSync(chromiumPath())) return '';
  const reason = `Chromium not found at ${chromiumPath()} (apt-get install chromium, or set CHROME_PATH)`;
  // CI installs Chromium: there, a missing browser is a failure, not a skip.
  if (process.env.CI) throw new Error(reason);
  return reason;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/**
 * The app must never reach the network: every request to a non-loopback address is blocked
 * and counted, and tests assert the count is zero.
 */
export async function blockNonLoopback(page: Page): Promise<{ blocked: string[] }> {
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (loopback || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    blocked.push(url.toString());
    return route.abort();
  });
  return { blocked };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

export interface AppSession {
  server: ServeProcess;
  browser: Browser;
  page: Page;
  /** Requests to non-loopback addresses that were blocked (must stay empty). */
  blocked: string[];
  close(): Promise<void>;
}

/**
 * The app as a researcher opens it: `policylens serve` on a fresh library (with the sample
 * documents imported first, unless `empty`), Debian's Chromium on its page, the network outside
 * 127.0.0.1 blocked and counted.
 */
export async function openApp(
  options: {
    empty?: boolean;
    width?: number;
    height?: number;
    setup?: (library: string) => void;
    /** Show the first-run welcome (other tests start with it already seen). */
    firstRun?: boolean;
  } = {},
): Promise<AppSession> {
  const temp = makeTempDir();
  const library = path.join(temp.dir, 'library');
  if (!options.empty) {
    const imported = runCli(['import', '--library', library, SEEDS_DIR]);
    if (imported.status !== 0) throw new Error(`importing the samples failed: ${imported.stderr}`);
  }
  options.setup?.(library);
  const server = await startServe(library, [], { firstRun: options.firstRun === true });
  const browser = await launchChromium();
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    locale: 'zh-CN',
  });
  const { blocked } = await blockNonLoopback(page);
  await page.goto(server.url);
  if (!options.empty) await page.getByTestId('doc-row').first().waitFor();
  return {
    server,
    browser,
    page,
    blocked,
    close: async () => {
      await browser.close();
      await server.stop();
      temp.remove();
    },
  };
}
