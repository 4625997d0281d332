import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodejieba from 'nodejieba';
import { openCore, type Core } from '../../electron/core';
import { generateCorpus } from './corpus';
import type { Row } from './row';
import { benchAnnotate } from './annotate-bench';
import { benchCompare } from './compare-bench';
import { benchExport } from './export-bench';
import { benchOcr } from './ocr-bench';
import { benchSearch } from './search-bench';

/**
 * `npm run bench [-- --docs N] [--only NAME]`: every figure beside a baseline measured in the
 * same run, so the ratios hold on any machine. Issue #10 adds the remaining figures.
 */
function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function benchImport(core: Core, files: string[], rows: Row[]): Promise<void> {
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1024 / 1024;

  // Baseline: jieba's own segmentation rate on the same text, one thread, nothing else.
  let started = performance.now();
  for (const text of texts) nodejieba.cutForSearch(text);
  const jiebaRate = megabytes / ((performance.now() - started) / 1000);

  started = performance.now();
  const job = core.jobs.startImport([path.dirname(files[0] as string)]);
  const final = await core.jobs.wait(job.id);
  const rate = megabytes / ((performance.now() - started) / 1000);
  const imported = final.outcomes.filter((o) => o.status === 'imported').length;
  rows.push({
    figure: `import throughput, all cores (${imported} docs, ${megabytes.toFixed(1)} MB)`,
    value: `${rate.toFixed(2)} MB/s`,
    baseline: `jieba alone, 1 thread: ${jiebaRate.toFixed(2)} MB/s`,
    ratio: rate / jiebaRate,
    target: '≥ 1.2×',
    pass: rate / jiebaRate >= 1.2,
  });
  const dbBytes = fs.statSync(path.join(core.library.dir, 'library.sqlite')).size;
  rows.push({
    figure: 'library size on disk / raw text',
    value: `${(dbBytes / 1024 / 1024).toFixed(1)} MB`,
    baseline: `${megabytes.toFixed(1)} MB text`,
    ratio: megabytes / (dbBytes / 1024 / 1024),
    target: 'reported',
    pass: null,
  });
}

async function main(): Promise<void> {
  const docs = Number(argument('docs') ?? 10_000);
  const only = argument('only');
  const root = path.resolve(__dirname, '../..');
  const files = generateCorpus(path.join(root, 'seeds'), path.join(root, 'bench/.cache', `corpus-${docs}`), docs);
  const rows: Row[] = [];
  const library = fs.mkdtempSync(path.join(os.tmpdir(), 'policylens-bench-'));
  const core = openCore({ libraryDir: library });
  try {
    if (only === 'ocr') {
      await benchOcr(root, rows);
    } else {
      await benchImport(core, files, rows);
      if (!only || only === 'search') benchSearch(core, rows);
      if (!only || only === 'compare') benchCompare(core, rows);
      if (!only || only === 'annotate') await benchAnnotate(core, rows);
      if (!only || only === 'export') await benchExport(core, rows);
    }
    if (!only) await benchOcr(root, rows);
    rows.push({
      figure: `peak RSS of the core process (${docs} docs)`,
      value: `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
      baseline: '—',
      ratio: null,
      target: '≤ 400 MB',
      pass: process.resourceUsage().maxRSS / 1024 <= 400,
    });
  } finally {
    await core.close();
    fs.rmSync(library, { recursive: true, force: true });
  }

  console.table(
    rows.map((r) => ({
      figure: r.figure,
      value: r.value,
      baseline: r.baseline,
      ratio: r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
      target: r.target,
      result: r.pass === null ? '—' : r.pass ? 'PASS' : 'FAIL',
    })),
  );
  fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/results.json'), JSON.stringify({ docs, rows }, null, 2));
}

void main();
