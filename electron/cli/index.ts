import { Command, InvalidArgumentError } from 'commander';
import { AppError, toErrorInfo } from '../../shared/errors';
import { openCore, type Core, type CoreOptions } from '../core';
import {
  countDocuments,
  getDocument,
  listDocuments,
  deleteDocument,
  listStoredMetadata,
  updateMetadata,
} from '../core/library/documents';
import {
  DOCUMENT_KINDS,
  MetadataChangesSchema,
  type MetadataChanges,
  type OcrLanguageChoice,
} from '../../shared/domain';
import { startServer } from '../server/http-server';
import { openAppLog } from '../core/log/app-log';
import { PreferencesStore, preferencesFile } from '../core/preferences/preferences';
import { userDataDir } from '../core/runtime/paths';
import { AppSession } from '../core/session/app-session';
import { startAutomaticBackups } from '../core/backup/auto-backup';
import path from 'node:path';
import { prepareDocument } from '../core/ingest/prepare-document';
import { reviseDocument } from '../core/ingest/revise-document';
import { storeOriginal } from '../core/ingest/store-original';
import { runImport } from './commands/import';
import {
  OCR_LANGUAGE_CHOICES,
  parseOcrLanguage,
  parseWorkers,
  registerOcrCommands,
  runOcrJob,
} from './commands/ocr';
import { libraryOption } from './shared';
import { registerCodeCommands } from './commands/code';
import { registerCompareCommands } from './commands/compare';
import { registerBackupCommands } from './commands/backup';
import { registerCheckCommands } from './commands/check';
import { registerExchangeCommands } from './commands/exchange';
import { registerExportCommands } from './commands/export';
import { registerSearchCommands } from './commands/search';
import { documentDetailJson, documentSummaryJson, outlineLines, sectionJson } from './output';

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

program
  .command('import')
  .description('import files or folders (recursively) into the library')
  .option(...libraryOption)
  .option('--no-ocr', 'do not recognise scanned pages now (`ocr` does it later)')
  .option('--ocr-lang <lang>', `scan language: ${OCR_LANGUAGE_CHOICES.join('|')}`, parseOcrLanguage)
  .option(
    '--ocr-workers <n>',
    'recognition threads (default: one per core, at most 4)',
    parseWorkers,
  )
  .argument('<paths...>', 'files or folders')
  .action(
    async (
      paths: string[],
      options: { library?: string; ocr: boolean; ocrLang?: OcrLanguageChoice; ocrWorkers?: number },
    ) => {
      await withCore(options, async (core) => {
        const { code, ocrDocIds } = await runImport(core, paths);
        if (!options.ocr || ocrDocIds.length === 0) return code;
        const ocrCode = await runOcrJob(
          core,
          { docIds: ocrDocIds, ...(options.ocrLang ? { lang: options.ocrLang } : {}) },
          options.ocrWorkers,
        );
        return code !== 0 ? code : ocrCode;
      });
    },
  );

program
  .command('docs')
  .description('list the documents in the library')
  .option(...libraryOption)
  .option('--json', 'print JSON')
  .action(async (options: { library?: string; json?: boolean }) => {
    await withCore(options, (core) => {
      const docs = listDocuments(core.library.db);
      if (options.json) {
        const stored = listStoredMetadata(core.library.db);
        console.log(
          JSON.stringify(
            docs.map((doc) => documentSummaryJson(doc, stored.get(doc.id))),
            null,
            2,
          ),
        );
      } else {
        for (const doc of docs) {
          const place = [doc.town, doc.year].filter((v) => v !== null).join(' ');
          console.log(
            `#${doc.id}\t${place || '-'}\t${doc.kind ?? '-'}\t${doc.fileName}\t${doc.title}`,
          );
        }
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
  .command('sections')
  .description('print the section outline of one document')
  .option(...libraryOption)
  .option('--json', 'print JSON')
  .argument('<docId>', 'document id (see `docs`)', parseId)
  .action(async (docId: number, options: { library?: string; json?: boolean }) => {
    await withCore(options, (core) => {
      const doc = getDocument(core.library.db, docId);
      if (options.json) console.log(JSON.stringify(doc.sections.map(sectionJson), null, 2));
      else console.log(outlineLines(doc.sections).join('\n'));
      return 0;
    });
  });

program
  .command('set')
  .description('correct detected metadata of one document (marked "edited by user")')
  .option(...libraryOption)
  .argument('<docId>', 'document id (see `docs`)', parseId)
  .option('--title <text>', 'title')
  .option('--town <name>', 'town, e.g. 小榄镇 (empty clears it)')
  .option('--county <name>', 'county or county-level city')
  .option('--city <name>', 'prefecture-level city')
  .option('--province <name>', 'province')
  .option('--year <year>', 'year of the content (empty clears it)')
  .option('--kind <kind>', `one of ${DOCUMENT_KINDS.join(', ')}`)
  .action(
    async (docId: number, options: Record<string, string | undefined> & { library?: string }) => {
      await withCore(options, (core) => {
        const changes = metadataChanges(options);
        if (Object.keys(changes).length === 0) {
          throw new AppError(
            'BAD_REQUEST',
            'Nothing to change: give at least one of --title, --town, --county, --city, --province, --year, --kind.',
          );
        }
        updateMetadata(core.library.db, docId, changes);
        const doc = getDocument(core.library.db, docId);
        console.log(JSON.stringify(documentSummaryJson(doc), null, 2));
        return 0;
      });
    },
  );

program
  .command('delete')
  .description('delete one document (its sections and search index rows go with it)')
  .option(...libraryOption)
  .argument('<docId>', 'document id (see `docs`)', parseId)
  .action(async (docId: number, options: { library?: string }) => {
    await withCore(options, (core) => {
      if (!deleteDocument(core.library.db, docId)) {
        throw new AppError('NOT_FOUND', `Document #${docId} does not exist in this library.`);
      }
      console.error(`Deleted document #${docId}.`);
      return 0;
    });
  });

program
  .command('reimport')
  .description(
    'replace a document with a corrected version of its file; annotations move with the text',
  )
  .option(...libraryOption)
  .argument('<docId>', 'document id (see `docs`)', parseId)
  .argument('<file>', 'the corrected file')
  .action(async (docId: number, file: string, options: { library?: string }) => {
    await withCore(options, async (core) => {
      const { prepared, bytes } = await prepareDocument(path.resolve(file));
      const original = storeOriginal(
        core.library.dir,
        bytes,
        prepared.fileHash,
        prepared.extension,
      );
      const result = reviseDocument(core.library.db, docId, prepared, original);
      console.log(
        JSON.stringify({
          doc_id: docId,
          anchored: result.anchored,
          needs_attention: result.needsAttention,
        }),
      );
      if (result.needsAttention > 0) {
        console.error(
          `${result.needsAttention} annotations could not be placed in the new text and need attention.`,
        );
      }
      return 0;
    });
  });

registerSearchCommands(program, withCore);
registerCodeCommands(program, withCore);
registerCompareCommands(program, withCore);
registerExportCommands(program, withCore);
registerExchangeCommands(program, withCore);
registerBackupCommands(program, withCore);
registerOcrCommands(program, withCore);
registerCheckCommands(program, withCore);

program
  .command('serve')
  .description('serve the app and its API on 127.0.0.1 for a browser (browser mode)')
  .option(...libraryOption)
  .option('--port <n>', 'port (default: any free port)', parsePort)
  .option('--samples-if-empty', 'import the sample library when the library is empty')
  .action(async (options: { library?: string; port?: number; samplesIfEmpty?: boolean }) => {
    // Browser mode is the app: scans are read after import, and an interrupted OCR run resumes.
    const appCore = { autoOcr: true, exclusive: true } as const;
    const core = openOrExit(options, appCore);
    const preferences = new PreferencesStore(preferencesFile());
    await preferences.rememberLibrary(core.library.dir);
    const session = new AppSession(core, {
      preferences,
      log: openAppLog(userDataDir()),
      openCore: (libraryDir) => openCore({ libraryDir, ...appCore }),
    });
    const server = await startServer({
      session,
      ...(options.port ? { port: options.port } : {}),
      // `npm run dev` shares a token with Vite's dev server; otherwise a fresh one per run.
      ...(process.env.POLICYLENS_TOKEN ? { token: process.env.POLICYLENS_TOKEN } : {}),
    });
    console.log(`PolicyLens: ${server.url}`);
    console.error(`Library: ${core.library.dir}`);
    const info = await core.handlers.libraryInfo({});
    for (const warning of info.warnings) console.error(`Warning: ${warning}`);
    if (options.samplesIfEmpty && countDocuments(core.library.db) === 0) {
      core.jobs.startImport([core.paths.seedsDir]);
    }
    // Browser mode is the app too: a backup a day while it is used, in whichever library is open.
    let stopAutomaticBackups = startAutomaticBackups(core);
    session.onLibraryOpened((opened) => {
      stopAutomaticBackups();
      stopAutomaticBackups = startAutomaticBackups(opened);
      console.error(`Library: ${opened.library.dir}`);
    });
    const stop = async () => {
      stopAutomaticBackups();
      await server.close();
      await session.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

/** Turns `set` options into validated changes; an empty value clears a field. */
function metadataChanges(options: Record<string, string | undefined>): MetadataChanges {
  const raw: Record<string, unknown> = {};
  for (const field of ['title', 'town', 'county', 'city', 'province', 'kind'] as const) {
    const value = options[field];
    if (value !== undefined) raw[field] = value.trim() === '' ? null : value;
  }
  if (options.year !== undefined) {
    raw.year = options.year.trim() === '' ? null : Number(options.year);
  }
  const parsed = MetadataChangesSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'BAD_REQUEST',
      `Invalid --${String(issue?.path[0] ?? 'value')}: ${issue?.message ?? ''}`,
    );
  }
  return parsed.data;
}

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

function openOrExit(options: { library?: string }, core: CoreOptions = {}): Core {
  try {
    return openCore({ ...(options.library ? { libraryDir: options.library } : {}), ...core });
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
