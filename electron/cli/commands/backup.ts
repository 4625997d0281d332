import path from 'node:path';
import type { Command } from 'commander';
import type { BackupInfo } from '../../../shared/domain';
import { AppError, toErrorInfo } from '../../../shared/errors';
import { restoreBackup } from '../../core/backup/restore';
import { callContract, libraryOption, type WithCore } from '../shared';
import { waitForFileJob } from './file-job';

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

function formatLocal(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** `backup`, `backups` and `restore`. */
export function registerBackupCommands(program: Command, withCore: WithCore): void {
  program
    .command('backup')
    .description('write one backup file (database copy + originals), verified; prints its path')
    .option(...libraryOption)
    .option('--out <file>', 'backup file (default: a new name in the backup folder)')
    .option('--force', 'replace the file if it exists')
    .action(async (options: { library?: string; out?: string; force?: boolean }) => {
      await withCore(options, async (core) => {
        const started = await callContract(core, 'startBackup', {
          ...(options.out ? { path: path.resolve(options.out) } : {}),
          ...(options.force ? { overwrite: true } : {}),
        });
        return waitForFileJob(core, started.jobId);
      });
    });

  program
    .command('backups')
    .description('list the backups in the backup folder, newest first')
    .option(...libraryOption)
    .option('--json', 'print JSON')
    .action(async (options: { library?: string; json?: boolean }) => {
      await withCore(options, async (core) => {
        const backups = (await callContract(core, 'listBackups', {})) as BackupInfo[];
        if (options.json) {
          console.log(
            JSON.stringify(
              backups.map((b) => ({
                path: b.path,
                created_at: b.createdAt,
                bytes: b.bytes,
                automatic: b.automatic,
              })),
              null,
              2,
            ),
          );
        } else {
          for (const b of backups) {
            console.log(
              `${formatLocal(b.createdAt)}\t${formatBytes(b.bytes)}\t${b.automatic ? 'auto' : 'manual'}\t${b.path}`,
            );
          }
          const settings = await callContract(core, 'getSettings', {});
          console.error(`${backups.length} backups in ${settings.backupDir}`);
        }
        return 0;
      });
    });

  program
    .command('restore')
    .description('unpack a backup into a NEW library folder (never over an existing library)')
    .argument('<file>', 'the .plbackup file')
    .requiredOption('--library <dir>', 'the new (absent or empty) folder to restore into')
    .action(async (file: string, options: { library: string }) => {
      // No core here: the target library does not exist yet, and nothing else is opened.
      const interactive = process.stderr.isTTY === true;
      let cancelled = false;
      const cancel = () => {
        cancelled = true;
        process.stderr.write('\nCancelling…\n');
      };
      process.once('SIGINT', cancel);
      try {
        const result = await restoreBackup(path.resolve(file), path.resolve(options.library), {
          progress: (done, total, step) => {
            if (interactive && total > 0)
              process.stderr.write(`\r\x1b[K${done}/${total}${step ? ` ${step}` : ''}`);
          },
          checkCancelled: () => {
            if (cancelled) throw new AppError('JOB_CANCELLED', 'Cancelled; nothing was restored.');
          },
        });
        if (interactive) process.stderr.write('\r\x1b[K');
        console.log(result.dir);
        console.error(
          `Restored ${result.documents} documents, ${result.annotations} annotations and ` +
            `${result.originals} originals (backup of ${formatLocal(result.manifest.createdAt)}).`,
        );
        process.exitCode = 0;
      } catch (error) {
        if (interactive) process.stderr.write('\r\x1b[K');
        const info = toErrorInfo(error);
        const where = info.file ? ` (${info.file})` : '';
        console.error(`policylens: ${info.message}${where} [${info.code}]`);
        process.exitCode = info.code === 'JOB_CANCELLED' ? 130 : info.code === 'INTERNAL' ? 2 : 1;
      } finally {
        process.off('SIGINT', cancel);
      }
    });
}
