import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TrashKind } from '../../../shared/domain';
import { call } from './client';

export const trashKeys = {
  list: ['trash'] as const,
};

/** Deleted documents, tags, annotations and comparisons of the last 30 days, newest first. */
export function useTrash() {
  return useQuery({ queryKey: trashKeys.list, queryFn: () => call('listTrash', {}) });
}

/**
 * Puts an item back. A restore can bring back a document, tags, codings or a comparison, so
 * every view's data is refreshed.
 */
export function useRestoreFromTrash() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: { kind: TrashKind; id: number }) => call('restoreFromTrash', item),
    onSuccess: () => void queryClient.invalidateQueries(),
  });
}

/**
 * Undoes a document's deletion: its trash entry is the newest one for that document id.
 * Resolves to the restored document's id.
 */
export function useRestoreDeletedDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (docId: number) => {
      const items = await call('listTrash', {});
      const entry = items.find((item) => item.kind === 'document' && item.itemId === docId);
      if (!entry) throw new Error(`Document #${docId} is not in the trash.`);
      return call('restoreFromTrash', { kind: 'document', id: entry.id });
    },
    onSuccess: () => void queryClient.invalidateQueries(),
  });
}

/** Removes items for good: one, a kind, or everything (no argument). */
export function useEmptyTrash() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (which: { kind?: TrashKind; id?: number } = {}) => call('emptyTrash', which),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: trashKeys.list }),
  });
}
