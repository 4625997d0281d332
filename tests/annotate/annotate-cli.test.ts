import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { makeTempDir, SEEDS_DIR } from '../helpers/paths';

interface Passage {
  annotation_id: number;
  doc_id: number;
  start: number;
  end: number;
  quote: string;
  status: string;
  tags: string[];
}

/** Code point offset of `needle` in `text`. */
const codePointIndex = (text: string, needle: string) =>
  Array.from(text.slice(0, text.indexOf(needle))).length;

describe('coding passages from the CLI (issue #5)', () => {
  const temp = makeTempDir();
  const library = path.join(temp.dir, 'pl');
  const cli = (...args: string[]) => runCli([...args, '--library', library]);
  afterAll(() => temp.remove());

  it('quotes exactly the selected text after an emoji and a surrogate-pair character', () => {
    const file = path.join(temp.dir, '南朗镇-备忘.txt');
    fs.writeFileSync(file, '南朗镇2021年工作安排 😀𠀀🇨🇳\n持续优化营商环境,推进“工改”。\n');
    expect(cli('import', file).status).toBe(0);
    const docs = JSON.parse(cli('docs', '--json').stdout) as { id: number }[];
    const docId = docs[0]!.id;
    const text = (JSON.parse(cli('show', String(docId), '--json').stdout) as { text: string }).text;
    const start = codePointIndex(text, '营商环境');
    expect(cli('tag-add', '营商环境').status).toBe(0);
    const made = cli(
      'annotate',
      String(docId),
      '--start',
      String(start),
      '--end',
      String(start + 4),
      '--tag',
      '营商环境',
      '--comment',
      '😀 标注',
    );
    expect(made.status).toBe(0);
    const coded = JSON.parse(cli('coded', '--json').stdout) as (Passage & { comment: string })[];
    expect(coded).toHaveLength(1);
    expect(coded[0]).toMatchObject({
      quote: '营商环境',
      start,
      end: start + 4,
      tags: ['营商环境'],
      comment: '😀 标注',
    });
    expect(Array.from(text).slice(coded[0]!.start, coded[0]!.end).join('')).toBe('营商环境');
  });

  it('refuses a passage outside the document, and an unknown tag, with a clear message', () => {
    const outside = cli('annotate', '1', '--start', '5', '--end', '99999', '--tag', '营商环境');
    expect(outside.status).toBe(1);
    expect(outside.stderr).toMatch(/not inside document #1/);
    const unknown = cli('annotate', '1', '--start', '0', '--end', '3', '--tag', '不存在');
    expect(unknown.stderr).toMatch(/No tag named “不存在”/);
  });

  it('auto-codes 工改 and counts it per town: 小榄镇, 三乡镇 and 南朗镇', () => {
    expect(cli('import', SEEDS_DIR).status).toBe(0);
    expect(cli('tag-add', '工改').status).toBe(0);
    const coded = cli('autocode', '工改', '--tag', '工改');
    expect(coded.status).toBe(0);
    const matrix = JSON.parse(cli('matrix', '--by', 'town', '--json').stdout) as {
      counts: Record<string, Record<string, number>>;
    };
    const row = matrix.counts['工改']!;
    for (const town of ['小榄镇', '三乡镇', '南朗镇']) expect(row[town]).toBeGreaterThan(0);
    expect(row['鹤山市']).toBe(0);
    // Running it again codes nothing twice.
    expect(cli('autocode', '工改', '--tag', '工改').stderr).toMatch(/^0 passages coded/);
  });

  it('moves annotations with the text when a corrected file is re-imported', () => {
    const v1 = path.join(temp.dir, 'v1', '三乡镇-工作报告.txt');
    const v2 = path.join(temp.dir, 'v2', '三乡镇-工作报告.txt');
    fs.mkdirSync(path.dirname(v1));
    fs.mkdirSync(path.dirname(v2));
    const kept = '着力打造市场化、法治化、国际化一流营商环竟,实施政务服务创新高效工程。';
    const dropped = '加快解决内涝问题,完成排水管网改造三公里,消除水浸黑点五处。';
    const body = [
      '三乡镇2023年政府工作报告(节选)',
      '一、优化营商环境',
      kept,
      '二、城乡建设',
      dropped,
      '三、民生',
      '办好十件民生实事。',
    ];
    fs.writeFileSync(v1, body.join('\n'));
    expect(cli('import', v1).status).toBe(0);
    const docs = JSON.parse(cli('docs', '--json').stdout) as { id: number; file_name: string }[];
    const docId = docs.find((d) => d.file_name === '三乡镇-工作报告.txt' && true)!.id;
    const text = (JSON.parse(cli('show', String(docId), '--json').stdout) as { text: string }).text;
    const keptStart = codePointIndex(text, kept);
    const droppedStart = codePointIndex(text, dropped);
    cli(
      'annotate',
      String(docId),
      '--start',
      String(keptStart),
      '--end',
      String(keptStart + Array.from(kept).length),
      '--tag',
      '营商环境',
    );
    cli(
      'annotate',
      String(docId),
      '--start',
      String(droppedStart),
      '--end',
      String(droppedStart + Array.from(dropped).length),
      '--tag',
      '工改',
    );

    // The new version: a paragraph inserted before, a character fixed inside, a paragraph deleted.
    const fixed = kept.replace('营商环竟', '营商环境');
    fs.writeFileSync(
      v2,
      [body[0], '(根据镇人大会议审议意见修改)', body[1], fixed, body[3], body[5], body[6]].join(
        '\n',
      ),
    );
    const revised = cli('reimport', String(docId), v2);
    expect(revised.status).toBe(0);
    expect(JSON.parse(revised.stdout)).toMatchObject({ anchored: 1, needs_attention: 1 });

    const passages = (JSON.parse(cli('coded', '--json').stdout) as Passage[]).filter(
      (p) => p.doc_id === docId,
    );
    const moved = passages.find((p) => p.tags.includes('营商环境'))!;
    expect(moved.status).toBe('anchored');
    expect(moved.quote).toBe(fixed);
    const newText = (JSON.parse(cli('show', String(docId), '--json').stdout) as { text: string })
      .text;
    expect(Array.from(newText).slice(moved.start, moved.end).join('')).toBe(fixed);
    const lost = passages.find((p) => p.tags.includes('工改'))!;
    expect(lost.status).toBe('needs_attention');
  });
});
