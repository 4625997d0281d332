import fs from 'node:fs';
import { toCsv } from '../../../shared/csv';
import { writeFileAtomic } from '../files/atomic-write';
import { getSettings } from '../settings/settings';
import type { TaskRunner } from '../jobs/task-context';
import { buildReportModel, loadComparison } from './build-report';
import { buildPassageTable } from './passage-table';
import { renderReportDocx } from './report-docx';
import { pdfFooterTemplate, renderReportHtml } from './report-html';
import { writePassageWorkbook } from './render-xlsx';

/** Printing a long report takes seconds; a minute and more means the browser hangs. */
const PRINT_TIMEOUT_MS = 180_000;

/**
 * An export job: a report (.docx, .pdf) or a passage table (.xlsx, .csv) written in one piece
 * (temporary file, then renamed), with a progress step per stage and cancel between stages.
 */
export const runExport: TaskRunner<'export'> = async (ctx, params) => {
  const { db } = ctx.library;
  const { source, format, options = {} } = params;
  const steps = 3;
  ctx.progress(0, steps, 'compare');
  const overwrite = { overwrite: params.overwrite === true };

  if (format === 'xlsx' || format === 'csv') {
    const table = buildPassageTable(db, ctx.dictDir, source, options);
    ctx.checkCancelled();
    ctx.progress(1, steps, 'write');
    await writeFileAtomic(
      params.path,
      (temporary) =>
        format === 'xlsx'
          ? writePassageWorkbook(table, temporary)
          : fs.writeFileSync(temporary, toCsv(table.passages.header, table.passages.rows)),
      overwrite,
    );
    ctx.progress(steps, steps, null);
    return params.path;
  }

  const settings = getSettings(db, ctx.library.dir);
  const model = buildReportModel(db, loadComparison(db, ctx.dictDir, source), {
    // The fonts chosen in Settings, unless this export picked its own.
    bodyFont: settings.reportBodyFont,
    headingFont: settings.reportHeadingFont,
    latinFont: settings.reportLatinFont,
    ...options,
  });
  ctx.checkCancelled();
  ctx.progress(1, steps, 'render');
  const bytes =
    format === 'docx'
      ? await renderReportDocx(model)
      : await ctx.printPdf(renderReportHtml(model), {
          paper: model.style.paper,
          footerTemplate: pdfFooterTemplate(model),
          timeoutMs: PRINT_TIMEOUT_MS,
        });
  ctx.checkCancelled();
  ctx.progress(2, steps, 'write');
  await writeFileAtomic(params.path, (temporary) => fs.writeFileSync(temporary, bytes), overwrite);
  ctx.progress(steps, steps, null);
  return params.path;
};
