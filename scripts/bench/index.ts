import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../../electron/core';
import { generateCorpus } from './corpus';

/**
 * `npm run bench [-- --docs N] [--only NAME]`: every figure beside a baseline measured in the
 * same run, so the ratios hold on any machine. Issue #10 adds the remaining figures.
 */
interface Row {
  figure: string;
  value: string;
  baseline: string;
  ratio: number | null;
  target: string;
  pass: boolean | null;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function benchImport(files: string[], rows: Row[]): Promise<void> {
  const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  const megabytes = bytes / 1024 / 1024;

  // Baseline: the least any import must do, on one thread — read, decode and hash each file.
  let started = performance.now();
  for (const file of files) {
    const data = fs.readFileSync(file);
    crypto.createHash('sha256').update(new TextDecoder().decode(data)).digest();
  }
  const baselineRate = megabytes / ((performance.now() - started) / 1000);

  const library = fs.mkdtempSync(path.join(os.tmpdir(), 'policylens-bench-'));
  const core = openCore({ libraryDir: library });
  try {
    started = performance.now();
    const job = core.jobs.startImport([path.dirname(files[0]!)]);
    const final = await core.jobs.wait(job.id);
    const rate = megabytes / ((performance.now() - started) / 1000);
    const imported = final.outcomes.filter((o) => o.status === 'imported').length;
    rows.push({
      figure: `import throughput (${imported} docs, ${megabytes.toFixed(1)} MB)`,
      value: `${rate.toFixed(1)} MB/s`,
      baseline: `${baselineRate.toFixed(1)} MB/s read+decode+hash`,
      ratio: rate / baselineRate,
      target: 'reported (segmentation baseline arrives with search, #4)',
      pass: null,
    });
    const dbBytes = fs.statSync(path.join(library, 'library.sqlite')).size;
    rows.push({
      figure: 'library size on disk / raw text',
      value: `${(dbBytes / 1024 / 1024).toFixed(1)} MB`,
      baseline: `${megabytes.toFixed(1)} MB`,
      ratio: dbBytes / bytes,
      target: 'reported',
      pass: null,
    });
  } finally {
    await core.close();
    fs.rmSync(library, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const docs = Number(argument('docs') ?? 10_000);
  const only = argument('only');
  const root = path.resolve(__dirname, '../..');
  const files = generateCorpus(path.join(root, 'seeds'), path.join(root, 'bench/.cache', `corpus-${docs}`), docs);
  const rows: Row[] = [];
  if (!only || only === 'import') await benchImport(files, rows);

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
