import type { Command } from 'commander';
import { checkLibrary } from '../../core/db/consistency';
import { libraryOption, type WithCore } from '../shared';

/** `check`: is the library sound? Exit 1 on any problem. */
export function registerCheckCommands(program: Command, withCore: WithCore): void {
  program
    .command('check')
    .description('check the library: SQLite integrity plus PolicyLens’s own consistency rules')
    .option(...libraryOption)
    .option('--json', 'print JSON')
    .action(async (options: { library?: string; json?: boolean }) => {
      await withCore(options, (core) => {
        const problems = checkLibrary(core.library.db);
        if (options.json)
          console.log(JSON.stringify({ ok: problems.length === 0, problems }, null, 2));
        else if (problems.length === 0) console.log(`ok: ${core.library.dir}`);
        else for (const p of problems) console.log(`problem: ${p.check}: ${p.detail}`);
        return problems.length === 0 ? 0 : 1;
      });
    });
}
