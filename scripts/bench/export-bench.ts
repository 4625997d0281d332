import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '../../electron/core';
import { ms } from './measure';
import type { Row } from './row';

/** Twenty sub-themes: a 20-row comparison, as a long report would have. */
const THEMES = [
  '工改', '营商环境', '乡村振兴', '招商引资', '产业', '园区', '土地', '项目', '农村', '城市',
  '改造', '投资', '企业', '民生', '教育', '医疗', '环境', '交通', '文化', '安全',
];

/** Runs one export job to its end, sampling this process's memory while it runs. */
async function timedExport(
  core: Core,
  request: unknown,
): Promise<{ ms: number; peakMb: number; growthMb: number; file: string }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const started = performance.now();
  const { jobId, path: file } = (await core.handlers.startExport(request as never)) as { jobId: string; path: string };
  const final = await core.jobs.wait(jobId);
  const elapsed = performance.now() - started;
  clearInterval(sampler);
  if (final.state !== 'done') throw new Error(`export failed: ${final.error?.message}`);
  return { ms: elapsed, peakMb: peak / 1024 / 1024, growthMb: (peak - before) / 1024 / 1024, file };
}

function pdfPages(file: string): string {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return /Pages:\s+(\d+)/.exec(info.stdout ?? '')?.[1] ?? '?';
}

/** A 30-town, 20-row comparison with figures, exported to .docx and .pdf as the app does. */
export async function benchExport(core: Core, rows: Row[]): Promise<void> {
  const db = core.library.db;
  const towns = (
    db
      .prepare('SELECT town FROM documents WHERE town IS NOT NULL GROUP BY town ORDER BY count(*) DESC LIMIT 30')
      .all() as { town: string }[]
  ).map((r) => r.town);
  const documentIds = towns.flatMap((town) =>
    (db.prepare('SELECT id FROM documents WHERE town = ? ORDER BY id LIMIT 10').all(town) as { id: number }[]).map(
      (r) => r.id,
    ),
  );
  const saved = core.handlers.saveComparison({
    name: 'bench-30-towns',
    theme: { kind: 'query', value: THEMES.join(' OR ') },
    scope: { towns, documentIds },
  }) as { id: number };

  // Baseline: computing the comparison itself (what the report is made from), in this thread.
  const started = performance.now();
  core.handlers.getComparison({ id: saved.id });
  const compareMs = performance.now() - started;

  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'policylens-bench-export-'));
  try {
    const source = { kind: 'comparison', id: saved.id };
    const docx = await timedExport(core, { source, format: 'docx', path: path.join(out, 'bench.docx') });
    const pdf = await timedExport(core, { source, format: 'pdf', path: path.join(out, 'bench.pdf') });
    const pages = pdfPages(pdf.file);
    rows.push({
      figure: `report .docx, ${towns.length} towns × ${THEMES.length} rows + figures (${Math.round(fs.statSync(docx.file).size / 1024)} KB)`,
      value: ms(docx.ms),
      baseline: `computing the comparison: ${ms(compareMs)}`,
      ratio: compareMs / docx.ms,
      target: '≤ 3 s',
      pass: docx.ms <= 3000,
    });
    rows.push({
      figure: `report .pdf, same comparison (${pages} pages)`,
      value: ms(pdf.ms),
      baseline: `computing the comparison: ${ms(compareMs)}`,
      ratio: compareMs / pdf.ms,
      target: '≤ 10 s',
      pass: pdf.ms <= 10_000,
    });
    rows.push({
      figure: 'memory an export adds to the process at its peak, .docx / .pdf (Chromium not counted)',
      value: `+${Math.round(docx.growthMb)} / +${Math.round(pdf.growthMb)} MB (peak ${Math.round(Math.max(docx.peakMb, pdf.peakMb))} MB)`,
      baseline: '—',
      ratio: null,
      target: 'reported',
      pass: null,
    });
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}
