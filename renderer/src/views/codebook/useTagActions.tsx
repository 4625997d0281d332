import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../../shared/domain';
import {
  useAddStarterCodebook,
  useCreateTag,
  useDeleteTag,
  useMergeTags,
  useMoveTag,
  useUpdateTag,
} from '../../api/codingQueries';
import type { MoveTarget } from '../../codebook/moveTarget';
import type { TagNode } from '../../codebook/tagTree';
import { useUndoableToast } from '../../components/undo/useUndoRedo';
import { useNotifyError } from '../../components/useNotifyError';
import { useFormatters } from '../../format';
import type { TagFormValues } from './TagFormModal';

export interface TagActions {
  create(values: TagFormValues): Promise<Tag | null>;
  edit(tag: Tag, values: TagFormValues): Promise<boolean>;
  move(id: number, target: MoveTarget): void;
  merge(source: TagNode, targetId: number, targetName: string): Promise<boolean>;
  confirmDelete(node: TagNode, onDeleted?: () => void): void;
  addStarter(): void;
  saving: boolean;
  merging: boolean;
  addingStarter: boolean;
}

/**
 * Every change to the codebook, with its feedback: quiet toasts for small edits, an 撤销 button
 * for the far-reaching ones (delete, merge), a confirmation before a delete.
 */
export function useTagActions(): TagActions {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const { message, modal } = App.useApp();
  const notifyError = useNotifyError();
  const undoableToast = useUndoableToast();
  const createTag = useCreateTag();
  const updateTag = useUpdateTag();
  const moveTag = useMoveTag();
  const mergeTags = useMergeTags();
  const deleteTag = useDeleteTag();
  const starter = useAddStarterCodebook();

  const create = useCallback(
    async (values: TagFormValues) => {
      try {
        const tag = await createTag.mutateAsync({
          name: values.name,
          color: values.color,
          description: values.description,
          parentId: values.parentId,
        });
        void message.success(t('codebook.done.created', { name: tag.name }));
        return tag;
      } catch (error) {
        notifyError(error, t('codebook.failed.create'));
        return null;
      }
    },
    [createTag, message, notifyError, t],
  );

  const edit = useCallback(
    async (tag: Tag, values: TagFormValues) => {
      try {
        await updateTag.mutateAsync({
          id: tag.id,
          name: values.name,
          color: values.color,
          description: values.description,
        });
        void message.success(t('codebook.done.updated'));
        return true;
      } catch (error) {
        notifyError(error, t('codebook.failed.update'));
        return false;
      }
    },
    [updateTag, message, notifyError, t],
  );

  const move = useCallback(
    (id: number, target: MoveTarget) =>
      moveTag.mutate(
        { id, parentId: target.parentId, index: target.index },
        { onError: (error) => notifyError(error, t('codebook.failed.move')) },
      ),
    [moveTag, notifyError, t],
  );

  const merge = useCallback(
    async (source: TagNode, targetId: number, targetName: string) => {
      try {
        await mergeTags.mutateAsync({ sourceId: source.tag.id, targetId });
        undoableToast(t('codebook.done.merged', { source: source.tag.name, target: targetName }));
        return true;
      } catch (error) {
        notifyError(error, t('codebook.failed.merge'));
        return false;
      }
    },
    [mergeTags, undoableToast, notifyError, t],
  );

  const confirmDelete = useCallback(
    (node: TagNode, onDeleted?: () => void) => {
      const children = node.children.length;
      void modal.confirm({
        title: t('codebook.delete.title', { name: node.tag.name }),
        content: t(children > 0 ? 'codebook.delete.withChildren' : 'codebook.delete.detail', {
          passages: number(node.totalCount),
          children: number(children),
        }),
        okText: t('codebook.delete.ok'),
        okButtonProps: { danger: true },
        cancelText: t('codebook.form.cancel'),
        onOk: async () => {
          try {
            await deleteTag.mutateAsync({ id: node.tag.id });
            onDeleted?.();
            undoableToast(t('codebook.done.deleted', { name: node.tag.name }));
          } catch (error) {
            notifyError(error, t('codebook.failed.delete'));
          }
        },
      });
    },
    [modal, deleteTag, undoableToast, notifyError, t, number],
  );

  const addStarter = useCallback(
    () =>
      starter.mutate(
        {},
        {
          onSuccess: (tags) => undoableToast(t('codebook.done.starter', { count: tags.length })),
          onError: (error) => notifyError(error, t('codebook.failed.starter')),
        },
      ),
    [starter, undoableToast, notifyError, t],
  );

  return {
    create,
    edit,
    move,
    merge,
    confirmDelete,
    addStarter,
    saving: createTag.isPending || updateTag.isPending,
    merging: mergeTags.isPending,
    addingStarter: starter.isPending,
  };
}
