import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobStatus, ReportOptions, StartExport } from '../../shared/domain';
import { dispatch } from '../../shared/dispatch';
import { prepareDemoComparison } from '../../electron/cli/commands/demo';
import type { Core } from '../../electron/core';
import { codedPassages } from '../../electron/core/annotate/coded';
import { buildReportModel, loadComparison } from '../../electron/core/export/build-report';
import type { ReportModel } from '../../electron/core/export/report-model';
import { importAndWait, openTestCore } from '../helpers/core';
import { makeTempDir, REPO_ROOT, SEEDS_DIR } from '../helpers/paths';
import { SCREENSHOT_DIR } from '../helpers/browser';
import {
  docxToPdf,
  hasLibreOffice,
  pdfFonts,
  pdfPageCount,
  pdfPageToPng,
  pdfText,
  readDocx,
  squeeze,
} from './report-files';

const TOWNS = ['鹤山市', '南朗镇', '三乡镇', '小榄镇'];
const NOTE = '三乡镇把“工改”与招商引资挂钩，值得在访谈中追问。';
const COMMENT = '注意：此处“交验即发证”是审批改革的关键表述。';

describe('comparison reports, passage tables', () => {
  const temp = makeTempDir();
  const out = path.join(temp.dir, 'out');
  let core: Core;
  let comparisonId: number;
  let parentTagId: number;

  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const envelope = await dispatch(core.handlers, method as never, input);
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), envelope.error);
    return envelope.result as T;
  };
  const exportFile = async (request: StartExport): Promise<JobStatus> => {
    const { jobId } = await call<{ jobId: string }>('startExport', request);
    return core.jobs.wait(jobId);
  };
  const model = (options: ReportOptions = {}): ReportModel =>
    buildReportModel(
      core.library.db,
      loadComparison(core.library.db, core.paths.dictDir, { kind: 'comparison', id: comparisonId }),
      options,
    );
  const quotes = (m: ReportModel) => m.rows.flatMap((r) => r.cells.flatMap((c) => c.quotes));
  /** A quote's first 20 characters, stopping before a note marker the PDF puts inside it. */
  const opening = (quote: ReportModel['rows'][number]['cells'][number]['quotes'][number]) =>
    squeeze(
      Array.from(quote.text)
        .slice(0, Math.min(20, ...quote.comments.map((c) => c.end)))
        .join(''),
    );

  beforeAll(async () => {
    fs.mkdirSync(out, { recursive: true });
    core = openTestCore(path.join(temp.dir, 'library'));
    await importAndWait(core, [SEEDS_DIR]);
    comparisonId = (await prepareDemoComparison(core)).id;
    const comparison = loadComparison(core.library.db, core.paths.dictDir, {
      kind: 'comparison',
      id: comparisonId,
    });
    parentTagId = Number(comparison.theme.value);
    const firstRow = comparison.rows[0]!;
    await call('setCellNote', { rowId: firstRow.id, town: '三乡镇', note: NOTE });
    // A comment on a coded passage that the report quotes (小榄镇's 工改 section).
    const xiaolan = firstRow.cells.find((c) => c.town === '小榄镇')!.sections[0]!;
    const annotation = xiaolan.annotations[0]!;
    await call('updateAnnotation', { id: annotation.id, comment: COMMENT });
  }, 120_000);

  afterAll(async () => {
    await core.close();
    temp.remove();
  });

  it('writes a Word report: heading styles, one column per town, every quote once, citations, East Asian fonts', async () => {
    const file = path.join(out, '工改-比较报告.docx');
    const job = await exportFile({
      source: { kind: 'comparison', id: comparisonId },
      format: 'docx',
      path: file,
    });
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    expect(job.output).toBe(file);
    const docx = await readDocx(file);
    const expected = model();
    const headings = (style: string) =>
      docx.paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(headings('Heading1')).toEqual(['逐项比较', '共有表述', '数据对照', '资料来源']);
    expect(headings('Heading2')).toEqual(expected.rows.map((r) => r.label));
    expect(docx.xml).toContain('TOC \\h \\o &quot;1-3&quot;'); // contents from Heading 1–3
    expect(docx.xml).toContain('w:orient="landscape"'); // four towns: landscape pages

    for (const row of expected.rows) {
      const table = docx.tableAfter(row.label)!;
      expect(table.columns).toBe(4);
      expect(table.rows[0]).toEqual(TOWNS);
    }
    const allText = squeeze(
      [...docx.paragraphs.map((p) => p.text), ...docx.tables.flatMap((t) => t.rows.flat())].join(
        '\n',
      ),
    );
    const cited = quotes(expected);
    expect(cited.length).toBeGreaterThanOrEqual(8);
    // Each quote of the model appears once (a section quoted in two rows appears twice).
    const multiplicity = new Map<string, number>();
    for (const quote of cited) {
      const needle = squeeze(quote.text);
      multiplicity.set(needle, (multiplicity.get(needle) ?? 0) + 1);
    }
    for (const quote of cited) {
      const needle = squeeze(quote.text);
      expect(allText.split(needle).length - 1, needle.slice(0, 30)).toBe(multiplicity.get(needle));
      expect(allText).toContain(squeeze(quote.citation.text));
    }
    expect(cited.some((q) => /第 \d+ 页/.test(q.citation.text))).toBe(false); // text files have no pages
    expect(cited[0]!.citation.text).toMatch(/^.+镇|市 · \d{4}年 · .+/);
    expect(allText).toContain(squeeze(NOTE));
    expect(docx.footnotes.some((f) => f.includes(COMMENT))).toBe(true);
    expect(docx.runsWithoutEastAsiaFont).toBe(0);
    expect(docx.xml).toContain('w:eastAsia="宋体"');
    expect(docx.xml).toContain('w:eastAsia="黑体"');
    const figures = docx.tableAfter('数据对照')!;
    expect(figures.rows[0]).toEqual(['指标', ...TOWNS]);
    expect(figures.rows.length).toBeGreaterThan(3);
    const sources = docx.paragraphs.filter((p) => /^\[\d+\] /.test(p.text));
    expect(sources.length).toBe(expected.sources.length);
    expect(sources.map((s) => s.text).join('\n')).toContain(
      '文件名：xiaolan-2023-year-end-summary.txt',
    );
  });

  it('turns the Word report into pages that show Chinese (LibreOffice → PDF → PNG)', async (ctx) => {
    if (!hasLibreOffice()) ctx.skip(); // CI installs libreoffice-writer-nogui; say so locally
    const file = path.join(out, '工改-比较报告.docx');
    const pdf = docxToPdf(file, path.join(out, 'lo'));
    const text = squeeze(pdfText(pdf));
    for (const town of TOWNS) expect(text).toContain(town);
    for (const quote of quotes(model())) expect(text).toContain(opening(quote));
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    pdfPageToPng(pdf, 1, path.join(SCREENSHOT_DIR, 'report-docx-title.png'));
    pdfPageToPng(pdf, 3, path.join(SCREENSHOT_DIR, 'report-docx-table.png'));
    expect(fs.statSync(path.join(SCREENSHOT_DIR, 'report-docx-table.png')).size).toBeGreaterThan(
      10_000,
    );
  }, 240_000);

  it('writes the same report as PDF: every town and quote, plausible pages, fonts embedded', async () => {
    const file = path.join(out, '工改-比较报告.pdf');
    const job = await exportFile({
      source: { kind: 'comparison', id: comparisonId },
      format: 'pdf',
      path: file,
    });
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    const text = squeeze(pdfText(file));
    for (const town of TOWNS) expect(text).toContain(town);
    for (const quote of quotes(model())) expect(text).toContain(opening(quote));
    expect(text).toContain('第1页/共');
    const pages = pdfPageCount(file);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pages).toBeLessThanOrEqual(40);
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    pdfPageToPng(file, 1, path.join(SCREENSHOT_DIR, 'report-pdf-title.png'));
    pdfPageToPng(file, 3, path.join(SCREENSHOT_DIR, 'report-pdf-table.png'));
  }, 120_000);

  it('follows the options: English headings, chosen towns, Word comments, source footnotes', async () => {
    const file = path.join(out, 'en.docx');
    const options: ReportOptions = {
      language: 'en',
      towns: ['小榄镇', '三乡镇'],
      comments: 'comments',
      citations: 'footnotes',
      figures: false,
      title: 'Industrial land renewal',
    };
    const job = await exportFile({
      source: { kind: 'comparison', id: comparisonId },
      format: 'docx',
      path: file,
      options,
    });
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    const docx = await readDocx(file);
    const headings = docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual(expect.arrayContaining(['Comparison', 'Sources']));
    expect(headings).not.toContain('Figures'); // figures: false
    expect(docx.xml).not.toContain('逐项比较');
    expect(docx.paragraphs.some((p) => p.text === 'Industrial land renewal')).toBe(true);
    const table = docx.tableAfter(model().rows[0]!.label)!;
    expect(table.rows[0]).toEqual(['小榄镇', '三乡镇']);
    expect(docx.xml).not.toContain('w:orient="landscape"');
    expect(docx.comments.some((c) => c.includes(COMMENT))).toBe(true);
    expect(docx.footnotes.some((f) => f.includes('File: '))).toBe(true);
  });

  it('exports a tag’s coded passages to Excel (one row per passage, code × town sheet) and CSV with a BOM', async () => {
    const xlsx = path.join(out, 'passages.xlsx');
    const job = await exportFile({
      source: { kind: 'tag', tagId: parentTagId },
      format: 'xlsx',
      path: xlsx,
    });
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    const passages = codedPassages(core.library.db, {
      tagId: parentTagId,
      includeChildren: true,
      limit: 100_000,
    });
    expect(passages.length).toBeGreaterThan(20);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const [sheet, matrix] = workbook.worksheets;
    expect(sheet!.name).toBe('编码段');
    expect(sheet!.rowCount - 1).toBe(passages.length);
    expect((sheet!.getRow(1).values as string[]).slice(1, 4)).toEqual(['编码路径', '镇街', '县区']);
    expect(String(sheet!.getRow(2).getCell(1).value)).toMatch(/^工改 \/ /);
    expect(matrix!.name).toBe('编码×镇街');
    expect((matrix!.getRow(1).values as string[]).slice(2)).toEqual(expect.arrayContaining(TOWNS));

    const csv = path.join(out, 'passages.csv');
    expect(
      (await exportFile({ source: { kind: 'tag', tagId: parentTagId }, format: 'csv', path: csv }))
        .state,
    ).toBe('done');
    const text = fs.readFileSync(csv, 'utf8');
    expect(text.startsWith('\ufeff编码路径,镇街,县区,地市,年份,文档')).toBe(true);
    for (const p of passages) expect(text).toContain(p.quote.slice(0, 10));
  });

  it('never replaces a file without being told, and a cancelled export leaves nothing behind', async () => {
    const file = path.join(out, 'keep.docx');
    fs.writeFileSync(file, 'the researcher’s own file');
    const refused = await dispatch(core.handlers, 'startExport', {
      source: { kind: 'comparison', id: comparisonId },
      format: 'docx',
      path: file,
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('FILE_EXISTS');
      expect(refused.error.file).toBe(file);
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('the researcher’s own file');
    const replaced = await exportFile({
      source: { kind: 'comparison', id: comparisonId },
      format: 'docx',
      path: file,
      overwrite: true,
    });
    expect(replaced.state).toBe('done');
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');

    const cancelledFile = path.join(out, 'cancelled.pdf');
    const { jobId } = await call<{ jobId: string }>('startExport', {
      source: { kind: 'comparison', id: comparisonId },
      format: 'pdf',
      path: cancelledFile,
    });
    core.jobs.cancel(jobId);
    expect((await core.jobs.wait(jobId)).state).toBe('cancelled');
    expect(fs.existsSync(cancelledFile)).toBe(false);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('lists what was written in the Reports view, newest first, with sizes', async () => {
    const records = await call<{ path: string; format: string; bytes: number; exists: boolean }[]>(
      'listExports',
      {},
    );
    expect(records.map((r) => path.basename(r.path))).toEqual(
      expect.arrayContaining([
        '工改-比较报告.docx',
        '工改-比较报告.pdf',
        'passages.xlsx',
        'passages.csv',
      ]),
    );
    expect(records.every((r) => r.bytes > 0 && r.exists)).toBe(true);
    expect(records.some((r) => r.path.endsWith('cancelled.pdf'))).toBe(false);
    expect(REPO_ROOT).toBeTruthy();
  });
});
