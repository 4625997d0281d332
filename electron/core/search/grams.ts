/**
 * # Search index design: recall equals a substring scan
 *
 * Researchers must be able to trust that a search finds every passage. Word indexes miss
 * Chinese text (a 2-character word inside a longer jieba word, a phrase across word
 * boundaries) and FTS5's trigram tokenizer matches nothing under 3 characters (政策). So:
 *
 * 1. Every document is cut into chunks: the text of one section up to its first sub-section.
 *    Every character of a document is in exactly one chunk. The chunk is the unit of a hit.
 * 2. A chunk's text is folded (`foldForSearch`: traditional → simplified, full-width →
 *    half-width, lower-case; one code point for one) and white space is dropped.
 * 3. Column `grams` holds one token per character position i: the pair s[i]s[i+1], or for the
 *    last character s[i] followed by END_MARK. A query of m ≥ 2 folded characters becomes the
 *    FTS5 phrase of its m−1 consecutive pairs, which matches exactly when the query occurs as a
 *    contiguous substring; a 1-character query becomes the prefix query "c"*, which matches
 *    exactly the chunks holding c at some position (every position starts a token).
 *    Hence: the chunks found = the chunks whose folded, space-free text contains the folded,
 *    space-free query. Tests check this against a plain scan for random substrings.
 * 4. Column `words` holds jieba's search-mode words (numbers, decimals, percentages and Latin
 *    words as tokens of their own). Each query term also matches here; since a word match is
 *    always also a pair match it adds no hits, but BM25 weighs the words column higher, so
 *    passages where the query is a real word rank above those where it only occurs inside
 *    other words.
 * 5. The FTS5 `ascii` tokenizer treats every non-ASCII code point as part of a token and splits
 *    on ASCII punctuation, so ASCII characters other than letters and digits are mapped into the
 *    Private Use Area before indexing and querying (3001.84 stays one token).
 *
 * A phrase that spans two chunks (crossing a section heading) is not found; everything inside
 * a section is. The index rows are written and deleted in the same transaction as their
 * document (a trigger removes a chunk's row with the chunk).
 */

/** Follows a chunk's last character, so it too starts a token. */
export const END_MARK = '\uE0FF';
const PRIVATE_USE_BASE = 0xe000;

/** ASCII letters and digits as they are; any other ASCII character moved out of ASCII. */
export function encodeForIndex(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x80) return ch;
  const alnum =
    (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  return alnum ? ch : String.fromCharCode(PRIVATE_USE_BASE + cp);
}

export function encodeToken(token: string): string {
  let out = '';
  for (const ch of token) out += encodeForIndex(ch);
  return out;
}

/** Code points of folded text with white space dropped, each encoded for the index. */
export function indexCharacters(folded: string): string[] {
  const chars: string[] = [];
  for (const ch of folded) {
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r') continue;
    chars.push(encodeForIndex(ch));
  }
  return chars;
}

/** The `grams` column of a chunk: one pair token per character position. */
export function gramTokens(folded: string): string {
  const chars = indexCharacters(folded);
  const tokens: string[] = [];
  for (let i = 0; i < chars.length; i++) tokens.push(chars[i] + (chars[i + 1] ?? END_MARK));
  return tokens.join(' ');
}

/** FTS5 expression over `grams` that matches exactly the chunks containing `foldedQuery`. */
export function gramMatch(foldedQuery: string): string | null {
  const chars = indexCharacters(foldedQuery);
  if (chars.length === 0) return null;
  if (chars.length === 1) return `grams : "${chars[0]}" *`;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return `grams : "${pairs.join(' ')}"`;
}

/** FTS5 expression over `words` for a term's jieba words (ranking only). */
export function wordMatch(words: readonly string[]): string | null {
  const tokens = words.map(encodeToken).filter((t) => t.length > 0);
  return tokens.length === 0 ? null : `words : "${tokens.join(' ')}"`;
}
