import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { TextRange } from '../../../../../shared/domain';
import { selectionToRange } from './selectionOffsets';

/** Where a floating control sits, in the coordinates of the positioned container. */
export interface FloatAnchor {
  left: number;
  top: number;
  bottom: number;
}

export interface ReaderSelection extends TextRange {
  /** The line where the selection ended (where the mouse was let go). */
  anchor: FloatAnchor;
}

/** Half the selection toolbar's width, to keep it inside the text column. */
const TOOLBAR_HALF_WIDTH = 120;

/** The rectangle of the selection's line at its moving end, relative to the container. */
function anchorOf(selection: Selection, container: HTMLElement): FloatAnchor | null {
  const range = selection.getRangeAt(0);
  const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 || rect.height > 0);
  if (rects.length === 0) return null;
  const forward =
    selection.anchorNode === selection.focusNode
      ? selection.anchorOffset <= selection.focusOffset
      : Boolean(
          selection.anchorNode &&
          selection.focusNode &&
          selection.anchorNode.compareDocumentPosition(selection.focusNode) &
            Node.DOCUMENT_POSITION_FOLLOWING,
        );
  const rect = (forward ? rects.at(-1) : rects[0]) ?? rects[0];
  if (!rect) return null;
  const box = container.getBoundingClientRect();
  const left = (forward ? rect.right : rect.left) - box.left;
  return {
    // Kept within the column, so the centred toolbar never hangs over the sidebar.
    left: Math.min(Math.max(left, TOOLBAR_HALF_WIDTH), box.width - TOOLBAR_HALF_WIDTH),
    top: rect.top - box.top,
    bottom: rect.bottom - box.top,
  };
}

/**
 * The user's current selection in the Reader text, as code point offsets and a place to show the
 * selection toolbar. Read when the mouse (or a Shift+arrow) is released, so it does not flicker
 * while dragging; dropped as soon as the selection collapses or leaves the text.
 */
export function useReaderSelection(
  articleRef: RefObject<HTMLElement | null>,
  containerRef: RefObject<HTMLElement | null>,
  text: string,
): [ReaderSelection | null, () => void] {
  const [selection, setSelection] = useState<ReaderSelection | null>(null);

  useEffect(() => {
    const article = articleRef.current;
    if (!article) return;
    let timer: number | undefined;
    const read = () => {
      window.clearTimeout(timer);
      // After the click's own selection update has settled (a double click selects a word).
      timer = window.setTimeout(() => {
        const container = containerRef.current;
        const current = window.getSelection();
        const range = selectionToRange(article, current, text);
        const anchor = range && current && container ? anchorOf(current, container) : null;
        setSelection(range && anchor ? { ...range, anchor } : null);
      }, 0);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.shiftKey || event.key === 'Shift') read();
    };
    const onSelectionChange = () => {
      const current = window.getSelection();
      const inText =
        current !== null &&
        !current.isCollapsed &&
        current.rangeCount > 0 &&
        current.getRangeAt(0).intersectsNode(article);
      if (!inText) setSelection(null);
    };
    // On the document: a drag that starts in the text may end over the margin or the sidebar.
    document.addEventListener('mouseup', read);
    article.addEventListener('keyup', onKeyUp);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('mouseup', read);
      article.removeEventListener('keyup', onKeyUp);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [articleRef, containerRef, text]);

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);

  return [selection, clear];
}
