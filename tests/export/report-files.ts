import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { readZip } from '../helpers/fixtures/zip';

/** Independent readers for exported files: unzip + XML for .docx, poppler and LibreOffice. */

export interface DocxParagraph {
  style: string | null;
  text: string;
}

export interface DocxTable {
  columns: number;
  rows: string[][];
}

export interface DocxContent {
  xml: string;
  paragraphs: DocxParagraph[];
  tables: DocxTable[];
  /** Heading (a Heading-styled paragraph, not its TOC entry) → the first table after it. */
  tableAfter(heading: string): DocxTable | undefined;
  /** Runs that carry text but no East Asian font. */
  runsWithoutEastAsiaFont: number;
  footnotes: string[];
  comments: string[];
}

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  preserveOrder: true,
  trimValues: false,
  // Text such as "1." stays text (not the number 1).
  parseTagValue: false,
  attributeNamePrefix: '',
});

function children(node: Node): Node[] {
  const key = Object.keys(node).find((k) => k !== ':@');
  const value = key ? node[key] : undefined;
  return Array.isArray(value) ? (value as Node[]) : [];
}
function tag(node: Node): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}
function attr(node: Node, name: string): string | undefined {
  return (node[':@'] as Record<string, string> | undefined)?.[name];
}
function find(nodes: Node[], name: string): Node[] {
  const found: Node[] = [];
  for (const node of nodes) {
    if (tag(node) === name) found.push(node);
    found.push(...find(children(node), name));
  }
  return found;
}
function textOf(node: Node): string {
  if (tag(node) === '#text') return String(node['#text']);
  if (tag(node) === 'w:br') return '\n';
  return children(node).map(textOf).join('');
}
function paragraphOf(node: Node): DocxParagraph {
  const style = find(children(node), 'w:pStyle')[0];
  return {
    style: style ? (attr(style, 'w:val') ?? null) : null,
    text: find([node], 'w:t').length ? textOf(node) : '',
  };
}

export async function readDocx(file: string): Promise<DocxContent> {
  const zip = await readZip(fs.readFileSync(file));
  const xml = zip.get('word/document.xml')?.toString('utf8') ?? '';
  const body = find(parser.parse(xml) as Node[], 'w:body')[0]!;
  const paragraphs: DocxParagraph[] = [];
  const tables: DocxTable[] = [];
  const order: ({ kind: 'p'; index: number } | { kind: 't'; index: number })[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (tag(node) === 'w:p') {
        order.push({ kind: 'p', index: paragraphs.length });
        paragraphs.push(paragraphOf(node));
      } else if (tag(node) === 'w:tbl') {
        order.push({ kind: 't', index: tables.length });
        tables.push({
          columns: find(children(node), 'w:gridCol').length,
          rows: find(children(node), 'w:tr').map((tr) =>
            find(children(tr), 'w:tc').map((tc) =>
              find(children(tc), 'w:p').map(textOf).join('\n'),
            ),
          ),
        });
      } else if (tag(node) === 'w:sdt') {
        walk(find(children(node), 'w:sdtContent').flatMap(children));
      } else walk(children(node));
    }
  };
  walk(children(body));
  const runs = find([body], 'w:r').filter((r) => find(children(r), 'w:t').length > 0);
  const withoutFont = runs.filter((r) => {
    const fonts = find(children(r), 'w:rFonts')[0];
    return !fonts || !attr(fonts, 'w:eastAsia');
  }).length;
  const notes = (name: string, element: string) => {
    const part = zip.get(name)?.toString('utf8');
    if (!part) return [];
    return find(parser.parse(part) as Node[], element)
      .filter((n) => Number(attr(n, 'w:id')) > 0 || element === 'w:comment')
      .map(textOf);
  };
  return {
    xml,
    paragraphs,
    tables,
    tableAfter(heading) {
      const at = order.findIndex(
        (o) =>
          o.kind === 'p' &&
          paragraphs[o.index]?.text === heading &&
          /^Heading/.test(paragraphs[o.index]?.style ?? ''),
      );
      const next = order.slice(at + 1).find((o) => o.kind === 't');
      return at >= 0 && next ? tables[next.index] : undefined;
    },
    runsWithoutEastAsiaFont: withoutFont,
    footnotes: notes('word/footnotes.xml', 'w:footnote'),
    comments: notes('word/comments.xml', 'w:comment'),
  };
}

function run(command: string, args: string[], timeoutMs = 120_000): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: timeoutMs });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed: ${result.stderr || result.error?.message}`,
    );
  }
  return result.stdout;
}

export const pdfText = (file: string): string => run('pdftotext', [file, '-']);
export const pdfPageCount = (file: string): number =>
  Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1] ?? 0);
/** pdffonts rows: name, type and whether embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name … emb sub uni object ID: emb is the 5th field from the end
      return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
    });
}

/** Renders one PDF page to a PNG file (poppler). */
export function pdfPageToPng(file: string, page: number, outFile: string, dpi = 70): void {
  const prefix = outFile.replace(/\.png$/, '');
  run('pdftoppm', [
    '-r',
    String(dpi),
    '-png',
    '-singlefile',
    '-f',
    String(page),
    '-l',
    String(page),
    file,
    prefix,
  ]);
}

export function hasLibreOffice(): boolean {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** .docx → .pdf with LibreOffice headless (its own profile, so parallel runs don't collide). */
export function docxToPdf(file: string, outDir: string): string {
  const profile = path.join(outDir, 'lo-profile');
  run(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      file,
    ],
    180_000,
  );
  return path.join(outDir, `${path.basename(file, '.docx')}.pdf`);
}

/** Text without any white space: PDF text extraction breaks lines anywhere in CJK. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');
