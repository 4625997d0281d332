import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OcrPool } from '../../electron/core/ocr/ocr-pool';
import { runtimePaths } from '../../electron/core/runtime/paths';
import { AppError } from '../../shared/errors';
import { makeTempDir, REPO_ROOT } from '../helpers/paths';

const PAGE = path.join(REPO_ROOT, 'tests/fixtures/scans/heshan-2023-simp/001.png');

function listing(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

describe('starting the OCR engine', () => {
  const temp = makeTempDir();
  afterAll(() => temp.remove());

  it('ignores and removes a half-written language cache from an earlier crash, and writes none', async () => {
    const cacheDir = path.join(temp.dir, 'library', 'cache', 'ocr');
    fs.mkdirSync(cacheDir, { recursive: true });
    // What an interrupted fs.writeFile of the unpacked model used to leave: its first bytes.
    const real = fs.readFileSync(
      path.join(runtimePaths().tessdataDirs.chi_sim, 'chi_sim.traineddata.gz'),
    );
    fs.writeFileSync(path.join(cacheDir, 'chi_sim.traineddata'), real.subarray(0, 4096));
    const pool = new OcrPool({ size: 2, cacheDir });
    try {
      // Two threads starting together (the pool's normal start) and both pages read.
      const png = fs.readFileSync(PAGE);
      const pages = await Promise.all([
        pool.recognize(png, 'chi_sim'),
        pool.recognize(png, 'chi_sim'),
      ]);
      for (const page of pages) expect(page.text).toContain('百千万工程');
    } finally {
      await pool.close();
    }
    expect(listing(cacheDir)).toEqual([]);
  }, 120_000);

  it('fails the pages with OCR_ENGINE_FAILED when the language data is damaged', async () => {
    const langDir = path.join(temp.dir, 'damaged');
    fs.mkdirSync(langDir, { recursive: true });
    fs.writeFileSync(path.join(langDir, 'chi_sim.traineddata.gz'), 'not a model');
    const pool = new OcrPool({ size: 1, langPath: () => langDir });
    try {
      const started = Date.now();
      const error = (await pool
        .recognize(fs.readFileSync(PAGE), 'chi_sim')
        .catch((e: unknown) => e)) as AppError;
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe('OCR_ENGINE_FAILED');
      expect(error.message).toMatch(/language data for chi_sim is missing or damaged/);
      expect(error.file).toBe(path.join(langDir, 'chi_sim.traineddata.gz'));
      // At once, not after the start timeout.
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it.skipIf(process.platform === 'win32')(
    'gives up a start that hangs with OCR_ENGINE_FAILED instead of waiting forever, and later pages fail at once',
    async () => {
      // A language file that never finishes reading (a named pipe nobody writes to) stands for
      // a stuck engine start: a hung network drive, an antivirus holding the file.
      const langDir = path.join(temp.dir, 'stuck');
      fs.mkdirSync(langDir, { recursive: true });
      const fifo = path.join(langDir, 'chi_sim.traineddata.gz');
      execFileSync('mkfifo', [fifo]);
      const pool = new OcrPool({ size: 1, langPath: () => langDir, startTimeoutMs: 1500 });
      try {
        const png = fs.readFileSync(PAGE);
        const started = Date.now();
        const first = (await pool.recognize(png, 'chi_sim').catch((e: unknown) => e)) as AppError;
        const firstMs = Date.now() - started;
        expect(first.code).toBe('OCR_ENGINE_FAILED');
        expect(first.message).toMatch(/did not start within 2 s \(language chi_sim\)/);
        expect(first.file).toBe(langDir);
        expect(firstMs).toBeGreaterThanOrEqual(1400);
        expect(firstMs).toBeLessThan(15_000);
        // The next page of that language does not wait another timeout.
        const again = Date.now();
        await expect(pool.recognize(png, 'chi_sim')).rejects.toMatchObject({
          code: 'OCR_ENGINE_FAILED',
        });
        expect(Date.now() - again).toBeLessThan(1000);
      } finally {
        await pool.close();
        // Let the stuck read finish (with garbage) so its thread can end.
        const fd = fs.openSync(fifo, 'w');
        fs.writeSync(fd, 'x');
        fs.closeSync(fd);
      }
    },
    60_000,
  );
});
