import { useCallback, type RefObject } from 'react';
import type { Page } from '../../../../shared/domain';
import { blockIndexAt, pageAt, type TextBlock } from './textBlocks';

const FLASH_MS = 1600;
const FLASH_COLOR = '#fbefc6';
const SMOOTH_SCROLL_MAX_SCREENS = 2;

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Glide over short distances so the reader keeps their bearings; jump over long ones, which a
 * smooth scroll would take seconds to cross in a long report.
 */
function scrollBehaviour(target: HTMLElement): ScrollBehavior {
  if (prefersReducedMotion()) return 'auto';
  const distance = Math.abs(target.getBoundingClientRect().top);
  return distance > SMOOTH_SCROLL_MAX_SCREENS * window.innerHeight ? 'auto' : 'smooth';
}

/** The rendered element where `offset` lies: its paragraph, or its page when that has no text. */
function targetFor(
  container: HTMLElement,
  blocks: readonly TextBlock[],
  pages: readonly Page[],
  offset: number,
): HTMLElement | null {
  const block = blocks[blockIndexAt(blocks, offset)];
  const page = pageAt(pages, offset);
  if (page && (!block || block.start < page.start)) {
    return container.querySelector<HTMLElement>(`[data-page="${page.number}"]`);
  }
  if (!block) return null;
  return container.querySelector<HTMLElement>(`[data-offset="${block.start}"]`);
}

export interface JumpOptions {
  /**
   * Only scroll: no focus move, no flash. For stepping through found occurrences, where the
   * keyboard stays in the find box and the current match is marked already.
   */
  quiet?: boolean;
}

/**
 * A highlighted occurrence, or else a coded passage, starting exactly at `offset` inside the
 * paragraph, if there is one.
 */
function markAt(paragraph: HTMLElement, offset: number): HTMLElement | null {
  return (
    paragraph.querySelector<HTMLElement>(`mark[data-mark-start="${offset}"]`) ??
    paragraph.querySelector<HTMLElement>(`.annotation-mark[data-start="${offset}"]`)
  );
}

/**
 * Scrolls the text to a code point offset, briefly highlights the paragraph there and moves focus
 * to it, so keyboard and screen-reader users land where the eye does. When a found occurrence
 * (or a coded passage) starts at the offset, it is brought to the middle of the view instead (a
 * long paragraph could otherwise leave it below the fold).
 */
export function useJumpToOffset(
  containerRef: RefObject<HTMLElement | null>,
  blocks: readonly TextBlock[],
  pages: readonly Page[],
): (offset: number, options?: JumpOptions) => void {
  return useCallback(
    (offset: number, options: JumpOptions = {}) => {
      const container = containerRef.current;
      const target = container ? targetFor(container, blocks, pages, offset) : null;
      if (!target) return;
      const mark = markAt(target, offset);
      if (mark) {
        mark.scrollIntoView({ behavior: scrollBehaviour(mark), block: 'center' });
      } else {
        target.scrollIntoView({ behavior: scrollBehaviour(target), block: 'start' });
      }
      if (options.quiet) return;
      target.focus({ preventScroll: true });
      // An animation rather than a class: the text is memoised and must not re-render to flash.
      target.animate?.(
        [{ backgroundColor: FLASH_COLOR }, { backgroundColor: FLASH_COLOR, offset: 0.4 }, {}],
        { duration: FLASH_MS, easing: 'ease-out' },
      );
      target.setAttribute('data-highlighted', 'true');
      window.setTimeout(() => target.removeAttribute('data-highlighted'), FLASH_MS);
    },
    [containerRef, blocks, pages],
  );
}
