import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { checkLibrary } from '../../electron/core/db/consistency';
import { openLibrary } from '../../electron/core/library/library';
import { runCli } from '../helpers/cli';
import { importAndWait } from '../helpers/core';
import { makeTempDir, seedFiles } from '../helpers/paths';

/** Every file under the library's originals folder, relative, with `/`. */
function originalsOnDisk(library: string): string[] {
  const root = path.join(library, 'originals');
  return fs
    .readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(library, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Writes a file as a crashed import would have left it, `ageHours` ago. */
function leaveFile(library: string, relative: string, body: string, ageHours: number): void {
  const file = path.join(library, ...relative.split('/'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
  const then = new Date(Date.now() - ageHours * 3600 * 1000);
  fs.utimesSync(file, then, then);
}

describe('originals left behind by a crash between storing the file and writing its row', () => {
  const temp = makeTempDir();
  afterAll(() => temp.remove());

  it('are reported by `check`, moved aside when the app opens the library, and real originals stay', async () => {
    const library = path.join(temp.dir, 'library');
    const [kept, trashed] = seedFiles();
    let core = openCore({ libraryDir: library });
    try {
      const job = await importAndWait(core, [kept!, trashed!]);
      expect(job.state).toBe('done');
      const docs = await core.handlers.listDocuments({});
      expect(docs).toHaveLength(2);
      // A document in the trash keeps its original: it can still be restored with its file.
      const gone = docs.find((d) => d.fileName === path.basename(trashed!))!;
      expect((await core.handlers.deleteDocument({ id: gone.id })).deleted).toBe(true);
    } finally {
      await core.close();
    }
    const real = originalsOnDisk(library);
    expect(real).toHaveLength(2);

    // The crash leftovers: a complete original with no row, and a half-written temporary.
    const orphan = `originals/ff/${'f'.repeat(64)}.txt`;
    const partial = `originals/ee/${'e'.repeat(64)}.docx.0b1c.partial`;
    // A file an import running right now (a CLI beside the app) has just stored: not touched.
    const fresh = `originals/dd/${'d'.repeat(64)}.pdf`;
    leaveFile(library, orphan, '崩溃前存下的原件', 48);
    leaveFile(library, partial, '半', 48);
    leaveFile(library, fresh, '%PDF-1.7', 0);

    // Before cleanup: `check` names them as fixable, and the library is still "ok".
    const plain = openLibrary(library);
    try {
      const problems = checkLibrary(plain.db, { libraryDir: library });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({
        check: 'kept originals no document refers to',
        fixable: true,
      });
      expect(problems[0]!.detail).toContain('2 file(s)');
      expect(problems[0]!.detail).toContain(orphan);
      expect(problems[0]!.detail).toContain(partial);
      expect(problems[0]!.detail).not.toContain(fresh);
      // Without the folder, `check` looks at the database only, as before.
      expect(checkLibrary(plain.db)).toEqual([]);
    } finally {
      plain.close();
    }
    const cli = runCli(['check', '--library', library]);
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('fixable: kept originals no document refers to');

    // The app's own (exclusive) open cleans up; a plain open above did not.
    core = openCore({ libraryDir: library, exclusive: true });
    try {
      const onDisk = originalsOnDisk(library);
      expect(onDisk).not.toContain(orphan);
      expect(onDisk).not.toContain(partial);
      expect(onDisk).toContain(fresh);
      for (const file of real) expect(onDisk).toContain(file);
      // Moved aside, not destroyed; the half-written temporary is simply dropped.
      const aside = path.join(library, 'orphaned-originals');
      const moved = fs.readdirSync(aside, { recursive: true }).map(String);
      expect(moved.some((f) => f.endsWith(path.basename(orphan)))).toBe(true);
      expect(moved.some((f) => f.endsWith('.partial'))).toBe(false);
      expect(checkLibrary(core.library.db, { libraryDir: library })).toEqual([]);

      // The trashed document comes back with its original file intact.
      const [entry] = (await core.handlers.listTrash({})).filter((t) => t.kind === 'document');
      const { id } = await core.handlers.restoreFromTrash({ kind: 'document', id: entry!.id });
      const row = core.library.db
        .prepare('SELECT original_path FROM documents WHERE id = ?')
        .get(id) as { original_path: string };
      expect(fs.existsSync(path.join(library, row.original_path))).toBe(true);
      expect(fs.readFileSync(path.join(library, row.original_path))).toEqual(
        fs.readFileSync(trashed!),
      );
    } finally {
      await core.close();
    }
  });
});
