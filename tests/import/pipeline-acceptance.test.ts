import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { makeDocx, seedParagraphs } from '../helpers/fixtures/docx';
import { pngHeaderOnly } from '../helpers/fixtures/images';
import { documentHtml, launchPdfMaker } from '../helpers/fixtures/make-pdf';
import { encryptedPdf } from '../helpers/fixtures/minimal-pdf';
import { writeZip } from '../helpers/fixtures/zip';
import { makeTempDir, SEEDS_DIR } from '../helpers/paths';

interface DocJson {
  id: number;
  file_name: string;
  title: string;
  town: string | null;
  county: string | null;
  city: string | null;
  province: string | null;
  level: string | null;
  year: number | null;
  kind: string | null;
  pages: number | null;
  needs_ocr: boolean;
  metadata: Record<string, { value: unknown; confidence: number; evidence: string | null }>;
}
interface SectionJson {
  id: number;
  parent_id: number | null;
  level: number;
  title: string;
  start: number;
  end: number;
}

const seed = (name: string) => fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8');

describe('import pipeline on the sample library (issue #3 acceptance)', () => {
  const temp = makeTempDir();
  const library = path.join(temp.dir, 'pl');
  let docs: DocJson[];
  const docFor = (fileName: string) => docs.find((d) => d.file_name === fileName) as DocJson;
  const show = (id: number) =>
    JSON.parse(runCli(['show', String(id), '--library', library, '--json']).stdout) as {
      text: string;
    };
  const sections = (id: number) =>
    JSON.parse(
      runCli(['sections', String(id), '--library', library, '--json']).stdout,
    ) as SectionJson[];

  beforeAll(() => {
    expect(runCli(['import', '--library', library, SEEDS_DIR]).status).toBe(0);
    docs = JSON.parse(runCli(['docs', '--library', library, '--json']).stdout) as DocJson[];
  });
  afterAll(() => temp.remove());

  it.each([
    ['xiaolan-2023-year-end-summary.txt', '小榄镇', '中山市', 2023, 'year_end_summary'],
    ['xiaolan-2022-news-feature.txt', '小榄镇', '中山市', 2022, 'news'],
    ['sanxiang-2023-work-report.txt', '三乡镇', '中山市', 2023, 'work_report'],
    ['heshan-2023-newspaper.txt', '鹤山市', '江门市', 2023, 'news'],
    ['nanlang-2021-work-plan.txt', '南朗镇', '中山市', 2021, 'work_plan'],
  ])('%s → %s (%s), %i, %s — with confidence and evidence', (file, town, city, year, kind) => {
    const doc = docFor(file);
    expect(doc).toMatchObject({ town, city, province: '广东省', year, kind });
    expect(doc.metadata.town?.confidence).toBeGreaterThan(0.5);
    expect(doc.metadata.town?.evidence).toMatch(
      new RegExp(town.slice(0, 2).replace('榄', '[榄欖]')),
    );
    expect(doc.metadata.year?.evidence).toBeTruthy();
  });

  it('places the county-level city at county level, not in a town inside it', () => {
    expect(docFor('heshan-2023-newspaper.txt')).toMatchObject({
      level: 'county',
      county: '鹤山市',
    });
  });

  it('cleans pinyin annotations and web debris out of the text', () => {
    const summary = show(docFor('xiaolan-2023-year-end-summary.txt').id).text;
    expect(summary).not.toMatch(/\((zh|fā|jīng|shè)/);
    expect(summary).toContain('小欖鎮');
    const feature = show(docFor('xiaolan-2022-news-feature.txt').id).text;
    for (const debris of ['tft每日頭條', 'Copyright', '查看全部'])
      expect(feature).not.toContain(debris);
    expect(feature).toContain('中山第一大鎮小榄');
  });

  it('finds the nine （一）…（九） parts of the 南朗 work plan as level-1 sections', () => {
    const top = sections(docFor('nanlang-2021-work-plan.txt').id).filter(
      (s) => s.parent_id === null,
    );
    expect(top).toHaveLength(9);
    expect(top.every((s) => s.level === 1)).toBe(true);
    expect(top[0]?.title).toContain('实施重大产业平台');
    expect(top[8]?.title).toContain('加强政府自身建设');
  });

  it('finds the （三）…（七） parts of the 三乡 report with their numbered children', () => {
    const all = sections(docFor('sanxiang-2023-work-report.txt').id);
    const parts = [
      '坚持扩内需稳外需',
      '坚持落实"百千万"工程',
      '坚持生态文明建设',
      '坚持文化兴城',
      '坚持以人民为中心',
    ].map((start) => all.find((s) => s.title.startsWith(start)));
    for (const part of parts) {
      expect(part).toBeDefined();
      const children = all.filter((s) => s.parent_id === part!.id);
      expect(children.length).toBeGreaterThan(0);
      for (const child of children) {
        expect(child.start).toBeGreaterThanOrEqual(part!.start);
        expect(child.end).toBeLessThanOrEqual(part!.end);
      }
    }
    expect(all.some((s) => s.title.startsWith('着力建设现代乡村产业体系'))).toBe(true);
    expect(all.some((s) => s.title.startsWith('加速项目落地'))).toBe(true);
  });

  it('lets the user correct metadata, marked as edited', () => {
    const id = docFor('heshan-2023-newspaper.txt').id;
    const result = runCli([
      'set',
      String(id),
      '--library',
      library,
      '--year',
      '2024',
      '--kind',
      'other',
    ]);
    expect(result.status).toBe(0);
    const after = (
      JSON.parse(runCli(['docs', '--library', library, '--json']).stdout) as (DocJson & {
        metadata: Record<string, { edited_by_user: boolean }>;
      })[]
    ).find((d) => d.id === id)!;
    expect(after).toMatchObject({ year: 2024, kind: 'other' });
    expect(after.metadata.year?.edited_by_user).toBe(true);
    expect(after.metadata.town?.edited_by_user).toBe(false);
    expect(runCli(['set', String(id), '--library', library, '--year', 'soon']).stderr).toMatch(
      /--year/,
    );
  });
});

describe('a mixed folder: encodings, Word, PDF and every bad input (issue #3 acceptance)', () => {
  const temp = makeTempDir();
  const library = path.join(temp.dir, 'pl');
  const folder = path.join(temp.dir, 'inbox');
  const bad = new Map<string, RegExp>();
  let output: ReturnType<typeof runCli>;
  let docs: DocJson[];
  const canary = path.join(temp.dir, 'canary-secret.txt');

  beforeAll(async () => {
    fs.mkdirSync(folder);
    for (const name of fs.readdirSync(SEEDS_DIR))
      fs.copyFileSync(path.join(SEEDS_DIR, name), path.join(folder, name));
    const put = (name: string, data: string | Buffer) =>
      fs.writeFileSync(path.join(folder, name), data);

    // Good files in other encodings and formats.
    put('三乡-GBK.txt', iconv.encode(seed('sanxiang-2023-work-report.txt'), 'gbk'));
    const big5Text =
      '小欖鎮2022年工作總結\n中山第一大鎮小欖重構發展格局、重塑發展優勢的探索,不僅僅是為中山鎮街打個樣。\n持續推進「工改」,拆除整理低效工業用地。';
    put('小欖-Big5.txt', iconv.encode(big5Text, 'big5'));
    // Its own title paragraph makes it new content (the same text as the seed is a duplicate).
    put(
      '南朗-2021.docx',
      await makeDocx(
        [
          { text: '南朗镇2021年工作安排（Word 版）', heading: 1 },
          ...seedParagraphs(seed('nanlang-2021-work-plan.txt')),
        ],
        '南朗镇2021年工作安排',
      ),
    );
    const maker = await launchPdfMaker();
    try {
      const heshan = seed('heshan-2023-newspaper.txt');
      await maker.pdf(documentHtml('鹤山', heshan), path.join(folder, '鹤山-2023.pdf'));
    } finally {
      await maker.close();
    }

    // Bad inputs: each must get one line naming it, and must not stop the batch.
    const addBad = (name: string, data: string | Buffer, reason: RegExp) => {
      put(name, data);
      bad.set(name, reason);
    };
    addBad(
      'not-a-zip.docx',
      'This is plain text pretending to be Word.',
      /not a Word document|zip/i,
    );
    addBad(
      'no-document-xml.docx',
      writeZip([{ name: 'hello.txt', data: Buffer.from('hi') }]),
      /document\.xml|Word/i,
    );
    addBad(
      'zip-bomb.docx',
      writeZip(
        Array.from({ length: 10_050 }, (_, i) => ({ name: `f${i}.xml`, data: Buffer.alloc(0) })),
      ),
      /entries|too many|unsafe|large/i,
    );
    addBad('encrypted.pdf', encryptedPdf(), /password|encrypt/i);
    addBad('not-a-pdf.pdf', 'hello, I am not a PDF', /PDF|corrupt|damaged/i);
    addBad('huge-image.png', pngHeaderOnly(30_000, 30_000), /30000|pixels|too large/i);
    addBad(
      'binary.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0xff]),
      /binary|not look like text/i,
    );
    addBad('empty.txt', '', /empty/i);
    const huge = path.join(folder, 'huge-300MB.txt');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 300 * 1024 * 1024); // sparse: refused by size before reading
    bad.set('huge-300MB.txt', /limit|too large|MB/i);

    // Hostile but importable: scripts never run and never reach the text.
    put(
      'scripts.html',
      `<html><head><title>南朗镇2021年工作安排</title><meta http-equiv="refresh" content="0;url=https://evil.example"></head>
       <body><script>globalThis.__pwned = true</script><img src=x onerror="globalThis.__pwned=true">
       <a href="javascript:alert(1)">点我</a><iframe src="https://evil.example"></iframe><svg onload="alert(1)"></svg>
       <article><h1>南朗镇2021年工作安排</h1><p>2021年是“十四五”开局之年,南朗镇推进老旧工业园区改造。</p></article></body></html>`,
    );
    // A docx whose image points at a file on this machine: the file must never be read.
    fs.writeFileSync(canary, 'CANARY-SECRET-CONTENT');
    const externalImage = await makeDocx([
      { text: '三乡镇2023年政府工作报告(节选)' },
      { text: '推进“工改”与招商引资。' },
    ]);
    put('external-link.docx', externalImage);

    output = runCli(['import', '--library', library, folder]);
    docs = JSON.parse(runCli(['docs', '--library', library, '--json']).stdout) as DocJson[];
  }, 180_000);
  afterAll(() => temp.remove());

  const line = (name: string) =>
    output.stdout.split('\n').filter((l) => l.includes(`${path.sep}${name}`));

  it('gives every bad file exactly one failed line with its reason, and exits 1', () => {
    for (const [name, reason] of bad) {
      const lines = line(name);
      expect(lines, name).toHaveLength(1);
      expect(lines[0], name).toMatch(/^failed /);
      expect(lines[0], name).toMatch(reason);
    }
    expect(output.status).toBe(1);
  });

  it('imports everything else', () => {
    for (const name of [
      '南朗-2021.docx',
      '鹤山-2023.pdf',
      '小欖-Big5.txt',
      'scripts.html',
      'external-link.docx',
    ]) {
      expect(line(name)[0], name).toMatch(/^imported /);
    }
    expect(output.stdout.match(/^imported /gm)).toHaveLength(5 + 5);
  });

  it('decodes GBK exactly: the copy is recognised as the same text as the UTF-8 seed', () => {
    expect(line('三乡-GBK.txt')[0]).toMatch(/^duplicate /);
  });

  it('reads Big5, Word and PDF with the right text and places them', () => {
    const big5 = docs.find((d) => d.file_name === '小欖-Big5.txt')!;
    expect(big5.town).toBe('小榄镇');
    const docx = docs.find((d) => d.file_name === '南朗-2021.docx')!;
    expect(docx).toMatchObject({ town: '南朗镇', year: 2021, format: 'docx' });
    const docxSections = JSON.parse(
      runCli(['sections', String(docx.id), '--library', library, '--json']).stdout,
    ) as SectionJson[];
    // The nine Heading 2 parts come back as sections of one level.
    const first = docxSections.find((s) => s.title.includes('实施重大产业平台'));
    expect(first).toBeDefined();
    expect(docxSections.filter((s) => s.level === first!.level)).toHaveLength(9);
    const pdf = docs.find((d) => d.file_name === '鹤山-2023.pdf')!;
    expect(pdf).toMatchObject({ town: '鹤山市', format: 'pdf', needs_ocr: false });
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    const pdfText = (
      JSON.parse(runCli(['show', String(pdf.id), '--library', library, '--json']).stdout) as {
        text: string;
      }
    ).text;
    expect(pdfText).toContain('发展县域经济,奋力再造一个工业新鹤山');
    // Lines broken by the PDF layout are joined back: no line break inside this sentence.
    expect(pdfText).toMatch(/江门市入选首批典型县的县\(市、区\)是鹤山市/);
  });

  it('keeps scripts out of the text and never reads a file a document points at', () => {
    const html = docs.find((d) => d.file_name === 'scripts.html')!;
    const text = (
      JSON.parse(runCli(['show', String(html.id), '--library', library, '--json']).stdout) as {
        text: string;
      }
    ).text;
    expect(text).toContain('老旧工业园区改造');
    expect(text).not.toMatch(/pwned|onerror|javascript:|alert/);
    for (const doc of docs) {
      const shown = runCli(['show', String(doc.id), '--library', library, '--json']).stdout;
      expect(shown).not.toContain('CANARY-SECRET-CONTENT');
    }
  });
});
