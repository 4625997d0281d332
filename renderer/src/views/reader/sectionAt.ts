import type { Section } from '../../../../shared/domain';

/** The innermost section holding `offset` (the latest to start, then the deepest), if any. */
export function sectionAt(sections: readonly Section[], offset: number): Section | null {
  let found: Section | null = null;
  for (const section of sections) {
    if (section.start > offset || offset >= section.end) continue;
    if (
      !found ||
      section.start > found.start ||
      (section.start === found.start && section.level > found.level)
    ) {
      found = section;
    }
  }
  return found;
}

/**
 * Where the reader is: the text offset at the top of the view (the first paragraph still showing
 * below the top of the scrolling container), and whether the text starts below that line (the
 * header is in view: the reader is at the top of the document rather than somewhere in it).
 */
export function readingPosition(article: HTMLElement): { offset: number | null; atTop: boolean } {
  const scroller = article.closest<HTMLElement>('.app-content');
  const top = (scroller?.getBoundingClientRect().top ?? 0) + 24;
  const atTop = article.getBoundingClientRect().top > top;
  for (const block of article.querySelectorAll<HTMLElement>('[data-offset]')) {
    if (block.getBoundingClientRect().bottom > top) {
      return { offset: Number(block.dataset.offset), atTop };
    }
  }
  return { offset: null, atTop };
}

/**
 * The section 以此章节比较 means: the outline node picked last while the reader is in it (or back
 * at the top, where the button is), else the innermost section at the reading position.
 */
export function sectionToCompare(
  sections: readonly Section[],
  picked: Section | null,
  position: { offset: number | null; atTop: boolean },
): Section | null {
  const { offset, atTop } = position;
  const inPicked = picked && offset !== null && offset >= picked.start && offset < picked.end;
  if (picked && (atTop || offset === null || inPicked)) return picked;
  return (offset === null ? null : sectionAt(sections, offset)) ?? sections[0] ?? null;
}
