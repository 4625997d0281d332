import type { Tag } from '../../../../shared/domain';
import type { TagNode } from '../../codebook/tagTree';
import { MergeTagModal } from './MergeTagModal';
import { TagFormModal } from './TagFormModal';
import type { TagActions } from './useTagActions';

/** The codebook dialog that is open, if any. */
export type TagDialog =
  | { kind: 'create'; parentId: number | null }
  | { kind: 'edit'; tag: Tag }
  | { kind: 'merge'; node: TagNode }
  | null;

interface TagDialogsProps {
  dialog: TagDialog;
  tags: readonly Tag[];
  tagIndex: ReadonlyMap<number, Tag>;
  actions: TagActions;
  onClose(): void;
  /** Shows a tag's passages (the one just created, or the target of a merge). */
  onShow(tagId: number): void;
}

/** New tag, edit tag and merge tags: whichever is open. */
export function TagDialogs({ dialog, tags, tagIndex, actions, onClose, onShow }: TagDialogsProps) {
  return (
    <>
      {dialog?.kind === 'create' && (
        <TagFormModal
          tag={null}
          tags={tags}
          defaultParent={dialog.parentId}
          busy={actions.saving}
          onClose={() => onClose()}
          onSubmit={(values) =>
            void actions.create(values).then((tag) => {
              if (!tag) return;
              onClose();
              onShow(tag.id);
            })
          }
        />
      )}
      {dialog?.kind === 'edit' && (
        <TagFormModal
          tag={dialog.tag}
          tags={tags}
          defaultParent={dialog.tag.parentId}
          busy={actions.saving}
          onClose={() => onClose()}
          onSubmit={(values) => void actions.edit(dialog.tag, values).then((ok) => ok && onClose())}
        />
      )}
      {dialog?.kind === 'merge' && (
        <MergeTagModal
          source={dialog.node}
          tags={tags}
          busy={actions.merging}
          onClose={() => onClose()}
          onMerge={(targetId) =>
            void actions
              .merge(dialog.node, targetId, tagIndex.get(targetId)?.name ?? '')
              .then((ok) => {
                if (!ok) return;
                onClose();
                onShow(targetId);
              })
          }
        />
      )}
    </>
  );
}
