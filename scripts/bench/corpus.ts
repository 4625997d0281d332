import fs from 'node:fs';
import path from 'node:path';

/** Towns the generator swaps in (real Guangdong towns), so the corpus spreads like a province's. */
export const BENCH_TOWNS = [
  '小榄镇', '三乡镇', '南朗镇', '古镇镇', '坦洲镇', '黄圃镇', '东凤镇', '横栏镇', '板芙镇', '神湾镇',
  '港口镇', '沙溪镇', '大涌镇', '民众街道', '三角镇', '阜沙镇', '南头镇', '五桂山街道', '火炬开发区', '翠亨新区',
  '石龙镇', '虎门镇', '长安镇', '常平镇', '塘厦镇', '樟木头镇', '凤岗镇', '清溪镇', '寮步镇', '大朗镇',
  '北滘镇', '乐从镇', '龙江镇', '勒流镇', '杏坛镇', '均安镇', '容桂街道', '大良街道', '陈村镇', '西樵镇',
  '狮山镇', '九江镇', '丹灶镇', '里水镇', '大沥镇', '沙坪街道', '共和镇', '址山镇', '雅瑶镇', '宅梧镇',
] as const;

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

/**
 * Writes N documents built from the seeds' paragraphs (shuffled across documents, town names
 * swapped, years 2019–2024, numbers varied) into `dir`, reusing an earlier run's files.
 */
export function generateCorpus(seedsDir: string, dir: string, count: number): string[] {
  const marker = path.join(dir, `.complete-${count}`);
  const files = Array.from({ length: count }, (_, i) => path.join(dir, `doc-${String(i).padStart(6, '0')}.txt`));
  if (fs.existsSync(marker)) return files;
  fs.mkdirSync(dir, { recursive: true });
  const paragraphs = fs
    .readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8').split(/\n+/))
    .map((p) => p.trim())
    .filter((p) => p.length >= 20);
  const random = seededRandom(20261121);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  files.forEach((file, i) => {
    const town = pick(BENCH_TOWNS);
    const year = 2019 + (i % 6);
    const body = Array.from({ length: 8 + Math.floor(random() * 8) }, () =>
      pick(paragraphs)
        .replace(/小榄镇|三乡镇|南朗镇|鹤山市|小欖鎮/g, town)
        .replace(/\d+(\.\d+)?/g, (n) => String(Math.round(Number(n) * (0.5 + random())))),
    );
    fs.writeFileSync(file, `${town}${year}年工作报告（第${i}号）\n${body.join('\n')}\n`);
  });
  fs.writeFileSync(marker, '');
  return files;
}
