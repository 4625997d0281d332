import * as OpenCC from 'opencc-js/t2cn';

/**
 * Traditional → simplified folding, character by character, for matching only (cleaned text
 * keeps its script). One character always maps to one character of the same UTF-16 width, so
 * offsets in the folded text are offsets in the input: 小欖鎮 → 小榄镇, 這一年 → 这一年.
 */
let converters: ((text: string) => string)[] | null = null;
const cache = new Map<string, string>();

function getConverters(): ((text: string) => string)[] {
  converters ??= [
    OpenCC.Converter({ from: 'hk', to: 'cn' }),
    OpenCC.Converter({ from: 'tw', to: 'cn' }),
  ];
  return converters;
}

/**
 * Standard simplified characters that a one-character conversion would change anyway, because
 * they are also traditional forms: 么 → 幺 breaks 什么, 著 → 着 breaks 显著.
 */
const ALREADY_SIMPLIFIED = new Set(['么', '著']);

/** One character folded to simplified (itself when it has no simplified form). */
export function simplifiedChar(ch: string): string {
  if (ALREADY_SIMPLIFIED.has(ch)) return ch;
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  let folded = ch;
  for (const convert of getConverters()) {
    const result = convert(ch);
    if (result !== ch && result.length === ch.length) {
      folded = result;
      break;
    }
  }
  cache.set(ch, folded);
  return folded;
}

/** The last few texts folded (detection folds the same cleaned text for several fields). */
const recent: [string, string][] = [];
const RECENT = 3;

/** `text` with traditional characters folded to simplified; same length, same offsets. */
export function toSimplified(text: string): string {
  const hit = recent.find(([input]) => input === text);
  if (hit) return hit[1];
  const folded = fold(text);
  recent.unshift([text, folded]);
  recent.length = Math.min(recent.length, RECENT);
  return folded;
}

function fold(text: string): string {
  let out = '';
  let changed = false;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    // Only CJK ideographs (and compatibility ideographs) can change.
    const folded = code >= 0x3400 ? simplifiedChar(ch) : ch;
    if (folded !== ch) changed = true;
    out += folded;
  }
  return changed ? out : text;
}
