import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, Tag, TextRange } from '../../../../../shared/domain';
import {
  useCreateAnnotation,
  useCreateTag,
  useDeleteAnnotation,
  useUpdateAnnotation,
} from '../../../api/codingQueries';
import { nextTagColor } from '../../../codebook/colors';
import { useUndoableToast } from '../../../components/undo/useUndoRedo';
import { useNotifyError } from '../../../components/useNotifyError';

export interface NewAnnotation {
  range: TextRange;
  tagIds: number[];
  comment?: string;
  /** A tag to create first and add, typed into the palette. */
  newTagName?: string | null;
}

export interface AnnotationActions {
  create(input: NewAnnotation): Promise<Annotation | null>;
  update(id: number, change: { tagIds?: number[]; comment?: string }): Promise<boolean>;
  remove(id: number): Promise<boolean>;
  creating: boolean;
  updating: boolean;
}

const SHORT_TOAST_SECONDS = 2;

/**
 * Creating, editing and deleting the annotations of one document. The core commits each at once;
 * a short toast confirms it and reminds that Ctrl+Z takes it back.
 */
export function useAnnotationActions(docId: number, tags: readonly Tag[]): AnnotationActions {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const undoableToast = useUndoableToast();
  const createAnnotation = useCreateAnnotation();
  const createTag = useCreateTag();
  const updateAnnotation = useUpdateAnnotation();
  const deleteAnnotation = useDeleteAnnotation();

  const create = useCallback(
    async ({ range, tagIds, comment, newTagName }: NewAnnotation) => {
      try {
        const ids = [...tagIds];
        if (newTagName) {
          const tag = await createTag.mutateAsync({
            name: newTagName,
            color: nextTagColor(tags.length),
          });
          ids.push(tag.id);
        }
        const annotation = await createAnnotation.mutateAsync({
          docId,
          start: range.start,
          end: range.end,
          tagIds: ids,
          ...(comment ? { comment } : {}),
        });
        const names = ids
          .map((id) => tags.find((tag) => tag.id === id)?.name ?? newTagName ?? '')
          .filter(Boolean);
        void message.success({
          content:
            names.length > 0
              ? t('annotate.done.coded', { tags: names.join('、') })
              : comment
                ? t('annotate.done.commented')
                : t('annotate.done.highlighted'),
          duration: SHORT_TOAST_SECONDS,
        });
        return annotation;
      } catch (error) {
        notifyError(error, t('annotate.failed.create'));
        return null;
      }
    },
    [createAnnotation, createTag, docId, message, notifyError, t, tags],
  );

  const update = useCallback(
    async (id: number, change: { tagIds?: number[]; comment?: string }) => {
      try {
        await updateAnnotation.mutateAsync({ id, ...change });
        void message.success({
          content: t('annotate.done.updated'),
          duration: SHORT_TOAST_SECONDS,
        });
        return true;
      } catch (error) {
        notifyError(error, t('annotate.failed.update'));
        return false;
      }
    },
    [updateAnnotation, message, notifyError, t],
  );

  const remove = useCallback(
    async (id: number) => {
      try {
        await deleteAnnotation.mutateAsync({ id });
        undoableToast(t('annotate.done.deleted'));
        return true;
      } catch (error) {
        notifyError(error, t('annotate.failed.delete'));
        return false;
      }
    },
    [deleteAnnotation, undoableToast, notifyError, t],
  );

  return {
    create,
    update,
    remove,
    creating: createAnnotation.isPending || createTag.isPending,
    updating: updateAnnotation.isPending,
  };
}
