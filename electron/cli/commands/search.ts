import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { toCsv } from '../../../shared/csv';
import type { SearchFilters } from '../../../shared/domain';
import { search } from '../../core/search/search';
import { kwic } from '../../core/search/kwic';
import { termFrequencies } from '../../core/search/frequencies';
import { allStopwords } from '../../core/search/stopwords';
import { libraryOption, type WithCore } from '../shared';

interface FilterOptions {
  library?: string;
  town?: string[];
  region?: string[];
  year?: { from?: number; to?: number };
  json?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function parseYears(value: string): { from?: number; to?: number } {
  const match = /^(\d{4})?(?:\s*[-–]\s*(\d{4})?)?$/.exec(value.trim());
  if (!match || (!match[1] && !match[2])) throw new InvalidArgumentError('use YYYY or YYYY-YYYY');
  const from = match[1] ? Number(match[1]) : undefined;
  const to =
    value.includes('-') || value.includes('–') ? (match[2] ? Number(match[2]) : undefined) : from;
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('a positive whole number');
  return n;
}

function filtersOf(options: FilterOptions): SearchFilters {
  return {
    ...(options.town ? { towns: options.town } : {}),
    ...(options.region ? { regions: options.region } : {}),
    ...(options.year?.from !== undefined ? { yearFrom: options.year.from } : {}),
    ...(options.year?.to !== undefined ? { yearTo: options.year.to } : {}),
  };
}

function withFilters(command: Command): Command {
  return command
    .option(...libraryOption)
    .option('--town <name>', 'only this town (repeatable)', collect)
    .option('--region <name>', 'only this county or city (repeatable)', collect)
    .option('--year <Y|Y1-Y2>', 'only this year or range', parseYears)
    .option('--json', 'print JSON');
}

/** `search`, `kwic` and `freq`: the Search view's three tools for the shell. */
export function registerSearchCommands(program: Command, withCore: WithCore): void {
  withFilters(program.command('search'))
    .description('search the library: words, "exact phrases", -exclude, OR')
    .option('--limit <n>', 'passages to show (default 20)', parsePositive)
    .option('--by-document', 'best passage per document')
    .argument('<query...>', 'what to look for')
    .action(
      async (
        words: string[],
        options: FilterOptions & { limit?: number; byDocument?: boolean },
      ) => {
        await withCore(options, (core) => {
          const result = search(core.library.db, {
            query: words.join(' '),
            filters: filtersOf(options),
            limit: options.limit ?? 20,
            ...(options.byDocument ? { groupBy: 'document' as const } : {}),
          });
          if (options.json) {
            console.log(
              JSON.stringify(
                {
                  query: result.query,
                  total_passages: result.totalPassages,
                  total_documents: result.totalDocuments,
                  took_ms: result.tookMs,
                  hits: result.hits.map((hit) => ({
                    doc_id: hit.docId,
                    section_id: hit.sectionId,
                    title: hit.title,
                    town: hit.town,
                    year: hit.year,
                    section_path: hit.sectionPath,
                    score: hit.score,
                    hit_count: hit.hitCount,
                    snippet: hit.snippet.text,
                    highlights: hit.highlights,
                  })),
                },
                null,
                2,
              ),
            );
          } else {
            for (const hit of result.hits) {
              const where = [hit.town, hit.year].filter((v) => v !== null).join(' ');
              console.log(
                `#${hit.docId} ${where}  ${hit.title}${hit.sectionPath.length ? ` › ${hit.sectionPath.join(' › ')}` : ''}`,
              );
              console.log(`   ${markSnippet(hit.snippet.text, hit.snippet.highlights)}\n`);
            }
            console.error(
              `${result.totalPassages} passages in ${result.totalDocuments} documents (${result.tookMs} ms)`,
            );
          }
          return 0;
        });
      },
    );

  withFilters(program.command('kwic'))
    .description('keyword in context: every occurrence with its left and right context')
    .option('--width <n>', 'characters of context on each side (default 20)', parsePositive)
    .option('--sort <how>', 'document | left | right | town', 'document')
    .option('--csv', 'print CSV (UTF-8 with BOM, for Excel)')
    .argument('<term>', 'the word or phrase')
    .action(
      async (
        term: string,
        options: FilterOptions & { width?: number; sort?: string; csv?: boolean },
      ) => {
        await withCore(options, (core) => {
          const sort = ['document', 'left', 'right', 'town'].includes(options.sort ?? '')
            ? (options.sort as 'document' | 'left' | 'right' | 'town')
            : 'document';
          const result = kwic(core.library.db, {
            term,
            filters: filtersOf(options),
            sort,
            ...(options.width ? { width: options.width } : {}),
          });
          if (options.csv) {
            process.stdout.write(
              toCsv(
                ['doc_id', 'town', 'year', 'title', 'offset', 'left', 'match', 'right'],
                result.lines.map((l) => [
                  l.docId,
                  l.town,
                  l.year,
                  l.title,
                  l.start,
                  l.left,
                  l.match,
                  l.right,
                ]),
              ),
            );
          } else if (options.json) {
            console.log(JSON.stringify(result, null, 2));
          } else {
            for (const line of result.lines) {
              console.log(
                `${line.left.padStart(options.width ?? 20, '　')} 【${line.match}】 ${line.right}   #${line.docId} ${line.town ?? ''}`,
              );
            }
            console.error(`${result.total} occurrences (${result.tookMs} ms)`);
          }
          return 0;
        });
      },
    );

  withFilters(program.command('freq'))
    .description('most frequent words per town (stop words removed)')
    .option('--top <n>', 'words per town (default 20)', parsePositive)
    .option('--by <what>', 'town | document | library', 'town')
    .action(async (options: FilterOptions & { top?: number; by?: string }) => {
      await withCore(options, (core) => {
        const by = options.by === 'document' || options.by === 'library' ? options.by : 'town';
        const result = termFrequencies(
          core.library.db,
          { by, filters: filtersOf(options), top: options.top ?? 20 },
          allStopwords(core.library.db, core.paths.dictDir),
        );
        if (options.json) console.log(JSON.stringify(result, null, 2));
        else {
          for (const group of result.groups) {
            console.log(`${group.label} (${group.documents} documents, ${group.totalWords} words)`);
            console.log(`   ${group.terms.map((t) => `${t.term} ${t.count}`).join('  ')}\n`);
          }
        }
        return 0;
      });
    });
}

/** Marks highlights with 【】 for a terminal. */
function markSnippet(text: string, highlights: readonly { start: number; end: number }[]): string {
  const chars = Array.from(text);
  for (const h of [...highlights].reverse()) {
    chars.splice(h.end, 0, '】');
    chars.splice(h.start, 0, '【');
  }
  return chars.join('');
}
