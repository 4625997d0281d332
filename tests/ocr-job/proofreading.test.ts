import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { MethodName } from '../../shared/api';
import { callContract } from '../../electron/cli/shared';
import { importAndWait, openTestCore } from '../helpers/core';
import { makeTempDir, REPO_ROOT } from '../helpers/paths';

const SCANS = path.join(REPO_ROOT, 'tests/fixtures/scans');

/** Correcting OCR text: the document is re-indexed and annotations keep their words. */
describe('proofreading an OCR page', () => {
  const temp = makeTempDir();
  let core: Core;
  let docId: number;
  const call = <M extends MethodName>(method: M, input: unknown) =>
    callContract(core, method, input);

  beforeAll(async () => {
    core = openTestCore(path.join(temp.dir, 'library'));
    const job = await importAndWait(core, [path.join(SCANS, 'heshan-2023-simp.pdf')]);
    docId = job.outcomes[0]!.docId!;
    const { jobId } = await call('startOcr', { docIds: [docId] });
    const ocr = await core.jobs.wait(jobId);
    expect(ocr.state, JSON.stringify(ocr.error)).toBe('done');
  }, 240_000);

  afterAll(async () => {
    await core.close();
    temp.remove();
  });

  it('gives each page its words with boxes and confidence, and the page image', async () => {
    const page = await call('getOcrPage', { docId, page: 1 });
    expect(page.status).toBe('done');
    expect(page.lang).toBe('chi_sim');
    expect(page.confidence).toBeGreaterThan(70);
    expect(page.words.length).toBeGreaterThan(50);
    for (const word of page.words.slice(0, 20)) {
      const [x0, y0, x1, y1] = word.box;
      expect(0 <= x0 && x0 < x1 && x1 <= 1 && 0 <= y0 && y0 < y1 && y1 <= 1).toBe(true);
    }
    const reference = fs.readFileSync(path.join(SCANS, 'heshan-2023-simp/001.txt'), 'utf8');
    expect(page.text.replace(/\s+/g, '')).toContain(reference.replace(/\s+/g, '').slice(20, 40));
    expect((await call('getDocument', { id: docId })).ocrLanguage).toBe('auto');
    await call('setOcrLanguage', { docId, lang: 'chi_sim' });
    expect((await call('getDocument', { id: docId })).ocrLanguage).toBe('chi_sim');
    const image = await call('ocrPageImage', { docId, page: 1 });
    expect(Buffer.from(image.png, 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect(image.height).toBeGreaterThan(image.width);
  });

  it('saves a corrected character; an annotation later in the document keeps its words', async () => {
    const detail = await call('getDocument', { id: docId });
    const page2 = detail.pageList.find((p) => p.number === 2)!;
    const chars = Array.from(detail.text);
    const start = page2.start + 10;
    const end = start + 12;
    const quote = chars.slice(start, end).join('');
    const annotation = await call('createAnnotation', { docId, start, end, tagIds: [] });

    const page1 = await call('getOcrPage', { docId, page: 1 });
    const wrong = page1.text.includes('11月6日') ? '11月6日' : '1月6日';
    const right = wrong === '11月6日' ? '11月16日' : '11月6日';
    expect(page1.text).toContain(wrong);
    const result = await call('saveOcrPageText', {
      docId,
      page: 1,
      text: page1.text.replace(wrong, right),
    });
    expect(result).toEqual({ anchored: 1, needsAttention: 0 });

    const after = (await call('listAnnotations', { docId })).find((a) => a.id === annotation.id)!;
    expect(after.status).toBe('anchored');
    expect(after.quote).toBe(quote);
    expect(after.start).toBe(start + Array.from(right).length - Array.from(wrong).length);
    const corrected = await call('getOcrPage', { docId, page: 1 });
    expect(corrected.edited).toBe(true);
    expect(corrected.text).toContain(right);
    const found = await call('search', { query: `"${right}"`, limit: 5 });
    expect(found.hits.some((h) => h.docId === docId)).toBe(true);
  });
});
