import { Command, InvalidArgumentError } from 'commander';
import { AppError, toErrorInfo } from '../../shared/errors';
import { openCore, type Core } from '../core';
import { getDocument, listDocuments } from '../core/library/documents';
import { countDocuments } from '../core/library/documents';
import { startServer } from '../server/http-server';
import { runImport } from './commands/import';
import { documentDetailJson, documentSummaryJson } from './output';

/**
 * `policylens <verb>`: the same core as the app, for scripts, tests and researchers who like a
 * shell. Every verb takes `--library DIR` (or POLICYLENS_LIBRARY) and reports success only
 * after its transaction has committed.
 */
const program = new Command()
  .name('policylens')
  .description('政策镜 PolicyLens — compare Chinese local-government policy documents across towns')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text) });

const libraryOption = [
  '--library <dir>',
  'library folder (default: POLICYLENS_LIBRARY or the app’s own)',
] as const;

program
  .command('import')
  .description('import files or folders (recursively) into the library')
  .option(...libraryOption)
  .argument('<paths...>', 'files or folders')
  .action(async (paths: string[], options: { library?: string }) => {
    await withCore(options, async (core) => runImport(core, paths));
  });

program
  .command('docs')
  .description('list the documents in the library')
  .option(...libraryOption)
  .option('--json', 'print JSON')
  .action(async (options: { library?: string; json?: boolean }) => {
    await withCore(options, (core) => {
      const docs = listDocuments(core.library.db);
      if (options.json) {
        console.log(JSON.stringify(docs.map(documentSummaryJson), null, 2));
      } else {
        for (const doc of docs)
          console.log(`#${doc.id}\t${doc.chars} chars\t${doc.fileName}\t${doc.title}`);
        console.error(`${docs.length} documents in ${core.library.dir}`);
      }
      return 0;
    });
  });

program
  .command('show')
  .description('print one document: metadata and text')
  .option(...libraryOption)
  .option('--json', 'print JSON')
  .argument('<docId>', 'document id (see `docs`)', parseId)
  .action(async (docId: number, options: { library?: string; json?: boolean }) => {
    await withCore(options, (core) => {
      const doc = getDocument(core.library.db, docId);
      if (options.json) {
        console.log(JSON.stringify(documentDetailJson(doc), null, 2));
      } else {
        console.log(`# ${doc.title}\n`);
        console.log(
          `file: ${doc.fileName}  format: ${doc.format}  encoding: ${doc.encoding ?? '-'}  chars: ${doc.chars}`,
        );
        console.log(`imported: ${doc.importedAt}\n`);
        console.log(doc.text);
      }
      return 0;
    });
  });

program
  .command('serve')
  .description('serve the app and its API on 127.0.0.1 for a browser (browser mode)')
  .option(...libraryOption)
  .option('--port <n>', 'port (default: any free port)', parsePort)
  .option('--samples-if-empty', 'import the sample library when the library is empty')
  .action(async (options: { library?: string; port?: number; samplesIfEmpty?: boolean }) => {
    const core = openOrExit(options);
    const server = await startServer({
      core,
      ...(options.port ? { port: options.port } : {}),
      // `npm run dev` shares a token with Vite's dev server; otherwise a fresh one per run.
      ...(process.env.POLICYLENS_TOKEN ? { token: process.env.POLICYLENS_TOKEN } : {}),
    });
    console.log(`PolicyLens: ${server.url}`);
    console.error(`Library: ${core.library.dir}`);
    if (options.samplesIfEmpty && countDocuments(core.library.db) === 0) {
      core.jobs.startImport([core.paths.seedsDir]);
    }
    const stop = async () => {
      await server.close();
      await core.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

function parseId(value: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0)
    throw new InvalidArgumentError('a document id is a positive whole number');
  return id;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('a port is 0–65535');
  return port;
}

function openOrExit(options: { library?: string }): Core {
  try {
    return openCore(options.library ? { libraryDir: options.library } : {});
  } catch (error) {
    fail(error);
  }
}

async function withCore(
  options: { library?: string },
  run: (core: Core) => Promise<number> | number,
): Promise<void> {
  const core = openOrExit(options);
  let code = 0;
  try {
    code = await run(core);
  } catch (error) {
    await core.close();
    fail(error);
  }
  await core.close();
  process.exitCode = code;
}

function fail(error: unknown): never {
  const info = toErrorInfo(error);
  const where = info.file ? ` (${info.file})` : '';
  console.error(`policylens: ${info.message}${where} [${info.code}]`);
  process.exit(error instanceof AppError || info.code !== 'INTERNAL' ? 1 : 2);
}

program.parseAsync(process.argv).catch(fail);
