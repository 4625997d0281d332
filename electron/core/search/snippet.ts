import type { Snippet, TextRange } from '../../../shared/domain';

const BEFORE = 30;
const AFTER = 70;
const ELLIPSIS = '…';

/**
 * A short passage around the first occurrence, with every occurrence inside it highlighted.
 * `chars` are the passage's code points; ranges are offsets into it.
 */
export function makeSnippet(chars: readonly string[], ranges: readonly TextRange[]): Snippet {
  const first = ranges[0] ?? { start: 0, end: 0 };
  let start = Math.max(0, first.start - BEFORE);
  const end = Math.min(chars.length, Math.max(first.end + AFTER, start + BEFORE + AFTER));
  // Start at a line start when one is close, so the snippet reads as a sentence.
  for (let i = first.start - 1; i >= start; i--) {
    if (chars[i] === '\n') {
      start = i + 1;
      break;
    }
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const body = chars.slice(start, end).join('').replace(/\n+/g, ' ');
  const suffix = end < chars.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const highlights = ranges
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start + shift, end: r.end + shift }));
  return { text: `${prefix}${body}${suffix}`, highlights };
}
