import { useEffect, useEffectEvent, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag, TextRange } from '../../../../../shared/domain';
import type { TagNode } from '../../../codebook/tagTree';
import { sliceCodePoints } from '../../../text/codePoints';
import { isTextEntry } from '../../../components/isTextEntry';
import { AnnotationEditor, type AnnotationDraft } from './AnnotationEditor';
import { shortcutIndex } from './paletteModel';
import { SelectionToolbar } from './SelectionToolbar';
import { TagPalette, type PaletteChoice } from './TagPalette';
import type { AnnotationActions } from './useAnnotationActions';
import { useReaderSelection } from './useReaderSelection';

type Dialog = { kind: 'palette' | 'comment'; range: TextRange } | null;

interface ReaderAnnotatorProps {
  text: string;
  articleRef: RefObject<HTMLElement | null>;
  /** The positioned box the toolbar floats in (the Reader's main column). */
  containerRef: RefObject<HTMLElement | null>;
  tags: readonly Tag[];
  /** The codebook depth first: the palette's order and the 1–9 shortcuts. */
  tagNodes: readonly TagNode[];
  actions: AnnotationActions;
  /** The range a dialog is about to code (drawn as a selection while the dialog has the focus). */
  onPendingChange(range: TextRange | null): void;
}

const QUOTE_PREVIEW = 160;

function quoteOf(text: string, range: TextRange): string {
  const quote = sliceCodePoints(
    text,
    range.start,
    Math.min(range.end, range.start + QUOTE_PREVIEW),
  );
  return range.end - range.start > QUOTE_PREVIEW ? `${quote}…` : quote;
}

/**
 * Coding in the Reader: select text, then highlight it, code it with the palette, comment on it,
 * or press 1–9 for one of the first nine tags straight away.
 */
export function ReaderAnnotator({
  text,
  articleRef,
  containerRef,
  tags,
  tagNodes,
  actions,
  onPendingChange,
}: ReaderAnnotatorProps) {
  const { t } = useTranslation();
  const [selection, clearSelection] = useReaderSelection(articleRef, containerRef, text);
  const [dialog, setDialog] = useState<Dialog>(null);

  useEffect(() => onPendingChange(dialog?.range ?? null), [dialog, onPendingChange]);

  const open = (kind: 'palette' | 'comment') => {
    if (!selection) return;
    setDialog({ kind, range: { start: selection.start, end: selection.end } });
    clearSelection();
  };

  const createFor = async (
    range: TextRange,
    tagIds: number[],
    extra: Partial<PaletteChoice> = {},
  ) => {
    const created = await actions.create({
      range,
      tagIds,
      ...(extra.comment ? { comment: extra.comment } : {}),
      newTagName: extra.newTagName ?? null,
    });
    if (created) {
      clearSelection();
      setDialog(null);
    }
  };

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!selection || dialog || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTextEntry(event.target)) return;
    if (event.key === 'Escape') {
      clearSelection();
      return;
    }
    const index = shortcutIndex(event.key);
    const node = index === null ? undefined : tagNodes[index];
    if (!node) return;
    event.preventDefault();
    void createFor({ start: selection.start, end: selection.end }, [node.tag.id]);
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const quote = useMemo(() => (dialog ? quoteOf(text, dialog.range) : ''), [dialog, text]);

  return (
    <>
      {selection && !dialog && (
        <SelectionToolbar
          anchor={selection.anchor}
          busy={actions.creating}
          onHighlight={() => void createFor(selection, [])}
          onCode={() => open('palette')}
          onComment={() => open('comment')}
        />
      )}
      {dialog?.kind === 'palette' && (
        // Mounted per opening, so the query and the ticked tags start afresh each time.
        <TagPalette
          tags={tagNodes}
          quote={quote}
          busy={actions.creating}
          onApply={(choice) => void createFor(dialog.range, choice.tagIds, choice)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'comment' && (
        <AnnotationEditor
          title={t('annotate.editor.newComment')}
          quote={quote}
          tags={tags}
          initial={{ tagIds: [], comment: '' }}
          requireComment
          busy={actions.creating}
          onSave={(draft: AnnotationDraft) =>
            void createFor(dialog.range, draft.tagIds, { comment: draft.comment })
          }
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
