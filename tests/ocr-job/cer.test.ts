import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import UTIF from 'utif2';
import type { OcrLanguage } from '../../shared/domain';
import { chooseLanguage } from '../../electron/core/ocr/choose-language';
import { OcrPool } from '../../electron/core/ocr/ocr-pool';
import { renderPageImage } from '../../electron/core/ocr/page-images';
import { CLI_BUNDLE, makeTempDir, REPO_ROOT } from '../helpers/paths';

const SCANS = path.join(REPO_ROOT, 'tests/fixtures/scans');
const DOCUMENTS: { name: string; lang: OcrLanguage }[] = [
  { name: 'heshan-2023-simp', lang: 'chi_sim' },
  { name: 'xiaolan-2023-trad', lang: 'chi_tra' },
];

/** Edit distance over code points (one row at a time: pages are a few thousand characters). */
function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

const characters = (text: string) => Array.from(text.replace(/\s+/g, ''));

/** Character error rate on the scanned fixtures, against their exact text. */
describe('OCR accuracy on the fixture scans', () => {
  const temp = makeTempDir();
  const pool = new OcrPool({ size: 2, cacheDir: path.join(temp.dir, 'cache') });
  afterAll(async () => {
    await pool.close();
    temp.remove();
  });

  const pages = (name: string) =>
    fs
      .readdirSync(path.join(SCANS, name))
      .filter((f) => f.endsWith('.png'))
      .sort()
      .map((f) => path.join(SCANS, name, f));

  for (const { name, lang } of DOCUMENTS) {
    it(`reads ${name} with at most 2 % character errors`, async () => {
      const results = await Promise.all(
        pages(name).map(async (file) => {
          const image = await renderPageImage(fs.readFileSync(file), 'image', 1);
          const read = await pool.recognize(image.png, lang);
          const reference = characters(fs.readFileSync(file.replace(/\.png$/, '.txt'), 'utf8'));
          return {
            file,
            errors: editDistance(characters(read.text), reference),
            length: reference.length,
          };
        }),
      );
      const errors = results.reduce((sum, r) => sum + r.errors, 0);
      const length = results.reduce((sum, r) => sum + r.length, 0);
      for (const r of results) {
        console.log(
          `${name}/${path.basename(r.file)}: CER ${((r.errors / r.length) * 100).toFixed(2)} %`,
        );
      }
      expect(errors / length).toBeLessThanOrEqual(0.02);
    }, 120_000);
  }

  it('reads the image-only PDF page as well as the image itself', async () => {
    const pdf = fs.readFileSync(path.join(SCANS, 'heshan-2023-simp.pdf'));
    const image = await renderPageImage(pdf, 'pdf', 1);
    const read = await pool.recognize(image.png, 'chi_sim');
    const reference = characters(
      fs.readFileSync(path.join(SCANS, 'heshan-2023-simp/001.txt'), 'utf8'),
    );
    expect(editDistance(characters(read.text), reference) / reference.length).toBeLessThanOrEqual(
      0.02,
    );
  }, 120_000);

  it('reads a TIFF scan (decoded page by page) like the PNG', async () => {
    const png = fs.readFileSync(path.join(SCANS, 'heshan-2023-simp/003.png'));
    const image = await loadImage(png);
    const canvas = createCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const rgba = context.getImageData(0, 0, image.width, image.height).data;
    const tiff = Buffer.from(
      UTIF.encodeImage(new Uint8Array(rgba.buffer), image.width, image.height),
    );
    const read = await pool.recognize((await renderPageImage(tiff, 'image', 1)).png, 'chi_sim');
    const reference = characters(
      fs.readFileSync(path.join(SCANS, 'heshan-2023-simp/003.txt'), 'utf8'),
    );
    expect(editDistance(characters(read.text), reference) / reference.length).toBeLessThanOrEqual(
      0.02,
    );
    await expect(renderPageImage(tiff, 'image', 2)).rejects.toThrow(/no page 2/);
  }, 120_000);

  it('tells traditional from simplified on a first page', async () => {
    for (const { name, lang } of DOCUMENTS) {
      const png = (await renderPageImage(fs.readFileSync(pages(name)[0]!), 'image', 1)).png;
      expect((await chooseLanguage(pool, png)).lang, name).toBe(lang);
    }
  }, 120_000);
});

describe('OCR offline', () => {
  const temp = makeTempDir();
  afterAll(() => temp.remove());

  it('imports and reads a scan with every network call blocked (none is attempted)', () => {
    const log = path.join(temp.dir, 'network.log');
    const preload = path.join(REPO_ROOT, 'tests/fixtures/block-network/preload.cjs');
    const result = spawnSync(
      process.execPath,
      [
        CLI_BUNDLE,
        'import',
        '--library',
        path.join(temp.dir, 'library'),
        path.join(SCANS, 'heshan-2023-simp.pdf'),
      ],
      {
        encoding: 'utf8',
        timeout: 240_000,
        env: { ...process.env, NODE_OPTIONS: `--require ${preload}`, BLOCKED_NETWORK_LOG: log },
      },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/ocr done/);
    expect(fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '').toBe('');
  }, 300_000);
});
