import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { checkLibrary } from '../../electron/core/db/consistency';
import { MAX_PDF_PAGES, MAX_TEXT_FILE_BYTES } from '../../electron/core/ingest/limits';
import type { FileOutcome, JobStatus } from '../../shared/domain';
import { startServe } from '../helpers/cli';
import { openTestCore } from '../helpers/core';
import { makeDocx } from '../helpers/fixtures/docx';
import {
  binaryBytes,
  encodingNoise,
  encryptedOleDocx,
  fontMatrixPdf,
  gif,
  hostileHtml,
  textPagesPdf,
  truncated,
  withExternalImage,
  withXxe,
} from '../helpers/fixtures/hostile';
import { jpegSkeleton, makePng, makeTiff, pngHeaderOnly } from '../helpers/fixtures/images';
import { encryptedPdf, helveticaPdf } from '../helpers/fixtures/minimal-pdf';
import { writeZip } from '../helpers/fixtures/zip';
import { makeTempDir, SEEDS_DIR } from '../helpers/paths';

const MB = 1024 * 1024;
const RSS_LIMIT = 1.5 * 1024 * MB;

interface Doc {
  id: number;
  title: string;
  file_name: string;
  text: string;
  original_path: string;
}

type Expected =
  | { status: 'failed'; code: string; message: RegExp }
  | { status: 'imported' | 'duplicate'; check?: (doc: Doc | undefined) => void };

interface Kind {
  kind: string;
  name: string;
  expected: Expected;
}

/** Any code that, if it ran anywhere (parser thread, linkedom, pdf.js), would leave this file. */
function payload(file: string): string {
  return `require('fs').writeFileSync('${file}','x')`;
}

function rows(core: Core): Doc[] {
  return core.library.db
    .prepare('SELECT id, title, file_name, text, original_path FROM documents ORDER BY id')
    .all() as Doc[];
}

function partialFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.partial'));
}

function describeOutcome(outcome: FileOutcome | undefined): string {
  if (!outcome) return 'MISSING (no outcome)';
  if (outcome.status === 'failed') {
    return `failed [${outcome.error?.code}] ${outcome.error?.message}`;
  }
  return outcome.needsOcr ? `${outcome.status} (needs OCR)` : outcome.status;
}

/** Samples the resident memory of this process (parsers are threads of it) while `run` runs. */
async function withRssSampling<T>(run: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  try {
    const result = await run();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peak };
  } finally {
    clearInterval(timer);
  }
}

const HTML_FORBIDDEN =
  /<script|onerror|onload|onclick|onbegin|javascript:|http-equiv|evil\.example|require\(|writeFileSync|SCRIPT-WROTE|IFRAME-TEXT|SVG-TEXT|OBJECT-TEXT|INPUT-TEXT|MATH-TEXT/i;

describe('untrusted input: every kind in one import job (issue "Reliability and security")', () => {
  const temp = makeTempDir('policylens-untrusted-');
  const inbox = path.join(temp.dir, 'inbox');
  const library = path.join(temp.dir, 'library');
  const outside = path.join(temp.dir, 'outside');
  const pwned = path.join(outside, 'pwned');
  const canary = path.join(outside, 'canary-secret.png');
  const CANARY_TEXT = 'CANARY-SECRET-CONTENT-4b1d';
  const CANARY_ATIME = new Date('2001-01-01T00:00:00Z');
  const kinds: Kind[] = [];
  let core: Core;
  let job: JobStatus;
  let peakRss = 0;
  let baselineRss = 0;
  let docs: Doc[] = [];

  const put = (kind: string, name: string, data: string | Buffer, expected: Expected) => {
    fs.writeFileSync(path.join(inbox, name), data);
    kinds.push({ kind, name, expected });
  };
  const fail = (code: string, message: RegExp): Expected => ({ status: 'failed', code, message });
  const docFor = (name: string) => docs.find((d) => d.file_name === name);
  const outcomeFor = (name: string) => job.outcomes.find((o) => path.basename(o.file) === name);

  beforeAll(async () => {
    fs.mkdirSync(inbox);
    fs.mkdirSync(outside);
    fs.writeFileSync(canary, CANARY_TEXT);
    const seed = (name: string) => fs.readFileSync(path.join(SEEDS_DIR, name));

    // The two good files.
    put(
      'good seed (UTF-8 text)',
      'nanlang-2021-work-plan.txt',
      seed('nanlang-2021-work-plan.txt'),
      {
        status: 'imported',
      },
    );
    put(
      'good seed (UTF-8 text)',
      'sanxiang-2023-work-report.txt',
      seed('sanxiang-2023-work-report.txt'),
      { status: 'imported' },
    );

    // Text files.
    put('0-byte file', 'empty.txt', '', fail('FILE_EMPTY', /empty \(0 bytes\)/));
    put('white space only', 'blank.md', ' \n\t\r\n　\n', fail('FILE_EMPTY', /no text/));
    put('binary named .txt', 'program.txt', binaryBytes(), fail('FILE_BINARY', /binary data/));
    put('PNG named .txt', 'picture.txt', makePng(8, 8), fail('FILE_BINARY', /binary data/));
    put(
      'invalid UTF-8 (noise)',
      'noise.txt',
      encodingNoise(),
      fail('FILE_UNDECODABLE', /encoding is not recognised/),
    );
    put(
      'UTF-8 BOM, then invalid UTF-8',
      'bom-invalid.txt',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encodingNoise(600)]),
      fail('FILE_UNDECODABLE', /not valid UTF-8/),
    );
    put(
      'mixed encodings (UTF-8 + GBK halves)',
      'mixed-encodings.txt',
      Buffer.concat([
        Buffer.from(
          '横栏镇2022年工作总结：推进“工改”，拆除整理低效工业用地。\n'.repeat(20),
          'utf8',
        ),
        iconv.encode('横栏镇2023年工作计划：建设花木产业园，招商引资。\n'.repeat(20), 'gbk'),
      ]),
      fail('FILE_UNDECODABLE', /encoding/),
    );
    const huge = path.join(inbox, 'huge-300MB.txt');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 300 * MB); // sparse: must be refused by its size, before reading
    expect(300 * MB).toBeGreaterThan(MAX_TEXT_FILE_BYTES);
    kinds.push({
      kind: '300 MB text (sparse)',
      name: 'huge-300MB.txt',
      expected: fail('FILE_TOO_LARGE', /300\.0 MB; the limit for this format is 100\.0 MB/),
    });

    // Word.
    const base = await makeDocx([
      { text: '古镇镇2022年灯饰产业发展报告', heading: 1 },
      { text: '古镇镇推进灯饰产业转型升级，建设灯饰产业园。' },
    ]);
    put(
      'docx that is not a zip',
      'not-a-zip.docx',
      '这是一段伪装成 Word 的纯文本。',
      fail('FILE_CORRUPT', /not a Word document \(not a zip file\)/),
    );
    put(
      'docx cut off half-way',
      'truncated.docx',
      truncated(base, 0.5),
      fail('FILE_CORRUPT', /Word|damaged|zip/),
    );
    put(
      'zip bomb docx (ratio > 100)',
      'bomb-ratio.docx',
      writeZip([{ name: 'word/document.xml', data: Buffer.alloc(20 * MB, 0x20) }]),
      fail('FILE_UNSAFE', /zip bomb/),
    );
    put(
      'zip bomb docx (> 10,000 entries)',
      'bomb-entries.docx',
      writeZip(
        Array.from({ length: 10_001 }, (_, i) => ({ name: `p${i}.xml`, data: '', store: true })),
      ),
      fail('FILE_UNSAFE', /10001 parts/),
    );
    put(
      'docx with an XXE doctype',
      'xxe.docx',
      await withXxe(base, canary),
      fail('FILE_UNSAFE', /DOCTYPE/),
    );
    put(
      'password-protected docx',
      'encrypted.docx',
      encryptedOleDocx(),
      fail('FILE_ENCRYPTED', /password-protected/),
    );
    put(
      'docx with external r:link image to a canary file',
      'external-image.docx',
      await withExternalImage(
        await makeDocx([
          { text: '三乡镇2023年招商引资报告', heading: 1 },
          { text: '三乡镇推进“工改”与招商引资。' },
        ]),
        `file://${canary}`,
      ),
      {
        status: 'imported',
        check: (doc) => {
          expect(doc?.text).toContain('三乡镇推进“工改”与招商引资。');
          expect(doc?.text).not.toContain(CANARY_TEXT);
        },
      },
    );

    // PDF.
    put(
      'PDF with a malicious FontMatrix (CVE-2024-4367)',
      'fontmatrix.pdf',
      fontMatrixPdf(['FontMatrix test page of the Tanzhou report'], payload(`${pwned}-pdf`)),
      {
        status: 'imported',
        check: (doc) => {
          expect(doc?.text).toContain('FontMatrix test page of the Tanzhou report');
          expect(doc?.text).not.toMatch(/writeFileSync|require/);
        },
      },
    );
    put(
      'encrypted PDF',
      'encrypted.pdf',
      encryptedPdf(),
      fail('FILE_ENCRYPTED', /password-protected/),
    );
    put(
      'truncated PDF',
      'truncated.pdf',
      truncated(
        helveticaPdf(Array.from({ length: 40 }, (_, i) => `Line ${i} of the Dongfeng report`)),
        0.4,
      ),
      fail('FILE_CORRUPT', /damaged or incomplete/),
    );
    put(
      'not a PDF (text named .pdf)',
      'not-a-pdf.pdf',
      'hello, I am not a PDF',
      fail('FILE_CORRUPT', /not a PDF file/),
    );
    put(
      `PDF of ${MAX_PDF_PAGES + 1} pages`,
      'too-many-pages.pdf',
      textPagesPdf(Array.from({ length: MAX_PDF_PAGES + 1 }, (_, i) => [`Page ${i + 1}`])),
      fail(
        'FILE_TOO_LARGE',
        new RegExp(`${MAX_PDF_PAGES + 1} pages; the limit is ${MAX_PDF_PAGES}`),
      ),
    );

    // Images.
    put(
      'image of 30000×30000 pixels',
      'huge.png',
      pngHeaderOnly(30_000, 30_000),
      fail('FILE_TOO_LARGE', /30000×30000 pixels is too large/),
    );
    put(
      'truncated PNG',
      'truncated.png',
      truncated(makePng(200, 200), 0.6),
      fail('FILE_CORRUPT', /PNG image is damaged/),
    );
    put(
      'truncated JPEG',
      'truncated.jpg',
      jpegSkeleton(640, 480, false),
      fail('FILE_CORRUPT', /JPEG image is damaged/),
    );
    put('GIF named .png', 'animated.png', gif(), fail('UNSUPPORTED_FORMAT', /GIF image/));
    put(
      'TIFF with 1,000 pages',
      'thousand-pages.tif',
      makeTiff(Array.from({ length: 1000 }, () => ({ width: 64, height: 64 }))),
      { status: 'imported' },
    );

    // HTML: importable, but nothing may run and no active content may reach the text.
    const htmlKinds: [string, keyof typeof hostileHtml, string][] = [
      ['HTML with <script>', 'script', '沙溪镇推进纺织服装产业升级。'],
      ['HTML with onerror= / onload=', 'onerror', '大涌镇建设红木家具特色小镇。'],
      ['HTML with javascript: links', 'javascriptLink', '坦洲镇深化与珠海的协同发展。'],
      ['HTML with <meta http-equiv=refresh>', 'metaRefresh', '神湾镇发展菠萝特色农业。'],
      ['HTML with <iframe>', 'iframe', '板芙镇推进智能制造产业园建设。'],
      ['HTML with <svg onload>', 'svgOnload', '港口镇发展游戏游艺产业。'],
    ];
    for (const [kind, variant, text] of htmlKinds) {
      put(kind, `${variant}.html`, hostileHtml[variant](payload(`${pwned}-${variant}`), text), {
        status: 'imported',
        check: (doc) => {
          expect(doc?.text).toContain(text);
          expect(doc?.text).not.toMatch(HTML_FORBIDDEN);
        },
      });
    }

    // Names.
    const chineseName = '南朗镇2021年重点工作安排（征求意见稿）.txt';
    put(
      'Chinese file name',
      chineseName,
      // Running text first (no title line of its own): the title comes from the file name.
      '现将南朗镇推进老旧工业园区改造的有关安排印发给你们。请认真贯彻执行。\n各村（社区）、各部门要按时报送进度。\n',
      {
        status: 'imported',
        check: (doc) => {
          expect(doc?.file_name).toBe(chineseName);
          expect(doc?.title).toBe('南朗镇2021年重点工作安排（征求意见稿）');
        },
      },
    );
    // 80 Chinese characters: 240 bytes, near the 255-byte limit of most file systems.
    const longStem = '中山市'.repeat(26) + '镇';
    put(
      'very long Chinese file name (244 bytes)',
      `${longStem}.txt`,
      '请各镇街按要求推进村级工业园升级改造。拆除整理低效工业用地。\n',
      {
        status: 'imported',
        check: (doc) => {
          expect(doc?.file_name).toBe(`${longStem}.txt`);
          expect(doc?.title).toBe(longStem);
        },
      },
    );

    // Things in the folder that are not ordinary files.
    fs.symlinkSync('.', path.join(inbox, 'loop-to-self'));
    fs.mkdirSync(path.join(inbox, 'sub'));
    fs.writeFileSync(
      path.join(inbox, 'sub', 'inside-sub.txt'),
      '民众街道推进农业现代化，建设万亩现代农业示范区。',
    );
    fs.symlinkSync('..', path.join(inbox, 'sub', 'loop-to-parent'));
    kinds.push({
      kind: 'folder symlink loops (to itself, to its parent)',
      name: 'inside-sub.txt',
      expected: { status: 'imported' },
    });
    fs.symlinkSync(path.join(temp.dir, 'does-not-exist.txt'), path.join(inbox, 'dangling.txt'));
    kinds.push({
      kind: 'dangling symlink',
      name: 'dangling.txt',
      expected: fail('FILE_NOT_FOUND', /does not exist/),
    });
    execFileSync('mkfifo', [path.join(inbox, 'pipe.txt')]);
    kinds.push({
      kind: 'named pipe (FIFO) named .txt',
      name: 'pipe.txt',
      expected: fail('UNSUPPORTED_FORMAT', /Not a regular file/),
    });

    // Make any read of the canary visible: with relatime, a read updates an atime older than mtime.
    fs.utimesSync(canary, CANARY_ATIME, new Date());

    core = openTestCore(library);
    baselineRss = process.memoryUsage().rss;
    const started = core.jobs.startImport([inbox]);
    const sampled = await withRssSampling(() => core.jobs.wait(started.id));
    job = sampled.result;
    peakRss = sampled.peak;
    docs = rows(core);

    const width = Math.max(...kinds.map((k) => k.kind.length));
    const lines = kinds.map(
      (k) => `${k.kind.padEnd(width)} → ${describeOutcome(outcomeFor(k.name))}`,
    );
    console.log(
      `\nUntrusted input: ${kinds.length} kinds, one job, ${job.state}, ` +
        `RSS ${Math.round(baselineRss / MB)} MB before, peak ${Math.round(peakRss / MB)} MB\n${lines.join('\n')}\n`,
    );
  }, 120_000);

  afterAll(async () => {
    await core?.close();
    temp.remove();
  });

  it('covers at least 25 kinds of bad input', () => {
    expect(kinds.filter((k) => !k.kind.startsWith('good')).length).toBeGreaterThanOrEqual(25);
  });

  it('finishes the job with exactly one outcome per file, the symlink loops walked once', () => {
    expect(job.state).toBe('done');
    expect(job.outcomes).toHaveLength(kinds.length);
    expect(new Set(job.outcomes.map((o) => o.file)).size).toBe(kinds.length);
    expect(job.outcomes.filter((o) => o.file.includes('loop-to-'))).toEqual([]);
  });

  it('gives each kind its expected outcome, with a specific code and a plain message', () => {
    for (const { kind, name, expected } of kinds) {
      const outcome = outcomeFor(name);
      expect(outcome, kind).toBeDefined();
      expect(outcome!.status, `${kind}: ${describeOutcome(outcome)}`).toBe(expected.status);
      if (expected.status === 'failed') {
        expect(outcome!.error?.code, kind).toBe(expected.code);
        expect(outcome!.error?.message, kind).toMatch(expected.message);
        expect(outcome!.error?.file, kind).toBe(outcome!.file);
        // Plain words: no stack trace, no internal error class names.
        expect(outcome!.error?.message, kind).not.toMatch(/\n\s+at |TypeError|RangeError|Error:/);
      } else {
        expect(outcome!.docId, kind).toBeDefined();
        expected.check?.(docFor(name));
      }
    }
  });

  it('imports the two good files', () => {
    expect(docFor('nanlang-2021-work-plan.txt')?.text).toContain('南朗');
    expect(docFor('sanxiang-2023-work-report.txt')?.text).toContain('三乡');
  });

  it('runs no code from any document', () => {
    const left = fs.readdirSync(outside).filter((name) => name.startsWith('pwned'));
    expect(left).toEqual([]);
  });

  it('never reads the file an external image or an XXE entity points at', () => {
    const stat = fs.statSync(canary);
    expect(fs.readFileSync(canary, 'utf8')).toBe(CANARY_TEXT);
    expect(stat.atimeMs, 'the canary was read').toBe(CANARY_ATIME.getTime());
    for (const doc of docs) expect(doc.text).not.toContain(CANARY_TEXT);
  });

  it('leaves nothing half-written: no .partial originals, a consistent database', () => {
    expect(partialFiles(path.join(library, 'originals'))).toEqual([]);
    expect(checkLibrary(core.library.db)).toEqual([]);
    const imported = job.outcomes.filter((o) => o.status === 'imported');
    expect(docs).toHaveLength(imported.length);
    for (const doc of docs) {
      expect(fs.existsSync(path.join(library, doc.original_path)), doc.file_name).toBe(true);
    }
  });

  it('keeps memory bounded', () => {
    expect(peakRss).toBeLessThan(RSS_LIMIT);
  });
});

describe(`a PDF of ${MAX_PDF_PAGES} pages: bounded time, progress, cancel`, () => {
  const temp = makeTempDir('policylens-bigpdf-');
  const pdfPages = (tag: string) =>
    textPagesPdf(
      Array.from({ length: MAX_PDF_PAGES }, (_, i) => [
        `${tag} report, page ${i + 1} of ${MAX_PDF_PAGES}`,
        'Village industrial parks were renovated and low-efficiency land was cleared.',
      ]),
    );
  let cancelLatency = Number.NaN;
  let pdfImportedAfterCancel = true;
  afterAll(() => temp.remove());

  it('imports within 60 s, reporting progress, with memory bounded', async () => {
    const file = path.join(temp.dir, 'long-report.pdf');
    fs.writeFileSync(file, pdfPages('Guzhen'));
    const core = openTestCore(path.join(temp.dir, 'library-a'));
    try {
      const events: JobStatus[] = [];
      const off = core.onEvent((event) => {
        if (event.type === 'job') events.push(event.job);
      });
      const started = Date.now();
      const job = core.jobs.startImport([file]);
      const { result, peak } = await withRssSampling(() => core.jobs.wait(job.id));
      const seconds = (Date.now() - started) / 1000;
      off();
      console.log(
        `\n${MAX_PDF_PAGES}-page PDF → ${describeOutcome(result.outcomes[0])} in ${seconds.toFixed(1)} s, ` +
          `peak RSS ${Math.round(peak / MB)} MB, ${events.length} progress events\n`,
      );
      expect(result.state).toBe('done');
      expect(result.outcomes[0]?.status).toBe('imported');
      expect(seconds).toBeLessThan(60);
      expect(peak).toBeLessThan(RSS_LIMIT);
      // Progress: the job names the file it works on before it is done.
      expect(events.some((e) => e.state === 'running' && e.currentFile === file)).toBe(true);
      expect(events.at(-1)).toMatchObject({ total: 1, done: 1 });
      const pages = core.library.db
        .prepare('SELECT count(*) AS n FROM pages WHERE document_id = ?')
        .get(result.outcomes[0]!.docId) as { n: number };
      expect(pages.n).toBe(MAX_PDF_PAGES);
    } finally {
      await core.close();
    }
  }, 90_000);

  it('can be cancelled while it is read: the job stops, nothing is half-written', async () => {
    const folder = path.join(temp.dir, 'cancel-inbox');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'a-long-report.pdf'), pdfPages('Xiaolan'));
    for (let i = 0; i < 30; i++) {
      fs.writeFileSync(
        path.join(folder, `b-note-${String(i).padStart(2, '0')}.txt`),
        `第${i + 1}号通知：推进村级工业园升级改造，整理低效工业用地${i + 1}亩。`,
      );
    }
    const library = path.join(temp.dir, 'library-b');
    const core = openTestCore(library);
    try {
      const job = core.jobs.startImport([folder]);
      let cancelled = false;
      let cancelledAt = 0;
      const off = core.onEvent((event) => {
        if (
          !cancelled &&
          event.type === 'job' &&
          event.job.id === job.id &&
          event.job.currentFile?.endsWith('a-long-report.pdf')
        ) {
          cancelled = core.jobs.cancel(job.id);
          cancelledAt = Date.now();
        }
      });
      const started = Date.now();
      const result = await core.jobs.wait(job.id);
      off();
      const seconds = (Date.now() - started) / 1000;
      cancelLatency = (Date.now() - cancelledAt) / 1000;
      pdfImportedAfterCancel = result.outcomes.some(
        (o) => o.file.endsWith('a-long-report.pdf') && o.status === 'imported',
      );
      const pdfOutcome = result.outcomes.find((o) => o.file.endsWith('a-long-report.pdf'));
      if (pdfOutcome) expect(pdfOutcome.error?.code).toBe('JOB_CANCELLED');
      console.log(
        `\ncancel during the ${MAX_PDF_PAGES}-page PDF → ${result.state} after ${seconds.toFixed(1)} s ` +
          `(${cancelLatency.toFixed(1)} s after the cancel), ${result.outcomes.length} of 31 files done: ` +
          `${result.outcomes.map((o) => `${path.basename(o.file)} ${o.status}`).join(', ')}\n`,
      );
      expect(cancelled).toBe(true);
      expect(result.state).toBe('cancelled');
      expect(result.outcomes.length).toBeLessThan(31);
      expect(seconds).toBeLessThan(60);
      const documents = core.library.db.prepare('SELECT count(*) AS n FROM documents').get() as {
        n: number;
      };
      expect(documents.n).toBe(result.outcomes.filter((o) => o.status === 'imported').length);
      expect(partialFiles(path.join(library, 'originals'))).toEqual([]);
      expect(checkLibrary(core.library.db)).toEqual([]);
    } finally {
      await core.close();
    }
  }, 90_000);

  it('stops within 3 s of the cancel, without importing the PDF it was reading', () => {
    expect(cancelLatency).toBeLessThan(3);
    expect(pdfImportedAfterCancel).toBe(false);
  });
});

describe('file names from a browser upload (../, very long, Chinese)', () => {
  const temp = makeTempDir('policylens-upload-');
  const library = path.join(temp.dir, 'library');
  let server: Awaited<ReturnType<typeof startServe>>;
  beforeAll(async () => {
    server = await startServe(library);
  });
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  const upload = async (name: string, body: string) => {
    const response = await fetch(`${server.origin}/api/_upload?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${server.token}`,
        'Content-Type': 'application/octet-stream',
      },
      body,
    });
    return {
      status: response.status,
      envelope: (await response.json()) as {
        ok: boolean;
        result?: { path: string };
        error?: { code: string; message: string };
      },
    };
  };
  const staging = () => fs.realpathSync(path.join(library, 'staging'));
  const inside = (file: string) =>
    path.relative(staging(), fs.realpathSync(path.dirname(file))).split(path.sep)[0] !== '..';

  it.each([
    ['../../etc/passwd.txt', 'passwd.txt'],
    ['..\\..\\windows\\win.ini.txt', 'win.ini.txt'],
    ['/etc/shadow.txt', 'shadow.txt'],
    ['..', 'upload.txt'],
    ['南朗镇/../../工作安排.txt', '工作安排.txt'],
  ])('keeps %s inside the staging folder (as %s)', async (name, expected) => {
    const { status, envelope } = await upload(name, '南朗镇2021年工作安排');
    console.log(`upload name ${JSON.stringify(name)} → ${status} ${envelope.result?.path}`);
    expect(status).toBe(200);
    const staged = envelope.result!.path;
    expect(path.basename(staged)).toBe(expected);
    expect(inside(staged)).toBe(true);
    expect(fs.readFileSync(staged, 'utf8')).toBe('南朗镇2021年工作安排');
  });

  // File systems limit a name to 255 bytes; a Chinese character is 3: the name is shortened
  // (keeping the extension) instead of failing with a raw ENAMETOOLONG.
  it('stages a very long Chinese name (200 characters, 600 bytes) or refuses it clearly', async () => {
    const name = `${'中山市'.repeat(80)}.txt`;
    const { status, envelope } = await upload(name, '中山市村级工业园改造');
    console.log(
      `upload name of ${Buffer.byteLength(name)} bytes → ${status} ` +
        `${envelope.ok ? envelope.result?.path : `[${envelope.error?.code}] ${envelope.error?.message}`}`,
    );
    if (envelope.ok) {
      expect(inside(envelope.result!.path)).toBe(true);
      expect(Buffer.byteLength(path.basename(envelope.result!.path))).toBeLessThanOrEqual(255);
    } else {
      expect(envelope.error?.code).not.toBe('INTERNAL');
      expect(envelope.error?.message).not.toMatch(/ENAMETOOLONG|\n\s+at /);
    }
  });
});
