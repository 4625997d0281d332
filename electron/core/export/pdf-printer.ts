/** Paper sizes the report options offer; orientation comes from the HTML's @page rules. */
export type PaperSize = 'A4' | 'A3' | 'Letter';

export interface PrintOptions {
  paper: PaperSize;
  /** Chromium header/footer template (page numbers: <span class="pageNumber">). */
  footerTemplate: string;
  /** The printer gives up (PRINTER_MISSING is for a missing browser; this is a hang). */
  timeoutMs: number;
}

/**
 * Turns a self-contained HTML page into PDF bytes. The core never imports Electron: the app
 * injects a printer built on `webContents.printToPDF`; the CLI, the server and tests use
 * headless Chromium (see chromium-printer).
 */
export interface PdfPrinter {
  print(html: string, options: PrintOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}
