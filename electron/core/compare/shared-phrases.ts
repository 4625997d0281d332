import type { SharedPhrase, TextRange } from '../../../shared/domain';
import { foldForSearch } from '../search/fold';

/** Phrases shorter than this many characters (letters, without punctuation) are not reported. */
export const MIN_PHRASE = 6;

export interface PhraseSource {
  key: string;
  town: string;
  text: string;
}

interface Letters {
  /** Folded letters (CJK, Latin, digits), punctuation and spaces dropped. */
  letters: string[];
  /** For each letter, its code point offset in the source text. */
  offsets: number[];
}

function lettersOf(text: string): Letters {
  const letters: string[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const ch of foldForSearch(text)) {
    if (/[\p{L}\p{N}]/u.test(ch)) {
      letters.push(ch);
      offsets.push(offset);
    }
    offset++;
  }
  return { letters, offsets };
}

/**
 * Text reuse across towns: every maximal run of ≥ 6 folded characters that occurs in sources of
 * two or more towns. Found by hashing all 6-character windows once (linear in the text, no
 * pairwise string comparison), then growing each shared window into the longest shared run.
 * Returns the phrases with their towns and, per source, where they occur.
 */
export function findSharedPhrases(sources: readonly PhraseSource[]): {
  phrases: Omit<SharedPhrase, 'boilerplate'>[];
  ranges: Map<string, TextRange[]>;
} {
  const prepared = sources.map((source) => ({ source, ...lettersOf(source.text) }));
  const townsOf = new Map<string, Set<string>>();
  for (const { source, letters } of prepared) {
    for (let i = 0; i + MIN_PHRASE <= letters.length; i++) {
      const window = letters.slice(i, i + MIN_PHRASE).join('');
      const towns = townsOf.get(window) ?? new Set<string>();
      towns.add(source.town);
      townsOf.set(window, towns);
    }
  }
  const phraseTowns = new Map<string, Set<string>>();
  const ranges = new Map<string, TextRange[]>();
  for (const { source, letters, offsets } of prepared) {
    const found: TextRange[] = [];
    let i = 0;
    while (i + MIN_PHRASE <= letters.length) {
      if ((townsOf.get(letters.slice(i, i + MIN_PHRASE).join(''))?.size ?? 0) < 2) {
        i++;
        continue;
      }
      let last = i;
      while (
        last + 1 + MIN_PHRASE <= letters.length &&
        (townsOf.get(letters.slice(last + 1, last + 1 + MIN_PHRASE).join(''))?.size ?? 0) >= 2
      )
        last++;
      const phrase = letters.slice(i, last + MIN_PHRASE).join('');
      phraseTowns.set(phrase, new Set([...(phraseTowns.get(phrase) ?? []), source.town]));
      found.push({ start: offsets[i] ?? 0, end: (offsets[last + MIN_PHRASE - 1] ?? 0) + 1 });
      i = last + MIN_PHRASE;
    }
    ranges.set(source.key, found);
  }
  // A phrase's towns: every town whose text holds it, not only where it was grown from.
  const townText = new Map<string, string>();
  for (const { source, letters } of prepared)
    townText.set(source.town, (townText.get(source.town) ?? '') + '\u0000' + letters.join(''));
  const phrases = [...phraseTowns.keys()]
    .map((text) => ({
      text,
      towns: [...townText].filter(([, all]) => all.includes(text)).map(([town]) => town),
    }))
    .filter((p) => p.towns.length >= 2)
    .sort((a, b) => b.towns.length - a.towns.length || b.text.length - a.text.length);
  return { phrases, ranges };
}
