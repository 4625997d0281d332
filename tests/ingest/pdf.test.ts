import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedText } from '../../electron/core/ingest/readers/types';
import {
  documentHtml,
  imagePageHtml,
  launchPdfMaker,
  type PdfMaker,
} from '../helpers/fixtures/make-pdf';
import {
  cjkCmapPdf,
  encryptedPdf,
  helveticaPdf,
  manyPagesPdf,
} from '../helpers/fixtures/minimal-pdf';
import { makeTempDir, REPO_ROOT, SEEDS_DIR } from '../helpers/paths';
import { extract, extractError, seedParagraphs, writeFixture } from './extract';

const temp = makeTempDir('policylens-pdf-');
const SCANS = path.join(REPO_ROOT, 'tests/fixtures/scans');
const nanlang = fs.readFileSync(path.join(SEEDS_DIR, 'nanlang-2021-work-plan.txt'), 'utf8');
const paragraphs = seedParagraphs(nanlang);
/**
 * Noto CJK SC draws 户 and 戶 (and — and ―) with one glyph, and Chromium's ToUnicode map names
 * the other code point: the PDF's text layer really says 戶. Compare modulo that fixture quirk.
 */
const fontAliases = (text: string) => text.replaceAll('戶', '户').replaceAll('―', '—');

let maker: PdfMaker;
let textPdf: string;
let mixedPdf: string;
beforeAll(async () => {
  maker = await launchPdfMaker();
  textPdf = await maker.pdf(
    documentHtml('南朗镇2021年工作安排', nanlang),
    path.join(temp.dir, 'nanlang.pdf'),
  );
  const scan = fs.readFileSync(path.join(SCANS, 'heshan-2023-simp/001.png'));
  const short = paragraphs.slice(0, 12).join('\n');
  mixedPdf = await maker.pdf(
    documentHtml('混合文档', short, `${imagePageHtml(scan)}<p class="scan">${paragraphs[20]}</p>`),
    path.join(temp.dir, 'mixed.pdf'),
  );
}, 60_000);
afterAll(async () => {
  await maker?.close();
  temp.remove();
});

describe('PDF reader: text PDFs', () => {
  let extracted: ExtractedText;
  beforeAll(async () => {
    const raw = await extract(textPdf);
    extracted = {
      ...raw,
      text: fontAliases(raw.text),
      pages: raw.pages!.map((page) => ({ ...page, text: fontAliases(page.text) })),
    };
  });

  it('returns every page with its text, joined with blank lines', () => {
    const pages = extracted.pages!;
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.map((p) => p.number)).toEqual(pages.map((_, i) => i + 1));
    expect(pages.every((p) => !p.needsOcr && p.text.length > 0)).toBe(true);
    expect(extracted.text).toBe(pages.map((p) => p.text).join('\n\n'));
    expect(extracted.needsOcr).toBeUndefined();
    expect(extracted.metadata).toEqual({ title: '南朗镇2021年工作安排' });
  });

  it('joins lines broken by the page width back into paragraphs', () => {
    // Nothing lost or added: with the line breaks taken out, every paragraph is there.
    const flat = extracted.text.replace(/\n/g, '');
    for (const paragraph of paragraphs) expect(flat).toContain(paragraph);
    // Every line break is a paragraph end of the seed or follows the end of a sentence.
    for (const page of extracted.pages!) {
      const lines = page.text.split('\n');
      for (const line of lines.slice(0, -1)) {
        const endsParagraph = paragraphs.some((p) => p.endsWith(line.slice(-12)));
        expect(endsParagraph || /[。！？；：][”」]?$/u.test(line), line).toBe(true);
      }
    }
    // And most paragraphs come out as exactly one line.
    const lines = extracted.text.split('\n');
    const whole = paragraphs.filter((p) => lines.includes(p));
    expect(whole.length).toBeGreaterThanOrEqual(paragraphs.length - 2 * extracted.pages!.length);
  });

  it('maps CJK radical code points from the font back to ordinary characters', () => {
    expect(extracted.text).toContain('无障碍版 长者助手');
    expect(extracted.text).not.toMatch(/[\u2e80-\u2fdf]/u);
  });
});

describe('PDF reader: fonts that need the bundled CMaps', () => {
  it('reads Chinese in a non-embedded font encoded with UniGB-UCS2-H', async () => {
    const lines = ['南朗镇二〇二一年工作安排。', '推进“工改”拆除整理。'];
    const file = writeFixture(temp.dir, 'stsong.pdf', cjkCmapPdf(lines));
    const extracted = await extract(file);
    expect(extracted.pages).toEqual([{ number: 1, text: lines.join('\n'), needsOcr: false }]);
  });
});

describe('PDF reader: pages without a usable text layer', () => {
  it.each(['heshan-2023-simp', 'xiaolan-2023-trad'])(
    'flags every page of the scanned %s for OCR',
    async (name) => {
      const extracted = await extract(path.join(SCANS, `${name}.pdf`));
      const images = fs.readdirSync(path.join(SCANS, name)).filter((f) => f.endsWith('.png'));
      expect(extracted.pages).toHaveLength(images.length);
      for (const page of extracted.pages!) {
        expect(page).toMatchObject({ needsOcr: true, text: '' });
        expect(page.ocrReason).toMatch(/text layer/);
      }
      expect(extracted.needsOcr).toBe(true);
    },
  );

  it('flags only the image-only page of a mixed PDF', async () => {
    const extracted = await extract(mixedPdf);
    const flagged = extracted.pages!.filter((p) => p.needsOcr).map((p) => p.number);
    const imagePage = extracted.pages!.findIndex((p) => p.text === '') + 1;
    expect(imagePage).toBeGreaterThan(1);
    expect(flagged).toEqual([imagePage]);
    expect(extracted.pages!.at(-1)!.text).toBe(paragraphs[20]);
    expect(extracted.needsOcr).toBeUndefined();
  });

  it('flags a garbled layer (Chinese in a font without a Unicode map) and drops its text', async () => {
    const gbk = iconv
      .encode('南朗镇人民政府关于进一步加强安全生产工作的通知', 'gbk')
      .toString('latin1');
    const file = writeFixture(temp.dir, 'garbled.pdf', helveticaPdf([gbk, gbk, gbk]));
    const extracted = await extract(file);
    expect(extracted.pages).toEqual([
      { number: 1, text: '', needsOcr: true, ocrReason: expect.stringMatching(/garbled/) },
    ]);
  });

  it('does not flag a blank page without images', async () => {
    const file = writeFixture(temp.dir, 'blank.pdf', manyPagesPdf(2));
    const extracted = await extract(file);
    expect(extracted.pages?.map((p) => p.needsOcr)).toEqual([false, false]);
  });
});

describe('PDF reader: refused files', () => {
  it('refuses a password-protected PDF', async () => {
    const file = writeFixture(temp.dir, 'encrypted.pdf', encryptedPdf());
    const error = await extractError(file);
    expect(error).toMatchObject({ code: 'FILE_ENCRYPTED', file });
    expect(error.message).toMatch(/password-protected/);
  });

  it('refuses a file that is not a PDF', async () => {
    const file = writeFixture(temp.dir, 'report.pdf', nanlang);
    expect(await extractError(file)).toMatchObject({ code: 'FILE_CORRUPT', file });
  });

  it.each([0.3, 0.8])('refuses a PDF truncated to %s of its size', async (share) => {
    const bytes = fs.readFileSync(textPdf);
    const file = writeFixture(
      temp.dir,
      `truncated-${share}.pdf`,
      bytes.subarray(0, Math.floor(bytes.length * share)),
    );
    expect(await extractError(file)).toMatchObject({ code: 'FILE_CORRUPT', file });
  });

  it('refuses more than 2,000 pages before reading any', async () => {
    const file = writeFixture(temp.dir, 'long.pdf', manyPagesPdf(2001));
    const error = await extractError(file);
    expect(error).toMatchObject({ code: 'FILE_TOO_LARGE', file });
    expect(error.message).toMatch(/2001 pages/);
  });
});
