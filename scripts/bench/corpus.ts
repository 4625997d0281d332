import fs from 'node:fs';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';

/** Towns the generator swaps in (real Guangdong towns), so the corpus spreads like a province's. */
export const BENCH_TOWNS = [
  '小榄镇', '三乡镇', '南朗镇', '古镇镇', '坦洲镇', '黄圃镇', '东凤镇', '横栏镇', '板芙镇', '神湾镇',
  '港口镇', '沙溪镇', '大涌镇', '民众街道', '三角镇', '阜沙镇', '南头镇', '五桂山街道', '火炬开发区', '翠亨新区',
  '石龙镇', '虎门镇', '长安镇', '常平镇', '塘厦镇', '樟木头镇', '凤岗镇', '清溪镇', '寮步镇', '大朗镇',
  '北滘镇', '乐从镇', '龙江镇', '勒流镇', '杏坛镇', '均安镇', '容桂街道', '大良街道', '陈村镇', '西樵镇',
  '狮山镇', '九江镇', '丹灶镇', '里水镇', '大沥镇', '沙坪街道', '共和镇', '址山镇', '雅瑶镇', '宅梧镇',
] as const;

/**
 * Bumped whenever the generated files change, so a cache built by an older generator is never
 * measured as if it were this one.
 */
const GENERATOR_VERSION = 4;
const DEFAULT_SEED = 20261121;

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Corpus {
  /** The folder of documents (imported as one folder). */
  dir: string;
  files: string[];
  /** The documents' plain text, one document per line (paragraphs joined by U+2029). */
  textFile: string;
  /** Bytes of plain text (UTF-8): what throughput is measured on, whatever the file format. */
  textBytes: number;
}

/** 70 % .txt, 20 % .html, 10 % .docx: how the towns' sites and mailboxes hand documents out. */
function extensionFor(i: number): '.txt' | '.html' | '.docx' {
  const slot = i % 10;
  return slot < 7 ? '.txt' : slot < 9 ? '.html' : '.docx';
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function html(title: string, body: readonly string[]): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><h1>${escapeHtml(title)}</h1>
${body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</body></html>
`;
}

async function docx(title: string, body: readonly string[]): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
          ...body.map((p) => new Paragraph({ text: p })),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/**
 * Writes N documents built from the seeds' paragraphs (shuffled across documents, town names
 * swapped among 50 Guangdong towns, years 2019–2024, numbers varied) as a .txt/.html/.docx mix
 * into `cacheRoot/corpus-v{version}-{count}`, reusing an earlier run's files.
 */
export async function generateCorpus(
  seedsDir: string,
  cacheRoot: string,
  count: number,
  /** Another seed gives other documents (not duplicates of the main corpus). */
  seed = DEFAULT_SEED,
): Promise<Corpus> {
  const suffix = seed === DEFAULT_SEED ? '' : `-seed${seed}`;
  const dir = path.join(cacheRoot, `corpus-v${GENERATOR_VERSION}-${count}${suffix}`);
  const marker = path.join(dir, '.complete');
  const textFile = path.join(dir, 'plain-text.txt');
  const docsDir = path.join(dir, 'docs');
  const files = Array.from({ length: count }, (_, i) =>
    path.join(docsDir, `doc-${String(i).padStart(6, '0')}${extensionFor(i)}`),
  );
  if (fs.existsSync(marker)) {
    return { dir: docsDir, files, textFile, textBytes: Number(fs.readFileSync(marker, 'utf8')) };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(docsDir, { recursive: true });
  const paragraphs = fs
    .readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8').split(/\n+/))
    .map((p) => p.trim())
    .filter((p) => p.length >= 20);
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  // The plain text goes to its own file (outside `files`), streamed, never held whole.
  const text = fs.openSync(textFile, 'w');
  let textBytes = 0;
  try {
    for (let i = 0; i < count; i++) {
      const town = pick(BENCH_TOWNS);
      const year = 2019 + (i % 6);
      const title = `${town}${year}年工作报告（第${i}号）`;
      const body = Array.from({ length: 11 + Math.floor(random() * 10) }, () =>
        pick(paragraphs)
          // Every spelling of the seeds' own places (simplified and traditional), so the town a
          // document is about is the one it names.
          .replace(/小[榄欖][镇鎮]|三[乡鄉][镇鎮]|南朗[镇鎮]|[鹤鶴]山市|宅梧[镇鎮]|双合[镇鎮]|雙合鎮|东升[镇鎮]|東升鎮/g, town)
          // A year stays a year of this document's span; other numbers vary by ±50 %.
          .replace(/20[12]\d(?=年)|\d+(\.\d+)?/g, (n) =>
            /^20[12]\d$/.test(n) ? String(year - Math.floor(random() * 2)) : String(Math.round(Number(n) * (0.5 + random()))),
          ),
      );
      const file = files[i] as string;
      const extension = extensionFor(i);
      if (extension === '.txt') fs.writeFileSync(file, `${title}\n${body.join('\n')}\n`);
      else if (extension === '.html') fs.writeFileSync(file, html(title, body));
      else fs.writeFileSync(file, await docx(title, body));
      const line = `${[title, ...body].join('\u2029')}\n`;
      textBytes += Buffer.byteLength(line);
      fs.writeSync(text, line);
    }
  } finally {
    fs.closeSync(text);
  }
  fs.writeFileSync(marker, String(textBytes));
  return { dir: docsDir, files, textFile, textBytes };
}
