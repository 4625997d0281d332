import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { OcrPageInfo } from '../../../../shared/domain';
import type { MarkRange } from '../../text/highlight';
import { AnnotatedText } from './AnnotatedText';
import {
  NO_BLOCK_ANNOTATIONS,
  type AnnotationPiece,
  type BlockAnnotations,
} from './annotations/annotationMarks';
import { PageMarker } from './PageMarker';
import { NO_BLOCK_MARKS, type BlockMarks } from './readerMarks';
import type { PageGroup, TextBlock } from './textBlocks';

interface ReaderTextProps {
  groups: PageGroup[];
  /** The document waits for OCR as a whole (an image), which explains an empty text. */
  needsOcr: boolean;
  articleRef?: Ref<HTMLElement>;
  /** Found occurrences to highlight, per paragraph. */
  marks?: BlockMarks;
  /** Index of the occurrence the find bar is on. */
  current?: number | null;
  /** Coded passages and highlights to draw, per paragraph. */
  annotations?: BlockAnnotations;
  /** The annotation picked in the sidebar, drawn a shade deeper. */
  activeAnnotation?: number | null;
  /** OCR state of the scanned pages, by page number. */
  ocrPages?: ReadonlyMap<number, OcrPageInfo>;
  /** Opens a recognised page in the proofreading view. */
  onProofread?: ((page: number) => void) | null;
}

const NO_OCR_PAGES: ReadonlyMap<number, OcrPageInfo> = new Map();

const NO_MARKS: readonly MarkRange[] = [];
const NO_PIECES: readonly AnnotationPiece[] = [];

interface BlockProps {
  block: TextBlock;
  marks: readonly MarkRange[];
  /** The current occurrence's index when part of it lies in this paragraph, else null. */
  current: number | null;
  pieces: readonly AnnotationPiece[];
  /** The active annotation's id when part of it lies in this paragraph, else null. */
  active: number | null;
}

// Memoised: moving to the next occurrence, or coding a passage, re-renders only the paragraphs
// it touches.
const Block = memo(function Block({ block, marks, current, pieces, active }: BlockProps) {
  return (
    <p data-offset={block.start} tabIndex={-1}>
      {marks.length === 0 && pieces.length === 0 ? (
        block.text
      ) : (
        <AnnotatedText
          block={block}
          marks={marks}
          current={current}
          pieces={pieces}
          active={active}
        />
      )}
    </p>
  );
});

/**
 * The document's full text in paragraph blocks, each tagged with its code point offset, and page
 * markers between the pages of a paged original. Text is always rendered as React text nodes:
 * imported documents are untrusted, and markup in them must show as characters.
 */
export const ReaderText = memo(function ReaderText({
  groups,
  needsOcr,
  articleRef,
  marks = NO_BLOCK_MARKS,
  current = null,
  annotations = NO_BLOCK_ANNOTATIONS,
  activeAnnotation = null,
  ocrPages = NO_OCR_PAGES,
  onProofread = null,
}: ReaderTextProps) {
  const { t } = useTranslation();
  const empty = groups.every((group) => group.blocks.length === 0 && group.page === null);
  const blockProps = (block: TextBlock): BlockProps => {
    const blockMarks = marks.get(block.start) ?? NO_MARKS;
    const here = current !== null && blockMarks.some((mark) => mark.index === current);
    const pieces = annotations.get(block.start) ?? NO_PIECES;
    const activeHere =
      activeAnnotation !== null && pieces.some((piece) => piece.id === activeAnnotation);
    return {
      block,
      marks: blockMarks,
      current: here ? current : null,
      pieces,
      active: activeHere ? activeAnnotation : null,
    };
  };
  return (
    <article className="reader-text" data-testid="reader-text" lang="zh-CN" ref={articleRef}>
      {empty && (
        <div className="reader-page-notice" data-testid="reader-empty">
          {needsOcr ? t('reader.emptyText.needsOcr') : t('reader.emptyText.none')}
        </div>
      )}
      {groups.map((group) => (
        <div
          key={group.page === null ? 'lead' : `page-${group.page.number}`}
          className="reader-page"
        >
          {group.page && (
            <PageMarker
              page={group.page}
              empty={group.blocks.length === 0}
              ocr={ocrPages.get(group.page.number) ?? null}
              onProofread={onProofread}
            />
          )}
          {group.blocks.map((block) => (
            <Block key={block.start} {...blockProps(block)} />
          ))}
        </div>
      ))}
    </article>
  );
});
