import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Whether the element's content is taller than the element (a folded passage with more to
 * show). Measured again when the element resizes (a wider column, a font that loads late).
 */
export function useOverflow(ref: RefObject<HTMLElement | null>, active: boolean): boolean {
  const [overflowing, setOverflowing] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !active) return;
    const measure = () => setOverflowing(element.scrollHeight > element.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, active]);
  return overflowing;
}
