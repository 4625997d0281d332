import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MAX_DOCX_FILE_BYTES,
  MAX_HTML_FILE_BYTES,
  MAX_IMAGE_FILE_BYTES,
  MAX_PDF_FILE_BYTES,
  MAX_TEXT_FILE_BYTES,
} from '../../electron/core/ingest/limits';
import { readerFor, SUPPORTED_EXTENSIONS } from '../../electron/core/ingest/readers';
import { makeTempDir } from '../helpers/paths';
import { extractError } from './extract';

const temp = makeTempDir('policylens-registry-');
afterAll(() => temp.remove());

describe('reader registry', () => {
  it.each([
    ['report.txt', 'txt', MAX_TEXT_FILE_BYTES],
    ['notes.MD', 'txt', MAX_TEXT_FILE_BYTES],
    ['page.html', 'html', MAX_HTML_FILE_BYTES],
    ['page.HTM', 'html', MAX_HTML_FILE_BYTES],
    ['saved.mhtml', 'html', MAX_HTML_FILE_BYTES],
    ['saved.mht', 'html', MAX_HTML_FILE_BYTES],
    ['plan.docx', 'docx', MAX_DOCX_FILE_BYTES],
    ['scan.PDF', 'pdf', MAX_PDF_FILE_BYTES],
    ['page.png', 'image', MAX_IMAGE_FILE_BYTES],
    ['page.jpg', 'image', MAX_IMAGE_FILE_BYTES],
    ['page.jpeg', 'image', MAX_IMAGE_FILE_BYTES],
    ['fax.tif', 'image', MAX_IMAGE_FILE_BYTES],
    ['fax.tiff', 'image', MAX_IMAGE_FILE_BYTES],
    ['page.bmp', 'image', MAX_IMAGE_FILE_BYTES],
    ['page.webp', 'image', MAX_IMAGE_FILE_BYTES],
  ])('reads %s with the %s reader (limit %d bytes)', (file, format, maxBytes) => {
    expect(readerFor(file)).toMatchObject({ format, maxBytes });
  });

  it('lists every extension once and still refuses the rest', () => {
    expect(new Set(SUPPORTED_EXTENSIONS).size).toBe(SUPPORTED_EXTENSIONS.length);
    expect(readerFor('slides.pptx')).toBeUndefined();
    expect(readerFor('old.doc')).toBeUndefined();
  });

  it('refuses a file above its format limit before reading it', async () => {
    const file = path.join(temp.dir, 'big.html');
    const fd = fs.openSync(file, 'w');
    fs.ftruncateSync(fd, MAX_HTML_FILE_BYTES + 1); // sparse: no 50 MB written
    fs.closeSync(fd);
    const error = await extractError(file);
    expect(error).toMatchObject({ code: 'FILE_TOO_LARGE', file });
    expect(error.message).toMatch(/50\.0 MB/);
  });
});
