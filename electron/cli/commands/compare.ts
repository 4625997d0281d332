import type { Command } from 'commander';
import type { ComparisonResult, ComparisonTheme } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { callContract as call, collect, libraryOption, tagByName, type WithCore } from '../shared';

function resultJson(result: ComparisonResult) {
  return {
    id: result.id,
    name: result.name,
    theme: result.theme,
    towns: result.towns,
    took_ms: result.tookMs,
    notices: result.notices,
    rows: result.rows.map((row) => ({
      label: row.label,
      cells: Object.fromEntries(
        row.cells.map((cell) => [
          cell.town,
          cell.sections.map((s) => ({
            section_id: s.sectionId,
            doc_id: s.docId,
            title: s.title,
            year: s.year,
            section_path: s.sectionPath,
            score: s.score,
            matched_terms: s.matchedTerms,
            pinned: s.pinned,
          })),
        ]),
      ),
    })),
    shared_phrases: result.sharedPhrases,
    figures: result.figures.map((f) => ({
      town: f.town,
      doc_id: f.docId,
      section_id: f.sectionId,
      original: f.original,
      value: f.value,
      unit: f.unit,
      subject: f.subject,
      measure: f.measure,
      kind: f.kind,
      start: f.start,
      end: f.end,
    })),
  };
}

/** `compare` and `comparisons`: the Compare view for the shell. */
export function registerCompareCommands(program: Command, withCore: WithCore): void {
  program
    .command('compare')
    .description('compare a theme across towns: aligned sections, shared phrases, figures')
    .option(...libraryOption)
    .option('--query <q>', 'theme: a search query')
    .option('--tag <name>', 'theme: a tag (its coded passages)')
    .option('--section <id>', 'theme: sections like this one')
    .option('--town <name>', 'only these towns (repeatable)', collect)
    .option('--save <name>', 'save the comparison under this name')
    .option('--json', 'print JSON')
    .action(
      async (options: {
        library?: string;
        query?: string;
        tag?: string;
        section?: string;
        town?: string[];
        save?: string;
        json?: boolean;
      }) => {
        await withCore(options, async (core) => {
          const given = [options.query, options.tag, options.section].filter(
            (v) => v !== undefined,
          );
          if (given.length !== 1)
            throw new AppError(
              'BAD_REQUEST',
              'Give exactly one theme: --query, --tag or --section.',
            );
          let theme: ComparisonTheme;
          if (options.tag !== undefined) {
            const tag = tagByName(await call(core, 'listTags', {}), options.tag);
            theme = { kind: 'tag', value: String(tag.id) };
          } else if (options.section !== undefined)
            theme = { kind: 'section', value: options.section };
          else theme = { kind: 'query', value: options.query as string };
          const scope = options.town ? { towns: options.town } : undefined;
          const result = (
            options.save
              ? await call(core, 'saveComparison', {
                  name: options.save,
                  theme,
                  ...(scope ? { scope } : {}),
                })
              : await call(core, 'compare', { theme, ...(scope ? { scope } : {}) })
          ) as ComparisonResult;
          if (options.json) console.log(JSON.stringify(resultJson(result), null, 2));
          else {
            for (const row of result.rows) {
              console.log(`## ${row.label}`);
              for (const cell of row.cells) {
                console.log(`  ${cell.town}`);
                for (const s of cell.sections)
                  console.log(
                    `    ${s.score.toFixed(2)}  #${s.docId} ${s.sectionPath.join(' › ')}  [${s.matchedTerms.slice(0, 4).join('、')}]`,
                  );
              }
            }
            if (result.figures.length) console.log('\n## Figures');
            for (const f of result.figures)
              console.log(`  ${f.town}  ${f.original}  ${f.subject}  (${f.kind})`);
            if (result.sharedPhrases.length) console.log('\n## Shared phrases');
            for (const p of result.sharedPhrases.slice(0, 20))
              console.log(
                `  ${p.text}  — ${p.towns.join('、')}${p.boilerplate ? ' (boilerplate)' : ''}`,
              );
            console.error(`(${result.tookMs} ms)`);
          }
          return 0;
        });
      },
    );

  program
    .command('comparisons')
    .description('list saved comparisons')
    .option(...libraryOption)
    .option('--json', 'print JSON')
    .action(async (options: { library?: string; json?: boolean }) => {
      await withCore(options, async (core) => {
        const list = (await call(core, 'listComparisons', {})) as {
          id: number;
          name: string;
          updatedAt: string;
        }[];
        if (options.json) console.log(JSON.stringify(list, null, 2));
        else for (const c of list) console.log(`#${c.id}\t${c.name}\t${c.updatedAt}`);
        return 0;
      });
    });
}
