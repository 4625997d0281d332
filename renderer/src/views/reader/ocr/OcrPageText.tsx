import { memo, type MouseEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { OcrWord } from '../../../../../shared/domain';
import type { TextSegment } from './ocrAlign';
import { ocrPercent } from './ocrConfidence';

interface OcrPageTextProps {
  segments: readonly TextSegment[];
  words: readonly OcrWord[];
  threshold: number;
  selected: number | null;
  hovered: number | null;
  onSelect(index: number): void;
  onHover(index: number | null): void;
  /** Double-click: edit the text with this word selected. */
  onEditAt(index: number): void;
  textRef?: Ref<HTMLDivElement>;
}

function wordIndexOf(event: MouseEvent): number | null {
  const target = (event.target as HTMLElement).closest<HTMLElement>('[data-word]');
  const index = Number(target?.dataset.word);
  return target && Number.isInteger(index) ? index : null;
}

/**
 * The page's text with every recognised word as a span: low-confidence ones underlined, the
 * picked one highlighted. One listener on the block serves every word. Text stays React text.
 */
export const OcrPageText = memo(function OcrPageText({
  segments,
  words,
  threshold,
  selected,
  hovered,
  onSelect,
  onHover,
  onEditAt,
  textRef,
}: OcrPageTextProps) {
  const { t } = useTranslation();
  return (
    <div
      className="ocr-text"
      data-testid="ocr-page-text"
      lang="zh-CN"
      ref={textRef}
      onClick={(event) => {
        const index = wordIndexOf(event);
        if (index !== null) onSelect(index);
      }}
      onDoubleClick={(event) => {
        const index = wordIndexOf(event);
        if (index !== null) onEditAt(index);
      }}
      onMouseOver={(event) => onHover(wordIndexOf(event))}
      onMouseLeave={() => onHover(null)}
    >
      {segments.map((segment, at) => {
        if (segment.kind === 'text') return <span key={`t${at}`}>{segment.text}</span>;
        const word = words[segment.index];
        const confidence = word?.confidence ?? 100;
        return (
          <span
            key={`w${segment.index}`}
            className="ocr-word"
            data-testid="ocr-word"
            data-word={segment.index}
            data-low={confidence < threshold || undefined}
            data-selected={segment.index === selected || undefined}
            data-hovered={segment.index === hovered || undefined}
            title={t('ocr.word.confidence', { percent: ocrPercent(confidence) })}
          >
            {segment.text}
          </span>
        );
      })}
    </div>
  );
});
