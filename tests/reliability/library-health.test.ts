import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { libraryLocationWarnings } from '../../electron/core/library/library-health';
import { runCli, startServe } from '../helpers/cli';
import { importAndWait } from '../helpers/core';
import { makeTempDir, SEEDS_DIR } from '../helpers/paths';

describe('opening a library as the app', () => {
  const temp = makeTempDir();
  afterAll(() => temp.remove());

  it('refuses a second app on the same library, politely, and lets it in once the first has closed', async () => {
    const library = path.join(temp.dir, 'locked');
    const first = openCore({ libraryDir: library, exclusive: true });
    try {
      expect(() => openCore({ libraryDir: library, exclusive: true })).toThrow(
        /already open in another PolicyLens window or server \(process \d+/,
      );
      // Short CLI verbs still work next to the app (SQLite WAL keeps them consistent).
      expect(runCli(['docs', '--library', library]).status).toBe(0);
      const serve = runCli(['serve', '--library', library], { timeout: 20_000 });
      expect(serve.status).toBe(1);
      expect(serve.stderr).toContain('[LIBRARY_LOCKED]');
    } finally {
      await first.close();
    }
    const second = openCore({ libraryDir: library, exclusive: true });
    await second.close();
  });

  it('takes over the lock of an app that crashed', async () => {
    const library = path.join(temp.dir, 'crashed');
    fs.mkdirSync(library, { recursive: true });
    fs.writeFileSync(
      path.join(library, 'policylens.lock'),
      JSON.stringify({
        pid: 2 ** 22 + 12345,
        host: (await import('node:os')).hostname(),
        since: 'then',
      }),
    );
    const core = openCore({ libraryDir: library, exclusive: true });
    await core.close();
  });

  it('finds a damaged database on open, changes nothing, names the newest backup, and `recover` restores it keeping the damaged folder', async () => {
    const library = path.join(temp.dir, 'damaged', 'library');
    const core = openCore({ libraryDir: library });
    await importAndWait(core, [SEEDS_DIR]);
    const { jobId } = await core.handlers.startBackup({});
    expect((await core.jobs.wait(jobId)).state).toBe('done');
    core.library.db.pragma('wal_checkpoint(TRUNCATE)');
    await core.close();

    const database = path.join(library, 'library.sqlite');
    const bytes = fs.readFileSync(database);
    // Scribble over b-tree pages in the middle of the file (a bad sector, a sync conflict).
    for (let page = 4; page < 12; page++) bytes.fill(0x5a, page * 4096 + 8, page * 4096 + 4000);
    fs.writeFileSync(database, bytes);
    const damagedBytes = fs.readFileSync(database);

    expect(() => openCore({ libraryDir: library, exclusive: true })).toThrow(
      /damaged .*Nothing was changed\. The newest backup is .*\.plbackup/s,
    );
    expect(fs.readFileSync(database).equals(damagedBytes)).toBe(true);
    expect(fs.existsSync(path.join(library, 'policylens.lock'))).toBe(false);
    const check = runCli(['check', '--library', library]);
    expect(check.status).not.toBe(0);

    const backupDir = path.join(temp.dir, 'damaged', 'backups');
    const backup = path.join(backupDir, fs.readdirSync(backupDir)[0] as string);
    const recovered = runCli(['recover', '--library', library, backup]);
    expect(recovered.status, recovered.stderr).toBe(0);
    expect(recovered.stdout).toContain('restored 5 documents');
    const kept = fs
      .readdirSync(path.join(temp.dir, 'damaged'))
      .filter((d) => d.startsWith('library.damaged-'));
    expect(kept).toHaveLength(1);
    expect(
      fs
        .readFileSync(path.join(temp.dir, 'damaged', kept[0] as string, 'library.sqlite'))
        .equals(damagedBytes),
    ).toBe(true);
    expect(runCli(['check', '--library', library]).status).toBe(0);
    const reopened = openCore({ libraryDir: library, exclusive: true });
    try {
      expect(reopened.handlers.listDocuments({})).toHaveLength(5);
    } finally {
      await reopened.close();
    }
  }, 120_000);
});

describe('where a library lives', () => {
  it('warns about sync folders and says why', () => {
    expect(libraryLocationWarnings('/home/li/Dropbox/PolicyLens/library')[0]).toMatch(
      /sync service/,
    );
    expect(libraryLocationWarnings('C:\\Users\\li\\OneDrive - 中山大学\\library')[0]).toMatch(
      /sync service/,
    );
    expect(libraryLocationWarnings('/Users/li/坚果云/文库')[0]).toMatch(/sync service/);
    expect(libraryLocationWarnings('/home/li/Documents/PolicyLens/library')).toEqual([]);
  });

  it('reports the warnings with the library info the app shows', async () => {
    const temp = makeTempDir();
    try {
      const serve = await startServe(path.join(temp.dir, 'Dropbox', 'library'));
      try {
        const response = await fetch(`${serve.origin}/api/libraryInfo`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${serve.token}`, 'Content-Type': 'application/json' },
          body: '{}',
        });
        const envelope = (await response.json()) as { ok: boolean; result: { warnings: string[] } };
        expect(envelope.result.warnings).toHaveLength(1);
      } finally {
        await serve.kill();
      }
    } finally {
      temp.remove();
    }
  });
});
