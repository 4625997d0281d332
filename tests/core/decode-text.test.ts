import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../electron/core/ingest/decode-text';
import type { AppError } from '../../shared/errors';

const SAMPLE = '2023年是深入贯彻党的二十大精神的开局之年。\n小榄镇“工改”拆除整理 3001.84 亩。';

function decodeError(bytes: Buffer): AppError {
  try {
    decodeText(bytes, 'sample.txt');
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected decodeText to refuse the bytes');
}

describe('decodeText', () => {
  it.each([
    ['UTF-8', Buffer.from(SAMPLE, 'utf8'), 'utf-8'],
    [
      'UTF-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]),
      'utf-8-bom',
    ],
    [
      'UTF-16 LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SAMPLE, 'utf-16le')]),
      'utf-16le',
    ],
    [
      'UTF-16 BE with BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SAMPLE, 'utf-16be')]),
      'utf-16be',
    ],
    [
      'UTF-16 LE without BOM',
      iconv.encode(`Report 2023\n${SAMPLE}\nEnd of report`, 'utf-16le'),
      'utf-16le',
    ],
  ])('reads %s to the same characters', (_label, bytes, encoding) => {
    const decoded = decodeText(bytes, 'sample.txt');
    expect(decoded.text).toContain(SAMPLE);
    expect(decoded.encoding).toBe(encoding);
  });

  it('refuses binary data named .txt, naming the file', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3,
      0, 0, 0, 0xff, 0x00,
    ]);
    const error = decodeError(png);
    expect(error.code).toBe('FILE_BINARY');
    expect(error.file).toBe('sample.txt');
  });

  it('refuses text that is only white space', () => {
    expect(decodeError(Buffer.from(' \n\t \r\n ')).code).toBe('FILE_EMPTY');
  });

  it('reads GBK without a BOM (as GB18030, its superset) instead of refusing it', () => {
    const decoded = decodeText(iconv.encode(SAMPLE, 'gbk'), 'sample.txt');
    expect(decoded.text).toBe(SAMPLE);
    expect(decoded.encoding).toBe('gb18030');
  });

  it('refuses an encoding it cannot read instead of importing mojibake', () => {
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 0x7f)));
    const error = decodeError(bytes);
    expect(error.code).toBe('FILE_UNDECODABLE');
    expect(error.message).toMatch(/UTF-8/);
  });
});
