import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OcrPool } from '../../electron/core/ocr/ocr-pool';
import { cleanOcrText } from '../../electron/core/ocr/postprocess';
import { makeTempDir, REPO_ROOT } from '../helpers/paths';

const PAGE = path.join(REPO_ROOT, 'tests/fixtures/scans/heshan-2023-simp/001.png');

describe('the OCR pool', () => {
  const temp = makeTempDir();
  afterAll(() => temp.remove());

  it('gives up a page that takes too long, with a clear error, and the next page is read', async () => {
    const pool = new OcrPool({ size: 1, cacheDir: path.join(temp.dir, 'cache'), pageTimeoutMs: 1 });
    try {
      await expect(pool.recognize(fs.readFileSync(PAGE), 'chi_sim')).rejects.toThrow(
        /took longer than/,
      );
    } finally {
      await pool.close();
    }
    const patient = new OcrPool({ size: 1, cacheDir: path.join(temp.dir, 'cache') });
    try {
      const read = await patient.recognize(fs.readFileSync(PAGE), 'chi_sim');
      expect(read.text).toContain('百千万工程');
    } finally {
      await patient.close();
    }
  }, 120_000);

  it('replaces its threads after N pages and still reads correctly', async () => {
    const pool = new OcrPool({
      size: 1,
      cacheDir: path.join(temp.dir, 'cache'),
      recycleAfterPages: 2,
    });
    try {
      const png = fs.readFileSync(PAGE);
      const texts: string[] = [];
      for (let i = 0; i < 3; i++) texts.push((await pool.recognize(png, 'chi_sim')).text);
      expect(new Set(texts).size).toBe(1);
      expect(texts[2]).toContain('鹤山市');
    } finally {
      await pool.close();
    }
  }, 120_000);
});

describe('cleaning OCR text', () => {
  it('removes the spaces tesseract puts between Chinese characters and numbers, keeps Latin words apart', () => {
    expect(
      cleanOcrText('1 月 6 日 ,广东 全 省 推进 “ 百 县 千 镇 万 村 高 质量 发 展 工程 ”'),
    ).toBe('1月6日,广东全省推进“百县千镇万村高质量发展工程”');
    expect(cleanOcrText('共有 22 个 县 ( 市 、 区 )、110 个 镇')).toBe(
      '共有22个县(市、区)、110个镇',
    );
    expect(cleanOcrText('AA 级 主体 信用 评级 and Credit Rating')).toBe(
      'AA级主体信用评级and Credit Rating',
    );
  });

  it('joins the lines of a paragraph and keeps paragraphs apart', () => {
    expect(
      cleanOcrText(
        '规划 面积 达 31.2 平方 公里 的\n鹤山 主 平台 纳入 省 重点\n\n抓 招商 、 抓 项目 。',
      ),
    ).toBe('规划面积达31.2平方公里的鹤山主平台纳入省重点\n抓招商、抓项目。');
  });
});
