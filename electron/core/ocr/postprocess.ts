import { normalisePunctuationWidth, repairFullStops, repairQuotes } from './punctuation';

/** Han characters, CJK punctuation and full-width forms: no spaces belong between them. */
const CJK =
  '\\u2e80-\\u2fdf\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u201c\\u201d\\u2018\\u2019\\u2014\\u2026\\u00b7';
/** A space next to a Chinese character or mark (on either side) is tesseract's, not the text's. */
const SPACE_BESIDE_CJK = new RegExp(`(?<=[${CJK}])[ \\t]+|[ \\t]+(?=[${CJK}])`, 'gu');
const LINE_END_SENTENCE = /[。！？；：…”」』）)]$/u;

/**
 * Tesseract's text made to read like the source: the spaces it puts between Chinese characters
 * (and between Chinese and numbers) removed, spaces between Latin words kept, and the lines
 * of a paragraph joined (a line that does not end a sentence continues on the next; a blank
 * line ends a paragraph), then the punctuation repaired (`punctuation`): quotes paired as the
 * text nests them, full stops read as '.' restored, and one width for the page's Chinese
 * punctuation — the width most of its marks have (the import's cleaning keeps punctuation as it
 * is, so this is the only place the width is made consistent).
 */
export function cleanOcrText(raw: string): string {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t]+/g, ' ')
        .replace(SPACE_BESIDE_CJK, '')
        .trim(),
    );
  const paragraphs: string[] = [];
  let current = '';
  for (const line of lines) {
    if (line === '') {
      if (current) paragraphs.push(current);
      current = '';
      continue;
    }
    current = current === '' ? line : joinLines(current, line);
    if (LINE_END_SENTENCE.test(line) && line.length < 20) {
      // A short line ending a sentence is a heading or a paragraph's last line.
      paragraphs.push(current);
      current = '';
    }
  }
  if (current) paragraphs.push(current);
  return normalisePunctuationWidth(
    paragraphs.map((paragraph) => repairQuotes(repairFullStops(paragraph))).join('\n'),
  );
}

function joinLines(previous: string, next: string): string {
  const latinBoundary = /[A-Za-z0-9]$/.test(previous) && /^[A-Za-z0-9]/.test(next);
  return latinBoundary ? `${previous} ${next}` : `${previous}${next}`;
}
