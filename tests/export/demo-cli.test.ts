import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { makeTempDir } from '../helpers/paths';
import { pdfPageCount, pdfText, readDocx, squeeze } from './report-files';

const TOWNS = ['鹤山市', '南朗镇', '三乡镇', '小榄镇'];

/** The acceptance line: `policylens demo --out DIR` on a fresh clone. */
describe('policylens demo', () => {
  const temp = makeTempDir();
  afterAll(() => temp.remove());
  const docxFile = path.join(temp.dir, '工改-比较报告.docx');
  const pdfFile = path.join(temp.dir, '工改-比较报告.pdf');

  it('imports the samples, codes and compares 工改, and writes the Word and PDF reports', async () => {
    const result = runCli(['demo', '--out', temp.dir], { timeout: 180_000 });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([docxFile, pdfFile]);
    expect(result.stderr).toContain('(5 documents)');

    const docx = await readDocx(docxFile);
    const rows = docx.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(rows).toEqual(['工改项目', '低效用地整治', '村级工业园改造']);
    for (const row of rows) expect(docx.tableAfter(row)?.rows[0]).toEqual(TOWNS);
    const docxText = docx.tables.flatMap((t) => t.rows.flat()).join('\n');
    expect(docxText).toMatch(/—— 小榄镇 · 2023年 · 小欖這一年 · /);
    expect(docx.tableAfter('数据对照')?.rows[0]).toEqual(['指标', ...TOWNS]);

    const text = squeeze(pdfText(pdfFile));
    for (const town of TOWNS) expect(text).toContain(town);
    expect(text).toContain('数据对照');
    expect(text).toContain('资料来源');
    expect(text).toContain('——小榄镇·2023年·小欖這一年');
    expect(pdfPageCount(pdfFile)).toBeGreaterThanOrEqual(5);
  }, 200_000);

  it('keeps the reports of an earlier run unless told --force', () => {
    const before = fs.statSync(docxFile).mtimeMs;
    const again = runCli(['demo', '--out', temp.dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('--force');
    expect(again.stderr).toContain('[FILE_EXISTS]');
    expect(fs.statSync(docxFile).mtimeMs).toBe(before);
  });
});
