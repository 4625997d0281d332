import fs from 'node:fs';
import path from 'node:path';
import nodejieba from 'nodejieba';
import { runtimePaths } from '../runtime/paths';

/**
 * Chinese word segmentation with nodejieba and the shipped policy-term dictionary. Numbers,
 * decimals, percentages and Latin words are cut by us (jieba splits 3001.84 into digits);
 * jieba only ever sees runs of CJK characters. Input is folded text (simplified, lower-case).
 */

let dictionaryDir: string | null = null;
let loaded = false;
/** User terms waiting for the dictionary to load. */
const pending: string[] = [];

/**
 * Says where the dictionaries are and which user terms to add. Loading jieba takes about half a
 * second, so it happens on the first segmentation, not at start-up (most CLI verbs never need
 * it). Jieba keeps its state in globals: one load per thread.
 */
export function configureSegmenter(dictDir: string, userTerms: readonly string[] = []): void {
  dictionaryDir ??= dictDir;
  for (const term of userTerms) addTerm(term);
}

function load(): void {
  if (loaded) return;
  if (dictionaryDir === null) throw new Error('configureSegmenter() must be called first');
  const policyTerms = path.join(dictionaryDir, 'policy-terms.txt');
  nodejieba.load(jiebaDictionaries(fs.existsSync(policyTerms) ? policyTerms : undefined));
  loaded = true;
  for (const term of pending.splice(0)) nodejieba.insertWord(term);
}

/**
 * jieba's files named one by one: its native code reads them with plain file I/O, so its
 * default paths (inside the asar archive when packaged) cannot be used.
 */
function jiebaDictionaries(userDict: string | undefined) {
  const dir = runtimePaths().jiebaDictDir;
  return {
    dict: path.join(dir, 'jieba.dict.utf8'),
    hmmDict: path.join(dir, 'hmm_model.utf8'),
    userDict: userDict ?? path.join(dir, 'user.dict.utf8'),
    idfDict: path.join(dir, 'idf.utf8'),
    stopWordDict: path.join(dir, 'stop_words.utf8'),
  };
}

/**
 * Loads the dictionaries now (about a second, and a quarter GB) rather than on the first search,
 * where it would stall the thread serving the window in the middle of someone's work.
 */
export function preloadSegmenter(): void {
  load();
}

/** Adds a user's term so it is cut as one word from now on (in this thread). */
export function addTerm(term: string): void {
  if (loaded) nodejieba.insertWord(term);
  else pending.push(term);
}

const RUNS =
  /(\d+(?:\.\d+)?%?)|([a-z][a-z0-9]*)|([\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{2fa1f}]+)/gu;

type Mode = 'search' | 'words';

function segment(folded: string, mode: Mode): string[] {
  load();
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
