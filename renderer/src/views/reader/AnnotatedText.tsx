import type { ReactNode } from 'react';
import type { MarkRange } from '../../text/highlight';
import { segmentText, type Segment } from '../../text/segments';
import { PENDING_ID, type AnnotationPiece } from './annotations/annotationMarks';
import { annotationStyle } from './annotations/annotationStyle';
import type { TextBlock } from './textBlocks';

interface AnnotatedTextProps {
  block: TextBlock;
  /** Found occurrences in this paragraph. */
  marks: readonly MarkRange[];
  /** The current occurrence's index when it lies in this paragraph, else null. */
  current: number | null;
  /** Annotation pieces in this paragraph (they may overlap). */
  pieces: readonly AnnotationPiece[];
  /** The annotation picked in the sidebar, when it lies in this paragraph. */
  active: number | null;
}

function FindMark({
  segment,
  block,
  current,
}: {
  segment: Segment<AnnotationPiece>;
  block: TextBlock;
  current: number | null;
}) {
  const mark = segment.mark;
  if (!mark) return segment.text;
  return (
    <mark
      className="reader-mark"
      data-testid="reader-mark"
      data-range={mark.index}
      // Only the first piece of a match names its start, so a jump finds one element.
      data-mark-start={segment.start === mark.start ? block.start + mark.start : undefined}
      data-current={mark.index === current ? 'true' : undefined}
    >
      {segment.text}
    </mark>
  );
}

function AnnotationMark({
  segment,
  block,
  active,
  children,
}: {
  segment: Segment<AnnotationPiece>;
  block: TextBlock;
  active: number | null;
  children: ReactNode;
}) {
  const pieces = segment.layers.filter((piece) => piece.id !== PENDING_ID);
  const pending = pieces.length < segment.layers.length;
  if (pieces.length === 0) return <span className="annotation-pending">{children}</span>;
  const isActive = active !== null && pieces.some((piece) => piece.id === active);
  return (
    <span
      className={pending ? 'annotation-mark annotation-pending' : 'annotation-mark'}
      data-testid="annotation-mark"
      data-annotation-ids={pieces.map((piece) => piece.id).join(' ')}
      data-start={block.start + segment.start}
      data-active={isActive ? 'true' : undefined}
      style={annotationStyle(pieces, isActive)}
    >
      {children}
    </span>
  );
}

/**
 * A paragraph cut wherever a find match or an annotation begins or ends. Each stretch is a text
 * node, in a <mark> when found and in an annotation span (tinted, underlined per annotation) when
 * coded, so the paragraph's text nodes still spell its text exactly once.
 */
export function AnnotatedText({ block, marks, current, pieces, active }: AnnotatedTextProps) {
  return segmentText(block.text, marks, pieces).map((segment, i) => {
    if (segment.layers.length === 0) {
      return <FindMark key={i} segment={segment} block={block} current={current} />;
    }
    return (
      <AnnotationMark key={i} segment={segment} block={block} active={active}>
        <FindMark segment={segment} block={block} current={current} />
      </AnnotationMark>
    );
  });
}
