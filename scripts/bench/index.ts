import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../../electron/core';
import { countDocuments } from '../../electron/core/library/documents';
import { benchAnnotate } from './annotate-bench';
import { benchBrowser } from './browser-bench';
import { benchCompare } from './compare-bench';
import { generateCorpus } from './corpus';
import { benchExport } from './export-bench';
import { benchImport } from './import-bench';
import { jiebaBaselineChild, runJiebaBaseline } from './jieba-baseline';
import { RssSampler } from './memory';
import { benchOcr } from './ocr-bench';
import { benchResponsiveness } from './responsiveness-bench';
import { printTable, type Row } from './row';
import { benchSearch } from './search-bench';

/**
 * `npm run bench [-- --docs N] [--only NAME]`: every figure beside a baseline measured in the
 * same run, so the ratios hold on any machine (see docs/performance.md).
 */
const GROUPS = ['import', 'search', 'compare', 'annotate', 'export', 'browser', 'responsiveness', 'ocr'] as const;
type Group = (typeof GROUPS)[number];
/** Documents imported while the responsiveness group calls the API. */
const RESPONSIVENESS_DOCS = 1000;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const baselineFile = argument('jieba-baseline');
  if (baselineFile) return runJiebaBaseline(baselineFile);

  const docs = Number(argument('docs') ?? 10_000);
  const only = argument('only');
  if (only !== undefined && !GROUPS.includes(only as Group)) {
    throw new Error(`--only takes one of: ${GROUPS.join(', ')}`);
  }
  const runs = (group: Group) => only === undefined || only === group;
  const root = path.resolve(__dirname, '../..');
  const cache = path.join(root, 'bench/.cache');
  const rows: Row[] = [];

  // Every group but OCR needs the library, so the import always runs (it is measured too).
  if (only !== 'ocr') {
    console.error(`bench: corpus of ${docs} documents (cached in bench/.cache) …`);
    const corpus = await generateCorpus(path.join(root, 'seeds'), cache, docs);
    // --library DIR keeps the library for profiling; one that has documents is not re-imported.
    const kept = argument('library');
    const library = kept ?? fs.mkdtempSync(path.join(os.tmpdir(), 'policylens-bench-'));
    const core = openCore({ libraryDir: library });
    const reuse = kept !== undefined && countDocuments(core.library.db) > 0;
    const rss = new RssSampler();
    try {
      if (!reuse) {
        console.error('bench: import …');
        rss.phase('import');
        await benchImport(core, corpus, jiebaBaselineChild(__filename, corpus.textFile), rows);
      }
      const phases: [Group, () => Promise<void> | void][] = [
        ['search', () => benchSearch(core, rows)],
        ['compare', () => benchCompare(core, rows)],
        ['annotate', () => benchAnnotate(core, rows)],
        ['export', () => benchExport(core, rows)],
        ['browser', () => benchBrowser(core, rows)],
        [
          'responsiveness',
          async () => {
            const extra = await generateCorpus(path.join(root, 'seeds'), cache, RESPONSIVENESS_DOCS, 7);
            await benchResponsiveness(core, extra, rows);
          },
        ],
      ];
      for (const [group, run] of phases) {
        if (!runs(group)) continue;
        console.error(`bench: ${group} …`);
        rss.phase(group);
        await run();
      }
      rows.push(rss.row(docs));
    } finally {
      rss.stop();
      await core.close();
      if (!kept) fs.rmSync(library, { recursive: true, force: true });
    }
  }
  if (runs('ocr')) {
    console.error('bench: ocr …');
    await benchOcr(root, rows);
  }

  printTable(rows);
  fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'bench/results.json'),
    JSON.stringify({ docs, only: only ?? null, cpus: os.availableParallelism(), rows }, null, 2),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
