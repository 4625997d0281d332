import { InvalidArgumentError, type Command } from 'commander';
import { OCR_LANGUAGES, type JobStatus, type OcrLanguageChoice } from '../../../shared/domain';
import type { Core } from '../../core';
import { callContract as call, libraryOption, type WithCore } from '../shared';

/** `--ocr-lang` / `--lang` values. */
export const OCR_LANGUAGE_CHOICES = ['auto', ...OCR_LANGUAGES] as const;

export function parseOcrLanguage(value: string): OcrLanguageChoice {
  if (!(OCR_LANGUAGE_CHOICES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`one of ${OCR_LANGUAGE_CHOICES.join(', ')}`);
  }
  return value as OcrLanguageChoice;
}

export function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('1–64');
  return n;
}

/** `1-3,5` → [1, 2, 3, 5]. */
function parsePages(value: string): number[] {
  const pages: number[] = [];
  for (const part of value.split(',')) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!match) throw new InvalidArgumentError('pages like 1-3,5');
    const from = Number(match[1]);
    const to = Number(match[2] ?? match[1]);
    if (from < 1 || to < from || to - from > 10_000)
      throw new InvalidArgumentError('pages like 1-3,5');
    for (let p = from; p <= to; p++) pages.push(p);
  }
  return pages;
}

/**
 * Runs an OCR job through the same task worker the app uses: page progress with the time left
 * on stderr, one line per document on stdout. Ctrl-C stops after the pages in flight; pages
 * read so far are kept and the next run starts at the first unfinished one.
 */
export async function runOcrJob(
  core: Core,
  request: { docIds?: number[]; pages?: number[]; lang?: OcrLanguageChoice },
  workers?: number,
): Promise<number> {
  const job = core.jobs.startTask('ocr', { ...request, ...(workers ? { workers } : {}) }, 'OCR');
  const interactive = process.stderr.isTTY === true;
  let lastLine = '';
  const unsubscribe = core.onEvent((event) => {
    if (event.type !== 'job' || event.job.id !== job.id || event.job.state !== 'running') return;
    if (event.job.total === 0) return;
    const line = ocrProgressLine(event.job);
    if (line === lastLine) return;
    lastLine = line;
    process.stderr.write(interactive ? `\r\x1b[K${line}` : `${line}\n`);
  });
  const cancel = () => {
    process.stderr.write('\nStopping after the pages being read; finished pages are kept…\n');
    core.jobs.cancel(job.id);
  };
  process.once('SIGINT', cancel);
  const final = await core.jobs.wait(job.id);
  process.off('SIGINT', cancel);
  unsubscribe();
  if (interactive) process.stderr.write('\r\x1b[K');
  for (const outcome of final.outcomes) {
    const problem = outcome.error ? `  (${outcome.error.message})` : '';
    console.log(
      `${outcome.status === 'failed' ? 'ocr failed' : 'ocr done  '}  #${outcome.docId}  ${outcome.file}${problem}`,
    );
  }
  process.stderr.write(
    `OCR: ${final.done} of ${final.total} pages${final.state === 'cancelled' ? ' — cancelled, pages read so far kept' : ''}\n`,
  );
  if (final.error) process.stderr.write(`Error: ${final.error.message}\n`);
  if (final.state === 'cancelled') return 130;
  return final.state === 'failed' || final.outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}

export function ocrProgressLine(job: JobStatus): string {
  const eta = job.etaSeconds === null ? '' : `  ~${job.etaSeconds}s left`;
  return `OCR [page ${job.done}/${job.total}]${eta}  ${job.currentFile ?? ''}`;
}

/** `ocr`: read scanned pages again (or those still waiting). */
export function registerOcrCommands(program: Command, withCore: WithCore): void {
  program
    .command('ocr')
    .description('recognise scanned pages: those waiting, or a document’s pages again')
    .option(...libraryOption)
    .option('--pages <list>', 'only these pages, e.g. 1-3,5 (with a document id)', parsePages)
    .option('--lang <lang>', `language: ${OCR_LANGUAGE_CHOICES.join('|')}`, parseOcrLanguage)
    .option('--workers <n>', 'recognition threads (default: the library’s setting)', parseWorkers)
    .argument('[docId]', 'document id (see `docs`); without it, every page waiting')
    .action(
      async (
        docId: string | undefined,
        options: { library?: string; pages?: number[]; lang?: OcrLanguageChoice; workers?: number },
      ) => {
        await withCore(options, async (core) => {
          const id = docId === undefined ? undefined : Number(docId);
          if (id !== undefined && (!Number.isInteger(id) || id <= 0)) {
            throw new InvalidArgumentError('a document id is a positive whole number');
          }
          if (id !== undefined) await call(core, 'ocrPages', { docId: id }); // NOT_FOUND early
          return runOcrJob(
            core,
            {
              ...(id !== undefined ? { docIds: [id] } : {}),
              ...(options.pages ? { pages: options.pages } : {}),
              ...(options.lang ? { lang: options.lang } : {}),
            },
            options.workers,
          );
        });
      },
    );
}
