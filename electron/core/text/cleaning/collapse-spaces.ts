import { isCjk } from './chars';
import type { MappedText, TextEdit } from './mapped-text';
import { applyEdits } from './mapped-text';

/**
 * Step 4: spaces. Leading indentation and trailing spaces go; a run of spaces next to CJK text
 * on either side goes (`小 榄 镇` → `小榄镇`, `GDP 增长` → `GDP增长`); a run between two
 * non-CJK characters (`Latin words`, `2024-07-24 18:12:43`) becomes one space. Runs on text
 * whose wide spaces and tabs were already folded to ' '.
 */
export function collapseSpaces(input: MappedText): MappedText {
  const { text } = input;
  const edits: TextEdit[] = [];
  const run = / +/g;
  for (let match = run.exec(text); match; match = run.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = codePointBefore(text, start);
    const after = end < text.length ? text.codePointAt(end) : undefined;
    if (before === undefined || after === undefined || before === 0x0a || after === 0x0a) {
      edits.push({ start, end });
    } else if (isCjk(before) || isCjk(after)) {
      edits.push({ start, end });
    } else if (end - start > 1) {
      edits.push({ start: start + 1, end });
    }
  }
  return applyEdits(input, edits);
}

function codePointBefore(text: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const unit = text.charCodeAt(index - 1);
  if (unit >= 0xdc00 && unit <= 0xdfff && index >= 2) return text.codePointAt(index - 2);
  return unit;
}
