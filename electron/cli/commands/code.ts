import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { CodedPassage, Tag } from '../../../shared/domain';
import { callContract as call, collect, libraryOption, tagByName, type WithCore } from '../shared';

const nonNegative = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('a whole number ≥ 0');
  return n;
};

function passageJson(p: CodedPassage, tags: readonly Tag[]) {
  const names = new Map(tags.map((t) => [t.id, t.name]));
  return {
    annotation_id: p.id,
    doc_id: p.docId,
    title: p.title,
    town: p.town,
    county: p.county,
    year: p.year,
    section_path: p.sectionPath,
    start: p.start,
    end: p.end,
    quote: p.quote,
    comment: p.comment,
    tags: p.tagIds.map((id) => names.get(id) ?? String(id)),
    status: p.status,
  };
}

/** Codebook and coding verbs, for scripting and tests. */
export function registerCodeCommands(program: Command, withCore: WithCore): void {
  program
    .command('tags')
    .description('list the codebook')
    .option(...libraryOption)
    .option('--json', 'print JSON')
    .action(async (options: { library?: string; json?: boolean }) => {
      await withCore(options, async (core) => {
        const tags = await call(core, 'listTags', {});
        if (options.json) console.log(JSON.stringify(tags, null, 2));
        else {
          const depth = (t: Tag): number =>
            t.parentId === null ? 0 : 1 + depth(tags.find((p) => p.id === t.parentId) as Tag);
          for (const t of tags)
            console.log(
              `${'  '.repeat(depth(t))}${t.name}  (${t.passageCount})  #${t.id} ${t.color}`,
            );
        }
        return 0;
      });
    });

  program
    .command('tag-add')
    .description('add a tag to the codebook')
    .option(...libraryOption)
    .option('--parent <name>', 'parent tag')
    .option('--color <#rrggbb>', 'colour')
    .argument('<name>', 'tag name')
    .action(
      async (name: string, options: { library?: string; parent?: string; color?: string }) => {
        await withCore(options, async (core) => {
          const tags = await call(core, 'listTags', {});
          const parentId = options.parent ? tagByName(tags, options.parent).id : null;
          const tag = await call(core, 'createTag', {
            name,
            parentId,
            ...(options.color ? { color: options.color } : {}),
          });
          console.log(JSON.stringify(tag));
          return 0;
        });
      },
    );

  program
    .command('annotate')
    .description('code a passage of a document (offsets in characters, end exclusive)')
    .option(...libraryOption)
    .requiredOption('--start <n>', 'first character', nonNegative)
    .requiredOption('--end <n>', 'character after the last', nonNegative)
    .option('--tag <name>', 'tag (repeatable)', collect)
    .option('--comment <text>', 'comment (memo)')
    .argument('<docId>', 'document id')
    .action(
      async (
        docId: string,
        options: { library?: string; start: number; end: number; tag?: string[]; comment?: string },
      ) => {
        await withCore(options, async (core) => {
          const tags = await call(core, 'listTags', {});
          const annotation = await call(core, 'createAnnotation', {
            docId: Number(docId),
            start: options.start,
            end: options.end,
            tagIds: (options.tag ?? []).map((name) => tagByName(tags, name).id),
            ...(options.comment ? { comment: options.comment } : {}),
          });
          console.log(JSON.stringify(annotation));
          return 0;
        });
      },
    );

  program
    .command('coded')
    .description('coded passages, of one tag (with its children) or all')
    .option(...libraryOption)
    .option('--tag <name>', 'only this tag and its children')
    .option('--town <name>', 'only this town (repeatable)', collect)
    .option('--json', 'print JSON')
    .action(
      async (options: { library?: string; tag?: string; town?: string[]; json?: boolean }) => {
        await withCore(options, async (core) => {
          const tags = await call(core, 'listTags', {});
          const passages = await call(core, 'codedPassages', {
            ...(options.tag
              ? { tagId: tagByName(tags, options.tag).id, includeChildren: true }
              : {}),
            ...(options.town ? { filters: { towns: options.town } } : {}),
          });
          if (options.json)
            console.log(
              JSON.stringify(
                passages.map((p) => passageJson(p, tags)),
                null,
                2,
              ),
            );
          else
            for (const p of passages)
              console.log(
                `#${p.docId} ${p.town ?? ''} ${p.year ?? ''}  ${p.sectionPath.join(' › ')}\n   ${p.quote}\n`,
              );
          return 0;
        });
      },
    );

  program
    .command('matrix')
    .description('code × town matrix (or × year, × document)')
    .option(...libraryOption)
    .option('--by <what>', 'town | year | doc', 'town')
    .option('--chars', 'count characters instead of passages')
    .option('--json', 'print JSON')
    .action(async (options: { library?: string; by?: string; chars?: boolean; json?: boolean }) => {
      await withCore(options, async (core) => {
        const by =
          options.by === 'year'
            ? 'year'
            : options.by === 'doc' || options.by === 'document'
              ? 'document'
              : 'town';
        const matrix = await call(core, 'codeMatrix', {
          by,
          measure: options.chars ? 'chars' : 'passages',
        });
        if (options.json) {
          const counts: Record<string, Record<string, number>> = {};
          matrix.rows.forEach((row, r) => {
            counts[row.path] = Object.fromEntries(
              matrix.columns.map((c, i) => [c.label, matrix.cells[r]?.[i] ?? 0]),
            );
          });
          console.log(
            JSON.stringify(
              {
                by: matrix.by,
                measure: matrix.measure,
                columns: matrix.columns.map((c) => c.label),
                counts,
              },
              null,
              2,
            ),
          );
        } else {
          console.log(['tag', ...matrix.columns.map((c) => c.label)].join('\t'));
          matrix.rows.forEach((row, r) =>
            console.log([row.path, ...(matrix.cells[r] ?? [])].join('\t')),
          );
        }
        return 0;
      });
    });

  program
    .command('autocode')
    .description('code every occurrence of a search with a tag')
    .option(...libraryOption)
    .requiredOption('--tag <name>', 'tag to apply')
    .option('--dry-run', 'only say what would be coded')
    .argument('<query>', 'search query (as in `search`)')
    .action(async (query: string, options: { library?: string; tag: string; dryRun?: boolean }) => {
      await withCore(options, async (core) => {
        const tags = await call(core, 'listTags', {});
        const tagId = tagByName(tags, options.tag).id;
        if (options.dryRun) {
          const preview = await call(core, 'autocodePreview', { query, tagId });
          console.log(JSON.stringify(preview, null, 2));
        } else {
          const result = await call(core, 'autocode', { query, tagId });
          console.error(
            `${result.created} passages coded with ${options.tag} (${result.alreadyCoded} already were).`,
          );
        }
        return 0;
      });
    });
}
