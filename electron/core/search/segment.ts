import fs from 'node:fs';
import path from 'node:path';
import nodejieba from 'nodejieba';

/**
 * Chinese word segmentation with nodejieba and the shipped policy-term dictionary. Numbers,
 * decimals, percentages and Latin words are cut by us (jieba splits 3001.84 into digits);
 * jieba only ever sees runs of CJK characters. Input is folded text (simplified, lower-case).
 */

let loadedDictDir: string | null = null;

/** Loads jieba with our dictionary, once per thread (jieba keeps its state in globals). */
export function ensureSegmenter(dictDir: string, userTerms: readonly string[] = []): void {
  if (loadedDictDir === null) {
    const userDict = path.join(dictDir, 'policy-terms.txt');
    nodejieba.load(fs.existsSync(userDict) ? { userDict } : {});
    loadedDictDir = dictDir;
  }
  for (const term of userTerms) addTerm(term);
}

/** Adds a user's term so it is cut as one word from now on (in this thread). */
export function addTerm(term: string): void {
  nodejieba.insertWord(term);
}

const RUNS =
  /(\d+(?:\.\d+)?%?)|([a-z][a-z0-9]*)|([\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{2fa1f}]+)/gu;

type Mode = 'search' | 'words';

function segment(folded: string, mode: Mode): string[] {
  if (loadedDictDir === null) throw new Error('ensureSegmenter() must be called first');
  const tokens: string[] = [];
  for (const match of folded.matchAll(RUNS)) {
    const [, number, latin, cjk] = match;
    if (number) tokens.push(number);
    else if (latin) tokens.push(latin);
    else if (cjk) {
      for (const word of mode === 'search' ? nodejieba.cutForSearch(cjk) : nodejieba.cut(cjk)) {
        tokens.push(word);
      }
    }
  }
  return tokens;
}

/** Search-mode words (long words also give their shorter parts), for the words column. */
export function searchWords(folded: string): string[] {
  return segment(folded, 'search');
}

/** Non-overlapping words, for word frequencies. */
export function plainWords(folded: string): string[] {
  return segment(folded, 'words');
}
