/**
 * Brings a word (its span, or its box) into view within its own pane, centred when it was out of
 * sight; the page around the panes does not move.
 */
export function revealWord(root: HTMLElement | null, index: number): void {
  const element = root?.querySelector(`[data-word="${index}"]`);
  const pane = element?.closest<HTMLElement>('.ocr-pane-body');
  if (!element || !pane) return;
  const view = pane.getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  const margin = 24;
  const inside =
    rect.top >= view.top + margin &&
    rect.bottom <= view.bottom - margin &&
    rect.left >= view.left &&
    rect.right <= view.right;
  if (inside) return;
  pane.scrollTo({
    top: pane.scrollTop + rect.top - view.top - (pane.clientHeight - rect.height) / 2,
    left: pane.scrollLeft + rect.left - view.left - (pane.clientWidth - rect.width) / 2,
    behavior: 'smooth',
  });
}
