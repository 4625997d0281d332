import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { Handlers } from '../../shared/api';
import type {
  Annotation,
  DocumentDetail,
  DocumentSummary,
  JobStatus,
  Tag,
} from '../../shared/domain';
import { runCli } from '../helpers/cli';
import { importAndWait, openTestCore } from '../helpers/core';
import { makeTempDir, REPO_ROOT, SEEDS_DIR } from '../helpers/paths';

const XSD = path.join(REPO_ROOT, 'tests/fixtures/refi-qda/Project-mrt2019.xsd');
const HAS_XMLLINT = spawnSync('xmllint', ['--version']).status === 0;

/** A text with characters outside the BMP (CJK Extension B), to check positions count code points. */
const EXTRA_TEXT = [
  '石岐街道2024年生态农业工作方案',
  '一、总体要求',
  '𠀾村推进“𠮷野”生态农业示范区建设，打造𩸽鱼特色养殖基地，带动农户增收。',
  '二、重点任务',
  '（一）加强农田水利基础设施建设，完善灌溉排水体系。',
  '（二）培育新型农业经营主体，发展农产品精深加工。',
].join('\n');
const EXTRA_QUOTE = '𠀾村推进“𠮷野”生态农业示范区建设，打造𩸽鱼特色养殖基地';

type Call = Record<keyof Handlers, (input: unknown) => unknown>;
const api = (core: Core) => core.handlers as unknown as Call;

/** Code point offsets of `needle` in `text`. */
function rangeOf(text: string, needle: string): { start: number; end: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in the text: ${needle}`);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(needle).length };
}

async function waitJob(core: Core, started: unknown): Promise<JobStatus> {
  return core.jobs.wait((started as { jobId: string }).jobId);
}

function unzip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.readEntry();
    });
  });
}

function writeZip(file: string, entries: Record<string, string>): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(Buffer.from(content), name);
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream
      .pipe(fs.createWriteStream(file))
      .on('close', () => resolve())
      .on('error', reject);
  });
}

/** What a user sees of a library: documents, the code tree, and the coded passages. */
function snapshot(core: Core) {
  const h = api(core);
  const tags = h.listTags({}) as Tag[];
  const pathOf = (id: number): string => {
    const tag = tags.find((t) => t.id === id)!;
    return tag.parentId === null ? tag.name : `${pathOf(tag.parentId)} › ${tag.name}`;
  };
  const docs = (h.listDocuments({}) as DocumentSummary[]).map(
    (d) => h.getDocument({ id: d.id }) as DocumentDetail,
  );
  return {
    documents: docs
      .map((d) => ({
        title: d.title,
        text: d.text,
        town: d.town,
        county: d.county,
        year: d.year,
        kind: d.kind,
        memo: (h.getDocumentMemo({ docId: d.id }) as { memo: string }).memo,
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    codes: tags
      .map((t) => ({ path: pathOf(t.id), color: t.color, description: t.description }))
      .sort((a, b) => a.path.localeCompare(b.path)),
    passages: docs
      .flatMap((d) =>
        (h.listAnnotations({ docId: d.id }) as Annotation[]).map((a) => ({
          document: d.title,
          start: a.start,
          end: a.end,
          quote: a.quote,
          codes: a.tagIds.map(pathOf).sort(),
          comment: a.comment,
          status: a.status,
        })),
      )
      .sort((a, b) => `${a.document}:${a.start}`.localeCompare(`${b.document}:${b.start}`)),
  };
}

describe('REFI-QDA project export and import (.qdpx)', () => {
  const temp = makeTempDir();
  const libraryA = path.join(temp.dir, 'A');
  const qdpx = path.join(temp.dir, 'out', '项目.qdpx');
  let a: Core;
  let exported: JobStatus;
  let entries: Map<string, Buffer>;
  let before: ReturnType<typeof snapshot>;

  beforeAll(async () => {
    a = openTestCore(libraryA);
    const extra = path.join(temp.dir, '石岐-生态农业方案.txt');
    fs.writeFileSync(extra, EXTRA_TEXT);
    await importAndWait(a, [SEEDS_DIR, extra]);
    const h = api(a);
    const docs = (h.listDocuments({}) as DocumentSummary[]).map(
      (d) => h.getDocument({ id: d.id }) as DocumentDetail,
    );
    expect(docs).toHaveLength(6);
    const industry = h.createTag({
      name: '产业发展',
      color: '#d4380d',
      description: '产业相关表述',
    }) as Tag;
    const investment = h.createTag({
      name: '招商引资',
      color: '#08979c',
      parentId: industry.id,
    }) as Tag;
    const projects = h.createTag({ name: '重大项目', parentId: investment.id }) as Tag;
    const welfare = h.createTag({ name: '民生保障', color: '#531DAB' }) as Tag;
    const extraDoc = docs.find((d) => d.text.includes(EXTRA_QUOTE))!;
    const seeds = docs.filter((d) => d !== extraDoc);
    const passage = (doc: DocumentDetail, start: number, length: number) => ({
      docId: doc.id,
      start: Math.min(start, doc.chars - length),
      end: Math.min(start, doc.chars - length) + length,
    });
    const annotate = (input: object) => h.createAnnotation(input);
    annotate({ ...passage(seeds[0]!, 40, 30), tagIds: [investment.id], comment: '招商引资的表述' });
    annotate({ ...passage(seeds[1]!, 100, 25), tagIds: [industry.id, welfare.id] });
    annotate({
      ...passage(seeds[2]!, 10, 15),
      tagIds: [welfare.id],
      comment: '两行备注\n含 <xml> & "引号"',
    });
    annotate({ ...passage(seeds[3]!, 200, 60), tagIds: [projects.id] });
    annotate({ ...passage(seeds[4]!, 5, 12), tagIds: [], comment: '只有备注，没有编码' });
    annotate({
      docId: extraDoc.id,
      ...rangeOf(extraDoc.text, EXTRA_QUOTE),
      tagIds: [investment.id, welfare.id],
      comment: '𩸽鱼：扩展B区汉字',
    });
    h.setDocumentMemo({ docId: seeds[0]!.id, memo: '本镇重点：工改\n第二行' });
    h.updateMetadata({
      id: extraDoc.id,
      changes: { town: '石岐街道', county: '中山市', year: 2024, kind: 'work_plan' },
    });
    before = snapshot(a);
    exported = await waitJob(a, h.startQdpxExport({ path: qdpx }));
    entries = await unzip(qdpx);
  });
  afterAll(async () => {
    await a.close();
    temp.remove();
  });

  it('writes project.qde and the text of every document in Sources/', () => {
    expect(exported.state).toBe('done');
    expect(exported.output).toBe(qdpx);
    const names = [...entries.keys()];
    expect(names[0]).toBe('project.qde');
    const sources = names.filter((n) => n.startsWith('Sources/'));
    expect(sources).toHaveLength(6);
    for (const name of sources) expect(name).toMatch(/^Sources\/[0-9A-F-]{36}\.txt$/);
    expect(names).toHaveLength(7);
    const texts = sources.map((n) => entries.get(n)!.toString('utf8')).sort();
    expect(texts).toEqual(before.documents.map((d) => d.text).sort());
    expect(fs.readdirSync(path.dirname(qdpx))).toEqual(['项目.qdpx']);
  });

  it.skipIf(!HAS_XMLLINT)(
    'validates against the published REFI-QDA schema (Project-mrt2019.xsd, via xmllint)',
    () => {
      const qde = path.join(temp.dir, 'project.qde');
      fs.writeFileSync(qde, entries.get('project.qde')!);
      const result = spawnSync('xmllint', ['--noout', '--schema', XSD, qde], { encoding: 'utf8' });
      expect(result.stderr).toContain('validates');
      expect(result.status).toBe(0);
    },
  );
  if (!HAS_XMLLINT) {
    console.warn('xmllint is not installed: the schema validation of project.qde was skipped.');
  }

  it('has the codebook, cases, variables and coded selections the standard describes', () => {
    const xml = entries.get('project.qde')!.toString('utf8');
    const project = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) =>
        ['Code', 'TextSource', 'PlainTextSelection', 'Coding', 'Case', 'Variable'].includes(name) ||
        ['VariableValue', 'SourceRef', 'NoteRef', 'Note', 'User'].includes(name),
    }).parse(xml).Project;
    expect(project.xmlns).toBe('urn:QDA-XML:project:1.0');
    expect(project.origin).toMatch(/^PolicyLens/);
    const guid = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;
    const [root1, root2] = project.CodeBook.Codes.Code;
    expect([root1.name, root2.name].sort()).toEqual(['民生保障', '产业发展'].sort());
    const industry = [root1, root2].find((c) => c.name === '产业发展');
    expect(industry).toMatchObject({ color: '#d4380d', isCodable: 'true' });
    expect(industry.Description).toBe('产业相关表述');
    expect(industry.Code[0]).toMatchObject({ name: '招商引资', color: '#08979c' });
    expect(industry.Code[0].Code[0].name).toBe('重大项目');
    expect(project.Variables.Variable.map((v: { name: string }) => v.name)).toEqual([
      'town',
      'county',
      'year',
      'kind',
    ]);
    const sources = project.Sources.TextSource as {
      guid: string;
      name: string;
      plainTextPath: string;
      PlainTextSelection?: {
        guid: string;
        startPosition: string;
        endPosition: string;
        Description?: string;
        Coding?: { CodeRef: { targetGUID: string } }[];
      }[];
    }[];
    expect(sources).toHaveLength(6);
    let selections = 0;
    for (const source of sources) {
      expect(source.guid).toMatch(guid);
      expect(source.plainTextPath).toBe(`internal://${source.guid}.txt`);
      const text = Array.from(entries.get(`Sources/${source.guid}.txt`)!.toString('utf8'));
      for (const selection of source.PlainTextSelection ?? []) {
        selections++;
        const quote = text
          .slice(Number(selection.startPosition), Number(selection.endPosition))
          .join('');
        const doc = before.documents.find((d) => d.title === source.name)!;
        expect(before.passages.some((p) => p.document === doc.title && p.quote === quote)).toBe(
          true,
        );
      }
    }
    expect(selections).toBe(6);
    // The passage with Extension B characters: code point positions, not UTF-16 units.
    const extra = sources.find(
      (s) => s.name === before.documents.find((d) => d.text === EXTRA_TEXT)?.title,
    );
    const selection = extra!.PlainTextSelection![0]!;
    const expected = rangeOf(EXTRA_TEXT, EXTRA_QUOTE);
    expect(Number(selection.startPosition)).toBe(expected.start);
    expect(Number(selection.endPosition)).toBe(expected.end);
    expect(selection.Description).toBe('𩸽鱼：扩展B区汉字');
    expect(selection.Coding).toHaveLength(2);
    // One case per town, holding its documents.
    const town = project.Cases.Case.find((c: { name: string }) => c.name === '石岐街道');
    expect(town.SourceRef.map((r: { targetGUID: string }) => r.targetGUID)).toEqual([extra!.guid]);
    // The document memo is a note the source refers to.
    expect(project.Notes.Note[0].PlainTextContent).toBe('本镇重点：工改\n第二行');
  });

  it('imports into an empty library: the same documents, codes, passages and metadata', async () => {
    const b = openTestCore(path.join(temp.dir, 'B'));
    try {
      const job = await waitJob(b, api(b).startQdpxImport({ path: qdpx }));
      expect(job.error).toBeNull();
      expect(job.state).toBe('done');
      const after = snapshot(b);
      expect(after.documents).toEqual(before.documents);
      expect(after.codes).toEqual(before.codes);
      expect(after.passages).toEqual(before.passages);
      expect(after.passages).toHaveLength(6);
      expect(after.passages.every((p) => p.status === 'anchored')).toBe(true);

      // Importing the same project again reuses the documents, codes and passages.
      const again = await waitJob(b, api(b).startQdpxImport({ path: qdpx }));
      expect(again.state).toBe('done');
      expect(snapshot(b)).toEqual(after);
    } finally {
      await b.close();
    }
  });

  it('cancelling an export or an import leaves no file and no change behind', async () => {
    const h = api(a);
    const file = path.join(temp.dir, 'cancelled', 'cancelled.qdpx');
    // Cancelled at once: the worker sees the request at its first step.
    const started = h.startQdpxExport({ path: file }) as { jobId: string };
    a.jobs.cancel(started.jobId);
    expect((await a.jobs.wait(started.jobId)).state).toBe('cancelled');
    expect(fs.existsSync(path.dirname(file)) ? fs.readdirSync(path.dirname(file)) : []).toEqual([]);

    const f = openTestCore(path.join(temp.dir, 'F'));
    try {
      const importing = api(f).startQdpxImport({ path: qdpx }) as { jobId: string };
      f.jobs.cancel(importing.jobId);
      expect((await f.jobs.wait(importing.jobId)).state).toBe('cancelled');
      expect(snapshot(f)).toEqual({ documents: [], codes: [], passages: [] });
    } finally {
      await f.close();
    }
  });

  it('exports an empty library as a valid project that imports as nothing', async () => {
    const empty = openTestCore(path.join(temp.dir, 'empty'));
    try {
      const file = path.join(temp.dir, 'empty.qdpx');
      const job = await waitJob(empty, api(empty).startQdpxExport({ path: file }));
      expect(job.state).toBe('done');
      const zipped = await unzip(file);
      expect([...zipped.keys()]).toEqual(['project.qde']);
      if (HAS_XMLLINT) {
        const qde = path.join(temp.dir, 'empty.qde');
        fs.writeFileSync(qde, zipped.get('project.qde')!);
        expect(spawnSync('xmllint', ['--noout', '--schema', XSD, qde]).status).toBe(0);
      }
      const back = await waitJob(empty, api(empty).startQdpxImport({ path: file }));
      expect(back.state).toBe('done');
      expect(snapshot(empty)).toEqual({ documents: [], codes: [], passages: [] });
    } finally {
      await empty.close();
    }
  });

  it('fails with a clear error naming the file when the .qdpx is not a zip', async () => {
    const bad = path.join(temp.dir, 'not-a-zip.qdpx');
    fs.writeFileSync(bad, 'this is plain text, not a REFI-QDA project');
    const job = await waitJob(a, api(a).startQdpxImport({ path: bad }));
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'FILE_CORRUPT', file: bad });
    expect(job.error!.message).toMatch(/not a zip/);
  });

  it('fails with a clear error when the zip holds no project.qde', async () => {
    const bad = path.join(temp.dir, 'no-project.qdpx');
    await writeZip(bad, { 'Sources/a.txt': '正文' });
    const job = await waitJob(a, api(a).startQdpxImport({ path: bad }));
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'FILE_CORRUPT', file: bad });
    expect(job.error!.message).toMatch(/project\.qde/);
  });

  it('fails with a clear error when project.qde is not XML', async () => {
    const bad = path.join(temp.dir, 'broken-xml.qdpx');
    await writeZip(bad, { 'project.qde': '<Project name="x"><CodeBook></Project>' });
    const job = await waitJob(a, api(a).startQdpxImport({ path: bad }));
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'FILE_CORRUPT', file: bad });
  });

  it('imports another tool’s project and goes on past a passage it cannot place', async () => {
    const file = path.join(temp.dir, 'other-tool.qdpx');
    // The share line is page debris our import cleans away: its passage cannot be placed.
    const text =
      '南朗街道2022年工作要点\n全面优化营商环境，推进低效工业用地改造。\n分享到：微信朋友圈\n加强基层社会治理。';
    const start = rangeOf(text, '全面优化营商环境').start;
    const debris = rangeOf(text, '分享到：微信朋友圈');
    await writeZip(file, {
      'project.qde': `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Other" origin="QualCoder">
  <CodeBook><Codes>
    <Code guid="{aaaaaaaa-0000-4000-8000-000000000001}" name="营商环境" isCodable="true" color="#f0a"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="bbbbbbbb-0000-4000-8000-000000000001" name="南朗街道工作要点" plainTextPath="internal://b.txt">
      <PlainTextSelection guid="cccccccc-0000-4000-8000-000000000001" startPosition="${start}" endPosition="${start + 8}">
        <Coding guid="dddddddd-0000-4000-8000-000000000001"><CodeRef targetGUID="AAAAAAAA-0000-4000-8000-000000000001"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="cccccccc-0000-4000-8000-000000000002" startPosition="900" endPosition="950"/>
      <PlainTextSelection guid="cccccccc-0000-4000-8000-000000000003" startPosition="${debris.start}" endPosition="${debris.end}">
        <Description>页面&#x6B8B;留</Description>
      </PlainTextSelection>
    </TextSource>
    <PDFSource guid="eeeeeeee-0000-4000-8000-000000000001" name="scan.pdf" path="internal://scan.pdf"/>
  </Sources>
</Project>`,
      'Sources/b.txt': text,
    });
    const c = openTestCore(path.join(temp.dir, 'C'));
    try {
      const job = await waitJob(c, api(c).startQdpxImport({ path: file }));
      expect(job.state).toBe('done');
      const after = snapshot(c);
      expect(after.documents.map((d) => d.title)).toEqual(['南朗街道工作要点']);
      expect(after.codes).toEqual([{ path: '营商环境', color: '#ff00aa', description: '' }]);
      expect(after.documents[0]!.text).not.toContain('分享到');
      // Placed; out of the text (dropped); cleaned away (kept, flagged for the user).
      expect(after.passages).toEqual([
        expect.objectContaining({
          quote: '全面优化营商环境',
          codes: ['营商环境'],
          status: 'anchored',
        }),
        expect.objectContaining({
          quote: '分享到：微信朋友圈',
          comment: '页面残留',
          status: 'needs_attention',
        }),
      ]);
    } finally {
      await c.close();
    }
  });

  describe('from the CLI', () => {
    const out = path.join(temp.dir, 'cli', 'project.qdpx');

    it('export-qdpx writes the file, refuses to replace it without --force, replaces it with', () => {
      const first = runCli(['export-qdpx', '--library', libraryA, '--out', out]);
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(first.stdout.trim()).toBe(out);
      const again = runCli(['export-qdpx', '--library', libraryA, '--out', out]);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('--force');
      expect(again.stderr).toContain(out);
      const forced = runCli(['export-qdpx', '--library', libraryA, '--out', out, '--force']);
      expect(forced.status).toBe(0);
    });

    it('import-qdpx brings the project into another library', () => {
      const library = path.join(temp.dir, 'D');
      const result = runCli(['import-qdpx', out, '--library', library]);
      expect(result.status).toBe(0);
      const docs = JSON.parse(runCli(['docs', '--json', '--library', library]).stdout) as unknown[];
      expect(docs).toHaveLength(6);
      const coded = JSON.parse(runCli(['coded', '--json', '--library', library]).stdout) as {
        quote: string;
      }[];
      expect(coded.map((p) => p.quote).sort()).toEqual(before.passages.map((p) => p.quote).sort());
    });

    it('import-qdpx of a missing file exits 1 naming it', () => {
      const missing = path.join(temp.dir, 'missing.qdpx');
      const result = runCli(['import-qdpx', missing, '--library', path.join(temp.dir, 'E')]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(missing);
    });
  });
});
