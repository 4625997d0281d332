import { Popover } from 'antd';
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, Tag } from '../../../../../shared/domain';
import { TagChip } from '../../../codebook/TagChip';

interface HoverTarget {
  ids: number[];
  left: number;
  top: number;
  width: number;
  height: number;
}

const HIDE_DELAY_MS = 120;

function idsOf(element: Element): number[] {
  return (element.getAttribute('data-annotation-ids') ?? '')
    .split(' ')
    .map(Number)
    .filter((id) => Number.isSafeInteger(id) && id > 0);
}

/** The line box of the mark under the pointer (a mark may wrap over several lines). */
function lineRect(mark: Element, x: number, y: number): DOMRect {
  const rects = [...mark.getClientRects()];
  return (
    rects.find((rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) ??
    rects[0] ??
    mark.getBoundingClientRect()
  );
}

/** One annotation in the card: its tags (or what kind of mark it is) and its comment. */
function HoverEntry({
  annotation,
  tags,
}: {
  annotation: Annotation;
  tags: ReadonlyMap<number, Tag>;
}) {
  const { t } = useTranslation();
  const known = annotation.tagIds.map((id) => tags.get(id)).filter((tag): tag is Tag => !!tag);
  return (
    <div className="hover-entry" data-annotation-id={annotation.id}>
      <div className="hover-entry-tags">
        {known.length > 0 ? (
          known.map((tag) => <TagChip key={tag.id} tag={tag} small />)
        ) : (
          <span className="hover-entry-kind">
            {annotation.comment ? t('annotate.kind.comment') : t('annotate.kind.highlight')}
          </span>
        )}
      </div>
      {annotation.comment && <div className="hover-entry-comment">{annotation.comment}</div>}
    </div>
  );
}

/**
 * Hovering coded text shows every annotation covering that spot: tags and comment. One card for
 * the whole text, driven by delegated pointer events, so the paragraphs need no handlers.
 */
export function AnnotationHoverCard({
  articleRef,
  containerRef,
  annotations,
  tags,
}: {
  articleRef: RefObject<HTMLElement | null>;
  containerRef: RefObject<HTMLElement | null>;
  annotations: readonly Annotation[];
  tags: ReadonlyMap<number, Tag>;
}) {
  const [target, setTarget] = useState<HoverTarget | null>(null);

  useEffect(() => {
    const article = articleRef.current;
    if (!article) return;
    let hideTimer: number | undefined;
    const onOver = (event: MouseEvent) => {
      const mark = (event.target as Element | null)?.closest?.('[data-annotation-ids]');
      const container = containerRef.current;
      if (!mark || !container || !window.getSelection()?.isCollapsed) return;
      window.clearTimeout(hideTimer);
      const rect = lineRect(mark, event.clientX, event.clientY);
      const box = container.getBoundingClientRect();
      const ids = idsOf(mark);
      setTarget((previous) =>
        previous && previous.ids.join() === ids.join() && previous.top === rect.top - box.top
          ? previous
          : {
              ids,
              left: rect.left - box.left,
              top: rect.top - box.top,
              width: rect.width,
              height: rect.height,
            },
      );
    };
    const onOut = (event: MouseEvent) => {
      const into = (event.relatedTarget as Element | null)?.closest?.('[data-annotation-ids]');
      if (into) return;
      window.clearTimeout(hideTimer);
      hideTimer = window.setTimeout(() => setTarget(null), HIDE_DELAY_MS);
    };
    const onDown = () => setTarget(null);
    article.addEventListener('mouseover', onOver);
    article.addEventListener('mouseout', onOut);
    article.addEventListener('mousedown', onDown);
    return () => {
      window.clearTimeout(hideTimer);
      article.removeEventListener('mouseover', onOver);
      article.removeEventListener('mouseout', onOut);
      article.removeEventListener('mousedown', onDown);
    };
  }, [articleRef, containerRef]);

  const shown = target ? annotations.filter((a) => target.ids.includes(a.id)) : [];
  if (!target || shown.length === 0) return null;
  return (
    <Popover
      open
      placement="top"
      arrow={false}
      classNames={{ root: 'annotation-hover-card' }}
      content={
        <div className="hover-entries" data-testid="annotation-hover">
          {shown.map((annotation) => (
            <HoverEntry key={annotation.id} annotation={annotation} tags={tags} />
          ))}
        </div>
      }
    >
      <span
        className="annotation-hover-anchor"
        aria-hidden
        style={{ left: target.left, top: target.top, width: target.width, height: target.height }}
      />
    </Popover>
  );
}
