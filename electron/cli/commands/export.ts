import fs from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportSource,
  type ReportOptions,
} from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Core } from '../../core';
import { callContract as call, collect, libraryOption, tagByName, type WithCore } from '../shared';
import { waitForFileJob } from './file-job';
import { runDemo } from './demo';

interface ExportOptions {
  library?: string;
  comparison?: string;
  tag?: string;
  query?: string;
  codebook?: boolean;
  format?: string;
  out: string;
  force?: boolean;
  town?: string[];
  full?: boolean;
  figures?: boolean;
  comments?: string;
  citations?: string;
  lang?: string;
  paper?: string;
  title?: string;
  author?: string;
}

/** `export` and `demo`: reports and passage tables from the shell. */
export function registerExportCommands(program: Command, withCore: WithCore): void {
  program
    .command('export')
    .description('write a comparison report (.docx, .pdf) or a passage table (.xlsx, .csv)')
    .option(...libraryOption)
    .option('--comparison <name>', 'a saved comparison (name or id; see `comparisons`)')
    .option('--tag <name>', 'a tag: its passages, or a report comparing them across towns')
    .option('--query <q>', 'a search: a report comparing what it finds across towns')
    .option('--codebook', 'every coded passage (tables only)')
    .option('--format <format>', `${EXPORT_FORMATS.join('|')} (default: from --out)`)
    .requiredOption('--out <file>', 'file to write')
    .option('--force', 'replace --out if it exists')
    .option('--town <name>', 'only these towns, in this order (repeatable)', collect)
    .option('--full', 'whole sections instead of excerpts')
    .option('--no-figures', 'leave out the figures table')
    .option(
      '--comments <mode>',
      'annotation comments: comments|footnotes|none',
      choice(['comments', 'footnotes', 'none']),
    )
    .option(
      '--citations <mode>',
      'sources: footnotes|bibliography',
      choice(['footnotes', 'bibliography']),
    )
    .option('--lang <lang>', 'headings in zh|en', choice(['zh', 'en']))
    .option('--paper <size>', 'A4|A3|Letter', choice(['A4', 'A3', 'Letter']))
    .option('--title <title>', 'report title')
    .option('--author <name>', 'author on the title page')
    .action(async (options: ExportOptions) => {
      await withCore(options, async (core) => {
        const source = await exportSource(core, options);
        const format = exportFormat(options.format, options.out);
        const { jobId } = await call(core, 'startExport', {
          source,
          format,
          options: reportOptions(options),
          path: path.resolve(options.out),
          overwrite: options.force === true,
        });
        return waitForFileJob(core, jobId);
      });
    });

  program
    .command('demo')
    .description(
      'the whole job in one command: import the samples, code and compare 工改, write the report',
    )
    .requiredOption('--out <dir>', 'folder for the library and the reports')
    .option('--force', 'replace reports from an earlier run')
    .action(async (options: { out: string; force?: boolean }) => {
      const dir = path.resolve(options.out);
      await withCore({ library: path.join(dir, 'library') }, (core) =>
        runDemo(core, dir, options.force === true),
      );
    });
}

function choice(values: readonly string[]) {
  return (value: string) => {
    if (!values.includes(value)) throw new InvalidArgumentError(`one of ${values.join(', ')}`);
    return value;
  };
}

async function exportSource(core: Core, options: ExportOptions): Promise<ExportSource> {
  const given = [options.comparison, options.tag, options.query, options.codebook].filter(
    (v) => v !== undefined,
  );
  if (given.length !== 1) {
    throw new AppError(
      'BAD_REQUEST',
      'Give exactly one of --comparison, --tag, --query, --codebook.',
    );
  }
  if (options.codebook) return { kind: 'codebook' };
  if (options.query !== undefined) {
    return {
      kind: 'query',
      query: options.query,
      ...(options.town ? { scope: { towns: options.town } } : {}),
    };
  }
  if (options.tag !== undefined) {
    const tag = tagByName(await call(core, 'listTags', {}), options.tag);
    return { kind: 'tag', tagId: tag.id };
  }
  const saved = await call(core, 'listComparisons', {});
  const wanted = options.comparison as string;
  const match = saved.find((c) => c.name === wanted) ?? saved.find((c) => String(c.id) === wanted);
  if (!match) {
    throw new AppError(
      'NOT_FOUND',
      `No saved comparison named “${wanted}”. See: policylens comparisons`,
    );
  }
  return { kind: 'comparison', id: match.id };
}

function exportFormat(given: string | undefined, out: string): ExportFormat {
  const format = (given ?? path.extname(out).slice(1)).toLowerCase();
  if ((EXPORT_FORMATS as readonly string[]).includes(format)) return format as ExportFormat;
  throw new AppError(
    'BAD_REQUEST',
    `Say --format ${EXPORT_FORMATS.join('|')}, or end --out with one of them.`,
    out,
  );
}

function reportOptions(options: ExportOptions): ReportOptions {
  return {
    ...(options.town ? { towns: options.town } : {}),
    passages: options.full ? 'full' : 'excerpt',
    figures: options.figures !== false,
    ...(options.comments ? { comments: options.comments as ReportOptions['comments'] } : {}),
    ...(options.citations ? { citations: options.citations as ReportOptions['citations'] } : {}),
    ...(options.lang ? { language: options.lang as ReportOptions['language'] } : {}),
    ...(options.paper ? { paper: options.paper as ReportOptions['paper'] } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(options.author ? { author: options.author } : {}),
  };
}

/** Refuses early, before any work, when a target exists and --force was not given. */
export function refuseExisting(files: readonly string[], force: boolean): void {
  if (force) return;
  const existing = files.find((file) => fs.existsSync(file));
  if (existing) {
    throw new AppError(
      'FILE_EXISTS',
      'The file exists already; add --force to replace it.',
      existing,
    );
  }
}
