import type { Command } from 'commander';
import path from 'node:path';
import { recoverLibrary } from '../../core/backup/recover';
import { checkLibrary } from '../../core/db/consistency';
import { libraryOption, type WithCore } from '../shared';

/** `check`: is the library sound? Exit 1 on any problem. `recover`: put a backup in its place. */
export function registerCheckCommands(program: Command, withCore: WithCore): void {
  program
    .command('check')
    .description('check the library: SQLite integrity plus PolicyLens’s own consistency rules')
    .option(...libraryOption)
    .option('--json', 'print JSON')
    .action(async (options: { library?: string; json?: boolean }) => {
      await withCore(options, (core) => {
        const problems = checkLibrary(core.library.db, { libraryDir: core.library.dir });
        // Fixable findings (e.g. orphan originals) are reported but do not fail the check.
        const ok = problems.every((p) => p.fixable);
        if (options.json) console.log(JSON.stringify({ ok, problems }, null, 2));
        else if (problems.length === 0) console.log(`ok: ${core.library.dir}`);
        else
          for (const p of problems)
            console.log(`${p.fixable ? 'fixable' : 'problem'}: ${p.check}: ${p.detail}`);
        return ok ? 0 : 1;
      });
    });

  program
    .command('recover')
    .description('replace a damaged library with a backup (the damaged folder is kept aside)')
    .requiredOption('--library <dir>', 'the damaged library folder')
    .argument('<backup>', 'a .plbackup file (see `backups`)')
    .action(async (backup: string, options: { library: string }) => {
      // The damaged library is never opened: the backup is restored beside it, then swapped in.
      const result = await recoverLibrary(path.resolve(options.library), backup);
      console.log(`restored ${result.documents} documents into ${path.resolve(options.library)}`);
      if (result.damagedDir) console.error(`The damaged library was kept as ${result.damagedDir}`);
    });
}
