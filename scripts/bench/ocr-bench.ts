import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OcrLanguage } from '../../shared/domain';
import { OcrPool } from '../../electron/core/ocr/ocr-pool';
import { renderPageImage } from '../../electron/core/ocr/page-images';
import type { Row } from './row';

const PAGES = 24;

interface Page {
  png: Buffer;
  lang: OcrLanguage;
}

/** The fixture scans (both languages), repeated to 24 pages, prepared as the OCR job does. */
async function fixturePages(root: string): Promise<{ pages: Page[]; files: string[] }> {
  const scans = path.join(root, 'tests/fixtures/scans');
  const files: string[] = [];
  const pages: Page[] = [];
  for (const name of ['heshan-2023-simp', 'xiaolan-2023-trad']) {
    for (const file of fs.readdirSync(path.join(scans, name)).filter((f) => f.endsWith('.png')).sort()) {
      const full = path.join(scans, name, file);
      files.push(full);
      const image = await renderPageImage(fs.readFileSync(full), 'image', 1);
      pages.push({ png: image.png, lang: name.endsWith('trad') ? 'chi_tra' : 'chi_sim' });
    }
  }
  const repeated = Array.from({ length: PAGES }, (_, i) => pages[i % pages.length] as Page);
  return { pages: repeated, files };
}

/** Pages per minute through a pool of `size` threads, and the memory each thread adds. */
async function run(pages: Page[], size: number, cacheDir: string): Promise<{ perMinute: number; mbPerWorker: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const pool = new OcrPool({ size, cacheDir });
  // Warm: every thread loads its model before the clock starts (as in a long batch).
  await Promise.all(Array.from({ length: size }, (_, i) => pool.recognize((pages[i] as Page).png, (pages[i] as Page).lang)));
  const started = performance.now();
  await Promise.all(pages.map((page) => pool.recognize(page.png, page.lang)));
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  clearInterval(sampler);
  return { perMinute: (pages.length / seconds) * 60, mbPerWorker: (peak - before) / 1024 / 1024 / size };
}

/** The `tesseract` command's pages per minute on the same pages, when it is installed. */
function tesseractCli(files: string[]): string {
  if (spawnSync('tesseract', ['--version']).status !== 0) return 'tesseract CLI not installed';
  const started = performance.now();
  for (let i = 0; i < PAGES; i++) {
    const file = files[i % files.length] as string;
    spawnSync('tesseract', [file, '-', '-l', file.includes('trad') ? 'chi_tra' : 'chi_sim'], { encoding: 'utf8' });
  }
  return `tesseract CLI: ${((PAGES / ((performance.now() - started) / 1000)) * 60).toFixed(1)} pages/min`;
}

/** OCR throughput: one thread against the pool on every core (issue #8: ≥ 1.7× on 2 cores). */
export async function benchOcr(root: string, rows: Row[]): Promise<void> {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylens-bench-ocr-'));
  try {
    const { pages, files } = await fixturePages(root);
    const cores = os.availableParallelism();
    const single = await run(pages, 1, cacheDir);
    const pool = await run(pages, cores, cacheDir);
    const ratio = pool.perMinute / single.perMinute;
    rows.push({
      figure: `OCR, ${PAGES} fixture pages (simplified + traditional), pool of ${cores}`,
      value: `${pool.perMinute.toFixed(1)} pages/min`,
      baseline: `1 thread: ${single.perMinute.toFixed(1)} pages/min; ${tesseractCli(files)}`,
      ratio,
      target: `≥ 1.7× on 2 cores`,
      pass: cores >= 2 ? ratio >= 1.7 : null,
    });
    rows.push({
      figure: 'memory per OCR thread (model + page buffers)',
      value: `${Math.round(pool.mbPerWorker)} MB`,
      baseline: `1 thread: ${Math.round(single.mbPerWorker)} MB`,
      ratio: null,
      target: 'reported',
      pass: null,
    });
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}
