import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { makeTempDir, SEEDS_DIR } from '../helpers/paths';

describe('policylens backup / backups / restore', () => {
  const temp = makeTempDir();
  const library = path.join(temp.dir, 'library');
  const backupDir = path.join(temp.dir, 'my-backups');
  const env = { POLICYLENS_BACKUP_DIR: backupDir };
  afterAll(() => temp.remove());

  it('backs up to a file, refuses to replace it without --force, and restores it', () => {
    expect(runCli(['import', '--library', library, SEEDS_DIR], { env }).status).toBe(0);
    const out = path.join(temp.dir, 'seed.plbackup');

    const first = runCli(['backup', '--library', library, '--out', out], { env });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout.trim()).toBe(out);
    const bytes = fs.statSync(out).size;

    const again = runCli(['backup', '--library', library, '--out', out], { env });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('[FILE_EXISTS]');
    expect(again.stderr).toContain(out);
    expect(fs.statSync(out).size).toBe(bytes);

    const forced = runCli(['backup', '--library', library, '--out', out, '--force'], { env });
    expect(forced.status).toBe(0);
    expect(forced.stdout.trim()).toBe(out);

    const target = path.join(temp.dir, 'restored');
    const restored = runCli(['restore', out, '--library', target], { env });
    expect(restored.status).toBe(0);
    expect(restored.stdout.trim()).toBe(target);
    expect(restored.stderr).toContain('Restored 5 documents');

    const docs = runCli(['docs', '--library', target, '--json'], { env });
    expect(docs.status).toBe(0);
    expect(JSON.parse(docs.stdout)).toHaveLength(5);

    // The folder now holds a library: a second restore into it is refused, nothing changes.
    const over = runCli(['restore', out, '--library', target], { env });
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('[FILE_EXISTS]');
  });

  it('backs up into the backup folder by default and lists backups with date and size', () => {
    const made = runCli(['backup', '--library', library], { env });
    expect(made.status).toBe(0);
    const file = made.stdout.trim();
    expect(path.dirname(file)).toBe(backupDir);
    expect(path.basename(file)).toMatch(/^PolicyLens-backup-\d{4}-\d{2}-\d{2}-\d{6}\.plbackup$/);

    const listed = runCli(['backups', '--library', library, '--json'], { env });
    expect(listed.status).toBe(0);
    const backups = JSON.parse(listed.stdout) as {
      path: string;
      created_at: string;
      bytes: number;
      automatic: boolean;
    }[];
    expect(backups).toEqual([
      {
        path: file,
        created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        bytes: fs.statSync(file).size,
        automatic: false,
      },
    ]);
    const text = runCli(['backups', '--library', library], { env });
    expect(text.stdout).toContain(file);
    expect(text.stdout).toMatch(/\d+(\.\d)? KB\tmanual\t/);
  });

  it('reports a damaged backup with its code and file, and leaves no folder', () => {
    const broken = path.join(temp.dir, 'broken.plbackup');
    fs.writeFileSync(broken, 'PK\u0003\u0004 not really a zip');
    const target = path.join(temp.dir, 'from-broken');
    const result = runCli(['restore', broken, '--library', target], { env });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('[FILE_CORRUPT]');
    expect(result.stderr).toContain(broken);
    expect(fs.existsSync(target)).toBe(false);

    const missing = runCli(['restore', path.join(temp.dir, 'nope.plbackup'), '--library', target]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('[FILE_NOT_FOUND]');
  });
});
