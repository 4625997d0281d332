import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { Annotation, Tag, TextRange } from '../../../../../shared/domain';
import { useAnnotations, useTags } from '../../../api/codingQueries';
import { flattenTags, type TagNode } from '../../../codebook/tagTree';
import type { TextBlock } from '../textBlocks';
import {
  annotationsByBlock,
  annotationSpreads,
  NO_BLOCK_ANNOTATIONS,
  reuseUnchanged,
  type BlockAnnotations,
} from './annotationMarks';
import { useAnnotationActions, type AnnotationActions } from './useAnnotationActions';

const NO_TAGS: readonly Tag[] = [];

interface DrawnMarks {
  inputs: [
    readonly Annotation[] | undefined,
    ReadonlyMap<number, Tag>,
    TextRange | null,
    readonly TextBlock[],
  ];
  marks: BlockAnnotations;
}

export interface ReaderAnnotations {
  tags: readonly Tag[];
  tagIndex: ReadonlyMap<number, Tag>;
  /** The codebook depth first (palette order, 1–9 shortcuts). */
  tagNodes: readonly TagNode[];
  annotations: readonly Annotation[] | undefined;
  /** The annotations have loaded (or failed to): the text is drawn as it will stay. */
  settled: boolean;
  /** What to draw, per paragraph. */
  marks: BlockAnnotations;
  setPending(range: TextRange | null): void;
  activeId: number | null;
  setActiveId(id: number | null): void;
  actions: AnnotationActions;
}

/** The annotations of the open document and the codebook, ready for the text and the sidebar. */
export function useReaderAnnotations(
  docId: number,
  blocks: readonly TextBlock[],
): ReaderAnnotations {
  const tagsQuery = useTags();
  const annotationsQuery = useAnnotations(docId);
  const tags = tagsQuery.data ?? NO_TAGS;
  const tagIndex = useMemo(() => new Map(tags.map((tag) => [tag.id, tag])), [tags]);
  const tagNodes = useMemo(() => flattenTags(tags), [tags]);
  const [pending, setPending] = useState<TextRange | null>(null);
  const [activeId, setActiveId] = useState<number | null>(null);
  const actions = useAnnotationActions(docId, tags);
  const annotations = annotationsQuery.data;

  // Remembered with its inputs, so unchanged paragraphs keep their piece lists (and their memo).
  const [drawn, setDrawn] = useState<DrawnMarks>(() => ({
    inputs: [undefined, tagIndex, null, blocks],
    marks: NO_BLOCK_ANNOTATIONS,
  }));
  const inputs: DrawnMarks['inputs'] = [annotations, tagIndex, pending, blocks];
  let marks = drawn.marks;
  if (inputs.some((input, i) => input !== drawn.inputs[i])) {
    const spreads = annotationSpreads(annotations ?? [], tagIndex, pending);
    marks = reuseUnchanged(drawn.marks, annotationsByBlock(blocks, spreads));
    setDrawn({ inputs, marks });
  }

  return {
    tags,
    tagIndex,
    tagNodes,
    annotations,
    settled: annotationsQuery.status !== 'pending',
    marks,
    setPending,
    activeId,
    setActiveId,
    actions,
  };
}

/** A click on coded text (not the end of a selection) picks its annotation in the sidebar. */
export function useMarkClick(
  articleRef: RefObject<HTMLElement | null>,
  onPick: (id: number) => void,
): void {
  useEffect(() => {
    const article = articleRef.current;
    if (!article) return;
    const onClick = (event: MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const mark = (event.target as Element | null)?.closest?.('[data-annotation-ids]');
      const first = Number(mark?.getAttribute('data-annotation-ids')?.split(' ')[0]);
      if (Number.isSafeInteger(first) && first > 0) onPick(first);
    };
    article.addEventListener('click', onClick);
    return () => article.removeEventListener('click', onClick);
  }, [articleRef, onPick]);
}
