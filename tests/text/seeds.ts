import fs from 'node:fs';
import path from 'node:path';
import { detectMetadata, type DetectedMetadata } from '../../electron/core/metadata/detect';
import { detectOutline, type OutlineSection } from '../../electron/core/structure/outline';
import { cleanText, type CleanedText } from '../../electron/core/text/clean';

export const SEEDS = {
  xiaolanSummary: 'xiaolan-2023-year-end-summary.txt',
  xiaolanNews: 'xiaolan-2022-news-feature.txt',
  sanxiang: 'sanxiang-2023-work-report.txt',
  heshan: 'heshan-2023-newspaper.txt',
  nanlang: 'nanlang-2021-work-plan.txt',
} as const;
export type SeedName = keyof typeof SEEDS;

const SEEDS_DIR = path.resolve(__dirname, '../../seeds');

export function readSeed(name: SeedName): string {
  return fs.readFileSync(path.join(SEEDS_DIR, SEEDS[name]), 'utf8');
}

export interface ChainResult {
  original: string;
  cleaned: CleanedText;
  metadata: DetectedMetadata;
  outline: OutlineSection[];
}

const cache = new Map<string, ChainResult>();

/**
 * The full chain the import pipeline runs: read → cleanText → detectMetadata → detectOutline.
 * `fileName` defaults to the seed's own name; pass a neutral one to check that detection does
 * not lean on the year in the file name. Metadata is computed on first access (it loads the
 * gazetteer), so outline-only tests stay fast.
 */
export function runChain(name: SeedName, fileName: string = SEEDS[name]): ChainResult {
  const key = `${name}\u0000${fileName}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const original = readSeed(name);
  const cleaned = cleanText(original, { format: 'txt' });
  let metadata: DetectedMetadata | null = null;
  const result: ChainResult = {
    original,
    cleaned,
    get metadata(): DetectedMetadata {
      metadata ??= detectMetadata({ original, cleaned: cleaned.text, fileName });
      return metadata;
    },
    outline: detectOutline(cleaned.text),
  };
  cache.set(key, result);
  return result;
}
