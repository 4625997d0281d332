import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { makeTempDir, SEEDS_DIR } from '../helpers/paths';

interface DocJson {
  id: number;
  title: string;
  file_name: string;
  chars: number;
  hash: string;
  imported_at: string;
}

describe('policylens CLI', () => {
  const temp = makeTempDir();
  const library = path.join(temp.dir, 'pl');
  afterAll(() => temp.remove());

  it('imports the seeds and lists 5 documents as JSON', () => {
    const imported = runCli(['import', '--library', library, SEEDS_DIR]);
    expect(imported.status).toBe(0);
    expect(imported.stdout.match(/^imported /gm)).toHaveLength(5);
    expect(imported.stderr).toContain('5 imported, 0 duplicates, 0 failed');

    const docs = runCli(['docs', '--library', library, '--json']);
    expect(docs.status).toBe(0);
    const list = JSON.parse(docs.stdout) as DocJson[];
    expect(list).toHaveLength(5);
    for (const doc of list) {
      expect(doc).toMatchObject({
        id: expect.any(Number),
        title: expect.any(String),
        file_name: expect.stringMatching(/\.txt$/),
        format: 'txt',
        chars: expect.any(Number),
        bytes: expect.any(Number),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        imported_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      });
      expect(doc.chars).toBeGreaterThan(1000);
    }
  });

  it('importing the seeds again reports 5 duplicates and adds none', () => {
    const again = runCli(['import', '--library', library, SEEDS_DIR]);
    expect(again.status).toBe(0);
    expect(again.stdout.match(/^duplicate /gm)).toHaveLength(5);
    expect(again.stderr).toContain('0 imported, 5 duplicates');
    const list = JSON.parse(runCli(['docs', '--library', library, '--json']).stdout) as DocJson[];
    expect(list).toHaveLength(5);
  });

  it('shows one document with its Chinese text', () => {
    const list = JSON.parse(runCli(['docs', '--library', library, '--json']).stdout) as DocJson[];
    const nanlang = list.find((d) => d.file_name.startsWith('nanlang'))!;
    const shown = runCli(['show', String(nanlang.id), '--library', library]);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('南朗镇');
    const json = JSON.parse(
      runCli(['show', String(nanlang.id), '--library', library, '--json']).stdout,
    ) as {
      text: string;
      sections: unknown[];
    };
    expect(json.text).toContain('2021年是“十四五”开局之年');
    expect(json.sections.length).toBeGreaterThan(1);
  });

  it('explains an unknown document id and a missing argument', () => {
    const missing = runCli(['show', '999', '--library', library]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Document #999 does not exist/);
    const bad = runCli(['show', 'abc', '--library', library]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/positive whole number/);
  });

  it('exits 1 when a file fails, keeping the good ones, one line per file', () => {
    const folder = path.join(temp.dir, 'mixed');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'empty.txt'), '');
    fs.writeFileSync(path.join(folder, 'good.txt'), '三乡镇2023年政府工作报告节选');
    const result = runCli([
      'import',
      '--library',
      library,
      folder,
      path.join(temp.dir, 'nope.txt'),
    ]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^failed .*empty\.txt: The file is empty/m);
    expect(result.stdout).toMatch(/^failed .*nope\.txt: The file does not exist/m);
    expect(result.stdout).toMatch(/^imported .*good\.txt/m);
    const list = JSON.parse(runCli(['docs', '--library', library, '--json']).stdout) as DocJson[];
    expect(list).toHaveLength(6);
  });

  it('reports a file it is not allowed to read', () => {
    // Root reads everything, so as root the import runs as the unprivileged user "nobody".
    const asRoot = process.getuid?.() === 0;
    fs.chmodSync(temp.dir, 0o755);
    const dir = fs.mkdtempSync(path.join(temp.dir, 'perm-'));
    fs.chmodSync(dir, 0o777);
    const secret = path.join(dir, 'secret.txt');
    fs.writeFileSync(secret, '保密文件');
    fs.chmodSync(secret, 0o000);
    const lib = path.join(dir, 'lib');
    fs.mkdirSync(lib, { mode: 0o777 });
    fs.chmodSync(lib, 0o777);
    const result = runCli(
      ['import', '--library', lib, secret],
      asRoot ? { uid: 65534, gid: 65534, env: { HOME: dir } } : {},
    );
    expect(result.stdout).toMatch(/^failed .*secret\.txt: Permission denied/m);
    expect(result.status).toBe(1);
  });

  it('has help for every verb', () => {
    for (const verb of ['import', 'docs', 'show', 'serve']) {
      const help = runCli([verb, '--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toContain('--library');
    }
  });
});
