import type { MappedText, TextEdit } from './mapped-text';
import { applyEdits } from './mapped-text';

/**
 * Step 11: blank lines. Lines were trimmed before, so an empty line is blank: every paragraph
 * ends up on one line, separated from the next by a single '\n', with no newline at either end.
 */
export function collapseBlankLines(input: MappedText): MappedText {
  const { text } = input;
  const edits: TextEdit[] = [];
  const newlines = /\n+/g;
  for (let match = newlines.exec(text); match; match = newlines.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start === 0 || end === text.length) edits.push({ start, end });
    else if (end - start > 1) edits.push({ start: start + 1, end });
  }
  return applyEdits(input, edits);
}
