import { BrowserWindow } from 'electron';
import { AppError } from '../../shared/errors';
import type { PdfPrinter, PrintOptions } from '../core/export/pdf-printer';

/**
 * Prints report HTML with Electron's own Chromium (`webContents.printToPDF`), so the installed
 * app needs no separate browser. Each print uses a hidden window that runs no script, has no
 * preload and may not navigate; it is destroyed afterwards or when the timeout passes.
 */
export function createElectronPrinter(): PdfPrinter {
  return {
    async print(html: string, options: PrintOptions): Promise<Uint8Array> {
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          webSecurity: true,
          spellcheck: false,
        },
      });
      window.webContents.on('will-navigate', (event) => event.preventDefault());
      window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new AppError(
                'INTERNAL',
                `Printing the PDF took longer than ${options.timeoutMs / 1000} s.`,
              ),
            ),
          options.timeoutMs,
        );
      });
      try {
        const printing = (async () => {
          await window.loadURL(
            `data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`,
          );
          return window.webContents.printToPDF({
            pageSize: options.paper,
            preferCSSPageSize: true,
            printBackground: true,
            displayHeaderFooter: true,
            headerTemplate: '<span></span>',
            footerTemplate: options.footerTemplate,
          });
        })();
        return new Uint8Array(await Promise.race([printing, timeout]));
      } finally {
        clearTimeout(timer);
        window.destroy();
      }
    },
    close: () => Promise.resolve(),
  };
}
