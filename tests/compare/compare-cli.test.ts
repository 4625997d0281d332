import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { makeTempDir, SEEDS_DIR } from '../helpers/paths';

interface CompareJson {
  id: number | null;
  towns: string[];
  rows: {
    label: string;
    cells: Record<string, { section_path: string[]; score: number; matched_terms: string[] }[]>;
  }[];
  figures: { town: string; original: string; kind: string; subject: string }[];
  shared_phrases: { text: string; towns: string[] }[];
}

describe('policylens compare (issue #6 acceptance)', () => {
  const temp = makeTempDir();
  const library = path.join(temp.dir, 'pl');
  beforeAll(() => {
    expect(runCli(['import', '--library', library, SEEDS_DIR]).status).toBe(0);
  });
  afterAll(() => temp.remove());

  it('shows the four towns with their 工改 sections and the three figures', () => {
    const result = runCli(['compare', '--library', library, '--query', '工改', '--json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as CompareJson;
    expect(json.towns.sort()).toEqual(['三乡镇', '南朗镇', '小榄镇', '鹤山市'].sort());
    const cells = json.rows[0]!.cells;
    expect(cells['小榄镇']![0]!.section_path.join(' ')).toContain('聚焦“工改”賦能');
    expect(cells['三乡镇']!.map((s) => s.section_path.at(-1)).join(' ')).toMatch(
      /5\.加速项目落地|1\.着力建设现代乡村产业体系/,
    );
    expect(cells['南朗镇']![0]!.section_path.join(' ')).toContain('高起点规划高标准改造');
    expect(cells['鹤山市']![0]!.section_path.join(' ')).toContain('大力建平台兴园区');
    const figures = json.figures.map((f) => `${f.town} ${f.original} ${f.kind}`);
    expect(figures).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^小榄镇 3001\.84[畝亩] achievement$/),
        '鹤山市 8328亩 achievement',
        '南朗镇 500亩 target',
      ]),
    );
  });

  it('saves a comparison and lists it', () => {
    const saved = JSON.parse(
      runCli([
        'compare',
        '--library',
        library,
        '--query',
        '工改',
        '--save',
        '工改跨镇比较',
        '--json',
      ]).stdout,
    ) as CompareJson;
    expect(saved.id).toBeGreaterThan(0);
    const list = JSON.parse(runCli(['comparisons', '--library', library, '--json']).stdout) as {
      name: string;
    }[];
    expect(list.map((c) => c.name)).toContain('工改跨镇比较');
    const none = runCli(['compare', '--library', library, '--json']);
    expect(none.stderr).toMatch(/exactly one theme/);
  });
});
