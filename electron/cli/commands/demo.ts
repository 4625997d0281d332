import path from 'node:path';
import type { Core } from '../../core';
import { callContract as call } from '../shared';
import { refuseExisting } from './export';
import { waitForFileJob } from './file-job';

/** The demo's codebook: 工改 and three sub-themes, each auto-coded from a search. */
const DEMO_THEME = '工改';
const DEMO_CODES = [
  { name: '工改项目', query: '工改', color: '#d4380d' },
  { name: '低效用地整治', query: '低效', color: '#d48806' },
  { name: '村级工业园改造', query: '村级工业园 OR 村改', color: '#389e0d' },
] as const;

/**
 * `demo --out DIR`: the main job of the app in one command. Imports the sample library into
 * DIR/library, codes 工改 and its sub-themes by auto-coding, saves a comparison of 工改 across
 * the towns, and writes DIR/工改-比较报告.docx and .pdf. Running it again reuses the library.
 */
export async function runDemo(core: Core, dir: string, force: boolean): Promise<number> {
  const reports = ['docx', 'pdf'].map((ext) => path.join(dir, `${DEMO_THEME}-比较报告.${ext}`));
  refuseExisting(reports, force);

  const imported = await core.jobs.wait(core.jobs.startImport([core.paths.seedsDir]).id);
  const failed = imported.outcomes.filter((o) => o.status === 'failed');
  if (imported.state !== 'done' || failed.length > 0) {
    process.stderr.write(
      `The sample library did not import: ${imported.error?.message ?? failed[0]?.error?.message}\n`,
    );
    return 1;
  }
  const documents = (await call(core, 'listDocuments', {})).length;
  process.stderr.write(`Library: ${core.library.dir} (${documents} documents)\n`);

  const comparison = await prepareDemoComparison(core, (line) => process.stderr.write(`${line}\n`));

  for (const file of reports) {
    const { jobId } = await call(core, 'startExport', {
      source: { kind: 'comparison', id: comparison.id },
      format: file.endsWith('.pdf') ? 'pdf' : 'docx',
      options: { author: 'PolicyLens 示例' },
      path: file,
      overwrite: force,
    });
    const code = await waitForFileJob(core, jobId);
    if (code !== 0) return code;
  }
  return 0;
}

/**
 * The demo's codebook (工改 and sub-themes, auto-coded) and its saved comparison across the
 * towns; reused when they exist. Tests build their reports on the same comparison.
 */
export async function prepareDemoComparison(
  core: Core,
  log: (line: string) => void = () => undefined,
): Promise<{ id: number; towns: string[] }> {
  let tags = await call(core, 'listTags', {});
  const parent =
    tags.find((t) => t.name === DEMO_THEME && t.parentId === null) ??
    (await call(core, 'createTag', {
      name: DEMO_THEME,
      color: '#1d39c4',
      description: '工业用地改造（“工改”）及相关做法',
    }));
  tags = await call(core, 'listTags', {});
  for (const code of DEMO_CODES) {
    const tag =
      tags.find((t) => t.name === code.name && t.parentId === parent.id) ??
      (await call(core, 'createTag', { name: code.name, color: code.color, parentId: parent.id }));
    const coded = await call(core, 'autocode', { query: code.query, tagId: tag.id });
    process.stderr.write(
      `Coded ${code.name}: ${coded.created} new passages (${coded.alreadyCoded} already coded)\n`,
    );
  }

  const saved = await call(core, 'listComparisons', {});
  const comparison =
    saved.find((c) => c.name === DEMO_THEME) ??
    (await call(core, 'saveComparison', {
      name: DEMO_THEME,
      theme: { kind: 'tag', value: String(parent.id) },
    }));
  log(`Comparison: ${DEMO_THEME} across ${comparison.towns.join('、')}`);
  return { id: comparison.id ?? 0, towns: comparison.towns };
}
