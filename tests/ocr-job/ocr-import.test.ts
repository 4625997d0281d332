import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { MethodName } from '../../shared/api';
import { callContract } from '../../electron/cli/shared';
import { importAndWait, openTestCore } from '../helpers/core';
import { runCli } from '../helpers/cli';
import { documentHtml, imagePageHtml, launchPdfMaker } from '../helpers/fixtures/make-pdf';
import { CLI_BUNDLE, makeTempDir, REPO_ROOT, SEEDS_DIR } from '../helpers/paths';

const SCANS = path.join(REPO_ROOT, 'tests/fixtures/scans');
const HESHAN = path.join(SCANS, 'heshan-2023-simp.pdf');
const XIAOLAN = path.join(SCANS, 'xiaolan-2023-trad.pdf');

interface DocJson {
  id: number;
  town: string | null;
  needs_ocr: boolean;
  ocr_pages: number;
  ocr_confidence: number | null;
}

/** Scans become searchable text: import → OCR → the same cleaning, metadata and index. */
describe('OCR of imported scans', () => {
  const temp = makeTempDir();
  const library = path.join(temp.dir, 'library');
  afterAll(() => temp.remove());

  it('imports the simplified scan with page progress, lands under 鹤山市 with a confidence, and finds 8328亩', () => {
    const imported = runCli(['import', '--library', library, HESHAN], { timeout: 240_000 });
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/OCR \[page 3\/3\]/);
    expect(imported.stdout).toMatch(/ocr done\s+#1/);
    const docs = JSON.parse(runCli(['docs', '--library', library, '--json']).stdout) as DocJson[];
    expect(docs).toHaveLength(1);
    expect(docs[0]!.town).toBe('鹤山市');
    expect(docs[0]!.needs_ocr).toBe(false);
    expect(docs[0]!.ocr_pages).toBe(3);
    expect(docs[0]!.ocr_confidence).toBeGreaterThan(70);
    const search = runCli(['search', '--library', library, '--json', '8328亩']);
    expect(search.status).toBe(0);
    expect((JSON.parse(search.stdout) as { hits: unknown[] }).hits.length).toBeGreaterThan(0);
  }, 300_000);

  it('reads the traditional scan as traditional and lands it under 小榄镇; page 2’s phrase is found on page 2', async () => {
    const imported = runCli(['import', '--library', library, XIAOLAN], { timeout: 240_000 });
    expect(imported.status, imported.stderr).toBe(0);
    const core = openTestCore(library);
    try {
      const doc = (await call(core, 'listDocuments', {})).find(
        (d) => d.fileName === 'xiaolan-2023-trad.pdf',
      )!;
      expect(doc.town).toBe('小榄镇');
      const pages = await call(core, 'ocrPages', { docId: doc.id });
      expect(pages.map((p) => p.lang)).toEqual(['chi_tra', 'chi_tra', 'chi_tra']);
      const reference = fs
        .readFileSync(path.join(SCANS, 'xiaolan-2023-trad/002.txt'), 'utf8')
        .replace(/\s+/g, '');
      const phrase = Array.from(reference).slice(40, 48).join('');
      const detail = await call(core, 'getDocument', { id: doc.id });
      const page2 = detail.pageList.find((p) => p.number === 2)!;
      const result = await call(core, 'search', { query: `"${phrase}"`, limit: 10 });
      const highlights = result.hits.filter((h) => h.docId === doc.id).flatMap((h) => h.highlights);
      expect(highlights.length, phrase).toBeGreaterThan(0);
      expect(highlights.some((h) => h.start >= page2.start && h.start < page2.end)).toBe(true);
    } finally {
      await core.close();
    }
  }, 300_000);
});

const call = <M extends MethodName>(core: Core, method: M, input: unknown) =>
  callContract(core, method, input);

describe('which pages OCR reads', () => {
  const temp = makeTempDir();
  let core: Core;
  let textPdf: string;
  let mixedPdf: string;

  beforeAll(async () => {
    const maker = await launchPdfMaker();
    const text = fs.readFileSync(path.join(SEEDS_DIR, 'nanlang-2021-work-plan.txt'), 'utf8');
    textPdf = await maker.pdf(
      documentHtml('南朗镇', text),
      path.join(temp.dir, 'nanlang-text.pdf'),
    );
    const scan = fs.readFileSync(path.join(SCANS, 'heshan-2023-simp/002.png'));
    mixedPdf = await maker.pdf(
      documentHtml('南朗镇', text.slice(0, 1500), imagePageHtml(scan)),
      path.join(temp.dir, 'mixed.pdf'),
    );
    await maker.close();
    core = openTestCore(path.join(temp.dir, 'library'));
  }, 120_000);

  afterAll(async () => {
    await core.close();
    temp.remove();
  });

  it('leaves a PDF with a good text layer alone, and reads only the scanned page of a mixed PDF', async () => {
    const job = await importAndWait(core, [textPdf, mixedPdf]);
    const byFile = new Map(job.outcomes.map((o) => [path.basename(o.file), o]));
    expect(byFile.get('nanlang-text.pdf')?.needsOcr).toBeUndefined();
    const mixedId = byFile.get('mixed.pdf')!.docId!;
    const textId = byFile.get('nanlang-text.pdf')!.docId!;
    expect(await call(core, 'ocrPages', { docId: textId })).toEqual([]);
    // The text fills the first pages; the scan is the last page, and only it waits for OCR.
    const detailBefore = await call(core, 'getDocument', { id: mixedId });
    const scanned = detailBefore.pages!;
    const waiting = await call(core, 'ocrPages', { docId: mixedId });
    expect(waiting.map((p) => [p.page, p.status])).toEqual([[scanned, 'queued']]);

    const { jobId } = await call(core, 'startOcr', { docIds: [mixedId] });
    const ocr = await core.jobs.wait(jobId);
    expect(ocr.state, JSON.stringify(ocr.error)).toBe('done');
    expect(ocr.total).toBe(1);
    const detail = await call(core, 'getDocument', { id: mixedId });
    expect(detail.needsOcr).toBe(false);
    const scannedPage = detail.pageList.find((p) => p.number === scanned)!;
    const reference = fs.readFileSync(path.join(SCANS, 'heshan-2023-simp/002.txt'), 'utf8');
    const opening = Array.from(reference.replace(/\s+/g, '')).slice(0, 12).join('');
    expect(
      Array.from(detail.text)
        .slice(scannedPage.start, scannedPage.end)
        .join('')
        .replace(/\s+/g, ''),
    ).toContain(opening.slice(2, 10));
  }, 240_000);
});

describe('an OCR run cut off by a crash', () => {
  const temp = makeTempDir();
  afterAll(() => temp.remove());

  it('resumes at the first unfinished page; pages already read are not read again', async () => {
    const library = path.join(temp.dir, 'library');
    const child = spawn(
      process.execPath,
      [CLI_BUNDLE, 'import', '--library', library, '--ocr-workers', '1', XIAOLAN],
      { stdio: 'ignore' },
    );
    const dbFile = path.join(library, 'library.sqlite');
    const donePages = () => {
      if (!fs.existsSync(dbFile)) return [];
      const db = new Database(dbFile, { readonly: true, fileMustExist: true });
      try {
        return db
          .prepare(`SELECT page, updated_at FROM ocr_pages WHERE status = 'done' ORDER BY page`)
          .all() as { page: number; updated_at: string }[];
      } catch {
        return [];
      } finally {
        db.close();
      }
    };
    const started = Date.now();
    while (donePages().length === 0 && Date.now() - started < 180_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const before = donePages();
    expect(before.length).toBeGreaterThanOrEqual(1);
    expect(before.length).toBeLessThan(3);

    const resumed = runCli(['ocr', '--library', library], { timeout: 240_000 });
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain(`OCR: ${3 - before.length} of ${3 - before.length} pages`);
    const after = donePages();
    expect(after.map((p) => p.page)).toEqual([1, 2, 3]);
    for (const page of before) {
      expect(after.find((p) => p.page === page.page)?.updated_at).toBe(page.updated_at);
    }
    const docs = JSON.parse(runCli(['docs', '--library', library, '--json']).stdout) as DocJson[];
    expect(docs[0]!.town).toBe('小榄镇');
  }, 400_000);
});
