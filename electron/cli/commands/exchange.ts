import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import { outcomeLine } from '../output';
import { callContract as call, libraryOption, type WithCore } from '../shared';
import { waitForFileJob } from './file-job';

/** `export-qdpx` and `import-qdpx`: REFI-QDA projects for ATLAS.ti, MAXQDA, NVivo, QualCoder. */
export function registerExchangeCommands(program: Command, withCore: WithCore): void {
  program
    .command('export-qdpx')
    .description('write the library as a REFI-QDA project (.qdpx): documents, codes, passages')
    .option(...libraryOption)
    .option('--out <file>', 'the .qdpx to write (default: in the exports folder)')
    .option('--force', 'replace the file if it exists')
    .action(async (options: { library?: string; out?: string; force?: boolean }) => {
      await withCore(options, async (core) => {
        // An existing file without --force is refused here (exit 1), before any work.
        const { jobId } = await call(core, 'startQdpxExport', {
          ...(options.out ? { path: path.resolve(options.out) } : {}),
          ...(options.force ? { overwrite: true } : {}),
        }).catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'FILE_EXISTS') {
            throw new AppError(
              'FILE_EXISTS',
              'The file exists already; add --force to replace it.',
              error.file,
            );
          }
          throw error;
        });
        return waitForFileJob(core, jobId);
      });
    });

  program
    .command('import-qdpx')
    .description('add a REFI-QDA project (.qdpx) to the library: documents, codes, passages')
    .option(...libraryOption)
    .argument('<file>', 'the .qdpx to import')
    .action(async (file: string, options: { library?: string }) => {
      await withCore(options, async (core) => {
        const { jobId } = await call(core, 'startQdpxImport', { path: path.resolve(file) });
        const code = await waitForFileJob(core, jobId);
        // What happened to each source, and any passage that could not be placed.
        const final = await core.jobs.wait(jobId);
        for (const outcome of final.outcomes) {
          const line = outcomeLine(outcome);
          if (outcome.status === 'failed') console.error(line);
          else console.log(line);
        }
        return code;
      });
    });
}
