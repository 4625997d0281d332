import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../electron/core/ingest/decode-text';
import { makeTempDir, SEEDS_DIR } from '../helpers/paths';
import { extract, extractError, writeFixture } from './extract';

const temp = makeTempDir('policylens-encoding-');
afterAll(() => temp.remove());

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const nanlang = fs.readFileSync(path.join(SEEDS_DIR, 'nanlang-2021-work-plan.txt'), 'utf8');
const xiaolan = fs.readFileSync(path.join(SEEDS_DIR, 'xiaolan-2023-year-end-summary.txt'), 'utf8');
const SHORT = '小榄镇“工改”拆除整理 3001.84 亩。';

describe('plain text in legacy Chinese encodings', () => {
  it('reads a GBK file without BOM as GB18030, character for character', async () => {
    const file = writeFixture(temp.dir, 'nanlang-gbk.txt', iconv.encode(nanlang, 'gbk'));
    const extracted = await extract(file);
    expect(extracted.encoding).toBe('gb18030');
    expect(extracted.text).toBe(nanlang);
  });

  it('reads a Big5 file (traditional characters)', async () => {
    const traditional = toTraditional(xiaolan);
    const file = writeFixture(temp.dir, 'xiaolan-big5.txt', iconv.encode(traditional, 'big5'));
    const extracted = await extract(file);
    expect(extracted.encoding).toBe('big5');
    expect(extracted.text).toBe(traditional);
  });

  it('tells short GBK and Big5 texts apart (where the detector is unsure)', () => {
    const traditional = toTraditional(SHORT);
    expect(decodeText(iconv.encode(SHORT, 'gbk'), 'short.txt')).toEqual({
      text: SHORT,
      encoding: 'gb18030',
    });
    expect(decodeText(iconv.encode(traditional, 'big5'), 'short.txt')).toEqual({
      text: traditional,
      encoding: 'big5',
    });
    // Two GBK characters that happen to be valid UTF-8 (U+0368 U+05AA) are still read as GBK.
    expect(decodeText(iconv.encode('通知', 'gbk'), 'tiny.txt').text).toBe('通知');
  });

  it('keeps reading UTF-8 as UTF-8', async () => {
    const file = writeFixture(temp.dir, 'nanlang-utf8.md', nanlang);
    const extracted = await extract(file);
    expect(extracted).toMatchObject({ encoding: 'utf-8', text: nanlang });
  });

  it('refuses bytes that decode to mostly replacement or unlikely characters', async () => {
    // Not UTF-8, no NUL bytes; as GB18030 or Big5 it is noise.
    const noise = Buffer.from(Array.from({ length: 3000 }, (_, i) => 0x80 + ((i * 97) % 0x7f)));
    const file = writeFixture(temp.dir, 'noise.txt', noise);
    const error = await extractError(file);
    expect(error.code).toBe('FILE_UNDECODABLE');
    expect(error.file).toBe(file);
    expect(error.message).toMatch(/GB18030|Big5/);
  });

  it('refuses Japanese Shift_JIS rather than importing it as Chinese mojibake', async () => {
    const japanese =
      'この文書は日本語で書かれています。東京都の行政文書をテストとして利用します。' +
      'ひらがなとカタカナがたくさん含まれているので、中国語としては読めません。';
    const file = writeFixture(temp.dir, 'japanese.txt', iconv.encode(japanese, 'shift_jis'));
    const error = await extractError(file);
    expect(error.code).toBe('FILE_UNDECODABLE');
    expect(error.file).toBe(file);
  });
});
