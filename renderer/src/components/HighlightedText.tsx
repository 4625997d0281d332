import { useMemo } from 'react';
import type { TextRange } from '../../../shared/domain';
import { splitAtRanges } from '../text/highlight';

interface HighlightedTextProps {
  text: string;
  /** Code point ranges of `text` to mark. */
  ranges: readonly TextRange[];
  markTestId: string;
}

/**
 * A short text (a search snippet) with its matches in <mark>. Built from code point offsets as
 * React text nodes: the text comes from imported documents and is never parsed as markup.
 */
export function HighlightedText({ text, ranges, markTestId }: HighlightedTextProps) {
  const pieces = useMemo(
    () =>
      splitAtRanges(
        text,
        ranges.map((range, index) => ({ ...range, index })),
      ),
    [text, ranges],
  );
  return (
    <>
      {pieces.map((piece, i) =>
        piece.mark ? (
          <mark key={i} className="text-mark" data-testid={markTestId}>
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
