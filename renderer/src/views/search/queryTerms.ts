/**
 * Just enough of the server's query syntax (words, "phrases", -exclusions, OR) to pick out the
 * words a user is looking for. The server remains the judge of what a query means.
 */
const TOKEN = /(-?)"([^"]*)"?|(\S+)/gu;

/** The words and phrases to look for, in order (OR and exclusions left out). */
export function positiveTerms(query: string): string[] {
  const terms: string[] = [];
  for (const [, minus, quoted, bare] of query.matchAll(TOKEN)) {
    if (bare === 'OR' || bare === '|') continue;
    if (minus === '-' || (bare !== undefined && bare.startsWith('-') && bare.length > 1)) continue;
    const text = (quoted ?? bare ?? '').trim();
    if (text !== '') terms.push(text);
  }
  return terms;
}

/** The first word or phrase of a query (the concordance's default term), or ''. */
export function firstTerm(query: string): string {
  return positiveTerms(query)[0] ?? '';
}

/** One term as a query of its own: a phrase with spaces keeps its quotes. */
export function termAsQuery(term: string): string {
  return /\s/u.test(term) ? `"${term.replace(/"/g, '')}"` : term;
}
