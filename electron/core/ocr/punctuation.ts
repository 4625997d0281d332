import { isCjk, isHan } from '../text/cleaning/chars';

/**
 * Punctuation repairs for tesseract's Chinese output, each from what it gets wrong on real scans
 * (the fixture pages): quotes read as the wrong kind, full stops read as Latin dots, and a page
 * whose commas come out half of one width and half of the other. All work on one paragraph (or
 * page) of text whose OCR spaces are already gone.
 */

/** A character is in Chinese text when a neighbour (quotes and spaces skipped) is CJK. */
function besideCjk(chars: readonly string[], index: number): boolean {
  for (const step of [-1, 1]) {
    for (let i = index + step; i >= 0 && i < chars.length; i += step) {
      const ch = chars[i]!;
      if (ch === ' ' || QUOTES.has(ch)) continue;
      if (isCjk(ch.codePointAt(0) ?? 0)) return true;
      break;
    }
  }
  return false;
}

const QUOTES = new Set(['"', "'", '“', '”', '‘', '’']);
const SINGLE_ISH = new Set(["'", '‘', '’']);
const DOUBLE_CLOSERS = new Set(['"', '”']);

/**
 * Chinese quotation marks, paired the way the text nests them. Tesseract reads ‘ as “, ’ and ”
 * as ' or ", and sometimes reads one ” twice ("” side by side). Walking the paragraph with the
 * quotes still open decides each ambiguous mark:
 * - a straight " touching a curly double quote is that quote read twice, and goes;
 * - " closes an open “, else opens one;
 * - ' closes an open ‘; inside “…” it opens a nested ‘ when a single quote closes before the
 *   double one does, and otherwise it is the closing ”;
 * - “ inside “…” is a nested ‘ when a single quote closes before the next double quote.
 * Quotes in Latin text (no Chinese beside them) are left as they are.
 */
export function repairQuotes(paragraph: string): string {
  const chars = Array.from(paragraph);
  const open: ('“' | '‘')[] = [];
  const out: string[] = [];
  const top = () => open[open.length - 1];
  /** The next quote mark after `index` in the paragraph, if any. */
  const nextQuote = (index: number) => chars.slice(index + 1).find((ch) => QUOTES.has(ch));
  const nestedSingleFollows = (index: number) => {
    const next = nextQuote(index);
    return next !== undefined && SINGLE_ISH.has(next) && next !== '‘';
  };
  chars.forEach((ch, i) => {
    if (!QUOTES.has(ch) || !besideCjk(chars, i)) {
      out.push(ch);
      return;
    }
    switch (ch) {
      case '"': {
        const touching = [chars[i - 1], chars[i + 1]].some((c) => c === '“' || c === '”');
        if (touching) return;
        if (top() === '“') {
          open.pop();
          out.push('”');
        } else {
          open.push('“');
          out.push('“');
        }
        return;
      }
      case "'":
        if (top() === '‘') {
          open.pop();
          out.push('’');
        } else if (top() === '“' && !nestedSingleFollows(i)) {
          open.pop();
          out.push('”');
        } else if (top() === '“') {
          open.push('‘');
          out.push('‘');
        } else {
          out.push(ch);
        }
        return;
      case '“':
        if (top() === '“' && nestedSingleFollows(i)) {
          open.push('‘');
          out.push('‘');
        } else {
          if (top() !== '“') open.push('“');
          out.push('“');
        }
        return;
      case '”':
        if (top() === '‘' && DOUBLE_CLOSERS.has(nextQuote(i) ?? '')) {
          // ‘…” followed by another closing double quote: this one closes the single.
          open.pop();
          out.push('’');
          return;
        }
        while (open.length > 0 && open.pop() !== '“');
        out.push('”');
        return;
      case '‘':
        open.push('‘');
        out.push('‘');
        return;
      default: // ’
        if (top() === '‘') open.pop();
        out.push('’');
    }
  });
  return out.join('');
}

/**
 * A Latin dot right after a Chinese character (or a closing mark) is a full stop read as '.'
 * when no digit or letter follows ("98.3" and "2.1 节" keep theirs). Half-width forms of 。
 * and 、 become the full ones.
 */
export function repairFullStops(text: string): string {
  return text
    .replace(/(?<=\p{Script=Han}[”’）)》」』]*)\.(?![0-9A-Za-z])/gu, '。')
    .replace(/｡/g, '。')
    .replace(/､/g, '、');
}

/** Punctuation that Chinese text writes either full-width or ASCII, by what sources do. */
const WIDTH_PAIRS: readonly (readonly [string, string])[] = [
  [',', '，'],
  [';', '；'],
  [':', '：'],
  ['?', '？'],
  ['!', '！'],
  ['(', '（'],
  [')', '）'],
];
const TO_FULL = new Map(WIDTH_PAIRS.map(([half, full]) => [half, full]));
const TO_HALF = new Map(WIDTH_PAIRS.map(([half, full]) => [full, half]));

/**
 * One width for the page's Chinese punctuation (，；：？！（） or their ASCII forms), the one most
 * of its marks already have: sources differ (the fixture reports write ',' and '(' between
 * Chinese characters, others '，' and '（'), and tesseract mixes both on one page. A mark counts
 * only between Chinese text (never in "1,000" or in English); a tie changes nothing.
 */
export function normalisePunctuationWidth(text: string): string {
  const chars = Array.from(text);
  const inChinese = (i: number) => {
    const ch = chars[i]!;
    if (!TO_FULL.has(ch) && !TO_HALF.has(ch)) return false;
    const before = chars[i - 1]?.codePointAt(0) ?? 0;
    const after = chars[i + 1]?.codePointAt(0) ?? 0;
    const opening = ch === '(' || ch === '（';
    // A mark belongs to the text before it, an opening bracket to the text after it.
    return opening ? isHan(after) || isCjk(before) : isCjk(before) || isHan(after);
  };
  let half = 0;
  let full = 0;
  chars.forEach((ch, i) => {
    if (!inChinese(i)) return;
    if (TO_FULL.has(ch)) half++;
    else full++;
  });
  if (half === full) return text;
  const convert = half > full ? TO_HALF : TO_FULL;
  return chars.map((ch, i) => (convert.has(ch) && inChinese(i) ? convert.get(ch)! : ch)).join('');
}
