import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextRange } from '../../../../../shared/domain';
import { sliceCodePoints } from '../../../text/codePoints';
import { splitAtRanges, type MarkRange } from '../../../text/highlight';
import { phraseLetters, phraseOf } from '../compareModel';
import { useCompareDisplay } from './displayContext';

interface SectionTextProps {
  text: string;
  /** Shared phrases inside `text` (code points of `text`). */
  ranges: readonly TextRange[];
}

/**
 * A section's text with the phrases other towns share word for word marked in their own style
 * (not search's yellow). Built as React text nodes: imported text is never parsed as markup.
 */
export const SectionText = memo(function SectionText({ text, ranges }: SectionTextProps) {
  const { t } = useTranslation();
  const { phrases, hideBoilerplate } = useCompareDisplay();
  const pieces = useMemo(() => {
    const marks: (MarkRange & { phrase: string; towns: readonly string[] })[] = [];
    ranges.forEach((range, index) => {
      const written = sliceCodePoints(text, range.start, range.end);
      const known = phraseOf(written, phrases);
      if (hideBoilerplate && known?.boilerplate) return;
      // Marked with the listed phrase, so picking it in the panel finds every variant.
      marks.push({
        ...range,
        index,
        phrase: known?.text ?? phraseLetters(written),
        towns: known?.towns ?? [],
      });
    });
    const byIndex = new Map(marks.map((mark) => [mark.index, mark]));
    return splitAtRanges(text, marks).map((piece) => ({
      text: piece.text,
      mark: piece.mark ? (byIndex.get(piece.mark.index) ?? null) : null,
    }));
  }, [text, ranges, phrases, hideBoilerplate]);

  return (
    <>
      {pieces.map((piece, i) =>
        piece.mark ? (
          <span
            key={i}
            className="shared-phrase"
            data-testid="shared-phrase"
            data-phrase={piece.mark.phrase}
            title={
              piece.mark.towns.length > 0
                ? t('compare.phrases.usedBy', { towns: piece.mark.towns.join('、') })
                : undefined
            }
          >
            {piece.text}
          </span>
        ) : (
          piece.text
        ),
      )}
    </>
  );
});
