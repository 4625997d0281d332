import { AppError } from '../../../shared/errors';
import { foldForSearch } from './fold';

/** One thing to look for: a word or an "exact phrase", as typed and folded. */
export interface QueryTerm {
  text: string;
  folded: string;
  phrase: boolean;
}

/**
 * A parsed query: every group must match (AND); a group matches when any of its terms does
 * (OR); no excluded term may match. `营商 环境 OR 营商环境 -疫情` → [[营商], [环境, 营商环境]], -[疫情].
 */
export interface ParsedQuery {
  groups: QueryTerm[][];
  excluded: QueryTerm[];
}

const TOKEN = /(-?)"([^"]*)"?|(\S+)/gu;

export function parseQuery(query: string): ParsedQuery {
  const groups: QueryTerm[][] = [];
  const excluded: QueryTerm[] = [];
  let joinNext = false;
  for (const match of query.matchAll(TOKEN)) {
    const [, minus, quoted, bare] = match;
    if (bare === 'OR' || bare === '|') {
      joinNext = groups.length > 0;
      continue;
    }
    const exclude =
      minus === '-' || (bare !== undefined && bare.startsWith('-') && bare.length > 1);
    const text = quoted ?? (exclude && bare ? bare.slice(1) : (bare ?? ''));
    const term: QueryTerm = {
      text,
      folded: foldForSearch(text).replace(/\s+/gu, ''),
      phrase: quoted !== undefined,
    };
    if (term.folded.length === 0) continue;
    if (exclude) excluded.push(term);
    else if (joinNext) groups[groups.length - 1]?.push(term);
    else groups.push([term]);
    joinNext = false;
  }
  if (groups.length === 0) {
    throw new AppError(
      'BAD_REQUEST',
      excluded.length > 0
        ? 'A search needs at least one word to look for, not only words to leave out.'
        : 'Type a word or phrase to search for.',
    );
  }
  return { groups, excluded };
}

/** Every term the results must show highlighted. */
export function positiveTerms(query: ParsedQuery): QueryTerm[] {
  return query.groups.flat();
}
