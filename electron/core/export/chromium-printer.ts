import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { PdfPrinter, PrintOptions } from './pdf-printer';

/** Where Chromium-family browsers usually are; CHROME_PATH wins. */
const CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

/** Flags for a headless print-only browser that never talks to the network. */
export const HEADLESS_CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROME_PATH) {
    if (fs.existsSync(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new AppError(
      'PRINTER_MISSING',
      `CHROME_PATH points to ${env.CHROME_PATH}, which does not exist.`,
      env.CHROME_PATH,
    );
  }
  const found = (CANDIDATES[process.platform] ?? []).find((candidate) => fs.existsSync(candidate));
  if (found) return found;
  throw new AppError(
    'PRINTER_MISSING',
    'PDF export needs Chromium, Google Chrome or Microsoft Edge. Install one, or set CHROME_PATH to its program file. (.docx export works without it.)',
  );
}

/**
 * Prints with a headless Chromium driven by playwright-core (no browser download: it uses the
 * one on this machine). One browser per print keeps a crash or hang from outliving its job.
 */
export function createChromiumPrinter(): PdfPrinter {
  return {
    async print(html: string, options: PrintOptions): Promise<Uint8Array> {
      const executablePath = findChromium();
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath,
        args: HEADLESS_CHROMIUM_ARGS,
        timeout: options.timeoutMs,
      });
      try {
        const page = await browser.newPage();
        // The report is self-contained: refuse anything that would leave this machine.
        await page.route(/^(?!data:|about:)/, (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load', timeout: options.timeoutMs });
        const printing = page.pdf({
          format: options.paper,
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: options.footerTemplate,
        });
        return new Uint8Array(await withTimeout(printing, options.timeoutMs));
      } finally {
        await browser.close();
      }
    },
    close: () => Promise.resolve(),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AppError('INTERNAL', `Printing the PDF took longer than ${ms / 1000} s.`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
