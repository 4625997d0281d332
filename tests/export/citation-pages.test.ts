import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { buildReportModel, loadComparison } from '../../electron/core/export/build-report';
import { importAndWait, openTestCore } from '../helpers/core';
import { documentHtml, launchPdfMaker } from '../helpers/fixtures/make-pdf';
import { makeTempDir, SEEDS_DIR } from '../helpers/paths';
import { pdfText, squeeze } from './report-files';
import { spawnSync } from 'node:child_process';

/** Quotes from a PDF are cited with the page they start on, as printed in the PDF. */
describe('report citations of PDF sources', () => {
  const temp = makeTempDir();
  let core: Core;
  let pdf: string;

  beforeAll(async () => {
    const text = fs.readFileSync(path.join(SEEDS_DIR, 'sanxiang-2023-work-report.txt'), 'utf8');
    const maker = await launchPdfMaker();
    pdf = await maker.pdf(
      documentHtml('三乡镇政府工作报告', text),
      path.join(temp.dir, 'sanxiang.pdf'),
    );
    await maker.close();
    core = openTestCore(path.join(temp.dir, 'library'));
    const job = await importAndWait(core, [pdf]);
    expect(job.outcomes[0]?.status).toBe('imported');
  }, 120_000);

  afterAll(async () => {
    await core.close();
    temp.remove();
  });

  it('cites 第 N 页 and N is the PDF page where the quote starts', () => {
    const comparison = loadComparison(core.library.db, core.paths.dictDir, {
      kind: 'query',
      query: '工改',
    });
    const model = buildReportModel(core.library.db, comparison, { passages: 'excerpt' });
    const quotes = model.rows.flatMap((r) => r.cells.flatMap((c) => c.quotes));
    expect(quotes.length).toBeGreaterThan(0);
    const pages = Number(
      /Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1],
    );
    expect(pages).toBeGreaterThan(1);
    for (const quote of quotes) {
      const page = quote.citation.page;
      expect(page, quote.citation.text).not.toBeNull();
      expect(quote.citation.text).toContain(`第 ${page} 页`);
      const onPage = squeeze(
        spawnSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], {
          encoding: 'utf8',
        }).stdout,
      );
      expect(onPage).toContain(squeeze(quote.text).replace(/^……/, '').slice(0, 8));
    }
    expect(squeeze(pdfText(pdf)).length).toBeGreaterThan(1000);
  });
});
