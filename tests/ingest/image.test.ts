import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jpegSkeleton, makePng, makeTiff, pngHeaderOnly } from '../helpers/fixtures/images';
import { makeTempDir, REPO_ROOT } from '../helpers/paths';
import { extract, extractError, writeFixture } from './extract';

const temp = makeTempDir('policylens-image-');
afterAll(() => temp.remove());

const SCAN = path.join(REPO_ROOT, 'tests/fixtures/scans/heshan-2023-simp/001.png');
const waitingForOcr = (pages: number) => ({
  text: Array.from({ length: pages }, () => '').join('\n\n'),
  encoding: null,
  needsOcr: true,
  pages: Array.from({ length: pages }, (_, i) => ({
    number: i + 1,
    text: '',
    needsOcr: true,
    ocrReason: 'image',
  })),
});

describe('image reader', () => {
  it('imports a scanned page as one page waiting for OCR, with no text', async () => {
    const file = path.join(temp.dir, 'scan.png');
    fs.copyFileSync(SCAN, file);
    expect(await extract(file)).toEqual(waitingForOcr(1));
  });

  it.each([
    ['small.png', makePng(120, 80)],
    ['photo.jpg', jpegSkeleton(1600, 1200)],
    ['photo.jpeg', jpegSkeleton(800, 600)],
  ])('reads the size of %s from its header only', async (name, bytes) => {
    expect(await extract(writeFixture(temp.dir, name, bytes))).toEqual(waitingForOcr(1));
  });

  it('gives a multi-page TIFF one page per image directory', async () => {
    const tiff = makeTiff([
      { width: 2480, height: 3508 },
      { width: 2480, height: 3508 },
      { width: 1240, height: 1754 },
    ]);
    expect(await extract(writeFixture(temp.dir, 'fax.tiff', tiff))).toEqual(waitingForOcr(3));
  });

  it('refuses a header claiming 30000×30000 pixels, without decoding anything', async () => {
    const file = writeFixture(temp.dir, 'huge.png', pngHeaderOnly(30_000, 30_000));
    const error = await extractError(file);
    expect(error).toMatchObject({ code: 'FILE_TOO_LARGE', file });
    expect(error.message).toMatch(/30000×30000 pixels is too large/);
  });

  it('refuses a TIFF page above 100 megapixels', async () => {
    const tiff = makeTiff([
      { width: 100, height: 100 },
      { width: 20_000, height: 20_000 },
    ]);
    const file = writeFixture(temp.dir, 'huge-page.tif', tiff);
    expect(await extractError(file)).toMatchObject({ code: 'FILE_TOO_LARGE', file });
  });

  it.each([
    ['truncated.png', () => fs.readFileSync(SCAN).subarray(0, 200_000)],
    ['truncated.jpg', () => jpegSkeleton(800, 600, false)],
    ['truncated.tif', () => makeTiff([{ width: 10, height: 10 }]).subarray(0, 70)],
    ['garbage.png', () => Buffer.from('this is not an image at all')],
    ['empty-header.bmp', () => Buffer.from('BM')],
  ])('refuses the damaged %s', async (name, bytes) => {
    const file = writeFixture(temp.dir, name, bytes());
    const error = await extractError(file);
    expect(error).toMatchObject({ code: 'FILE_CORRUPT', file });
  });

  it('refuses an image type it does not import (a GIF named .png)', async () => {
    const gif = Buffer.concat([
      Buffer.from('GIF89a', 'latin1'),
      Buffer.from([10, 0, 10, 0, 0, 0, 0]),
      Buffer.from([0x3b]),
    ]);
    const file = writeFixture(temp.dir, 'animation.png', gif);
    expect(await extractError(file)).toMatchObject({ code: 'UNSUPPORTED_FORMAT', file });
  });
});
