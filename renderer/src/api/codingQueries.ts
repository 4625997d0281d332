import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/api';
import type { SearchFilters } from '../../../shared/domain';
import { call } from './client';
import { compareKeys } from './compareQueries';

export type CodedQuery = MethodInput<'codedPassages'>;
export type MatrixQuery = MethodInput<'codeMatrix'>;
export type AutocodeRequest = MethodInput<'autocode'>;

/**
 * Everything about the codebook and the coded passages lives under one root key. Any change the
 * core commits (a new annotation, a merge, an undo) can touch tags, counts, retrieval and matrix
 * at once, so a mutation simply refreshes the whole root: cheap, and never stale.
 */
const ROOT = ['coding'] as const;

export const codingKeys = {
  root: ROOT,
  tags: [...ROOT, 'tags'] as const,
  annotations: (docId: number) => [...ROOT, 'annotations', docId] as const,
  memo: (docId: number) => [...ROOT, 'memo', docId] as const,
  coded: (query: CodedQuery | null) => [...ROOT, 'coded', query] as const,
  matrix: (query: MatrixQuery) => [...ROOT, 'matrix', query] as const,
  cooccurrence: (tagA: number, tagB: number, filters?: SearchFilters) =>
    [...ROOT, 'cooccurrence', tagA, tagB, filters ?? null] as const,
  undoState: [...ROOT, 'undoState'] as const,
};

/**
 * After any committed change (or an undo/redo): refetch what is on screen, mark the rest stale.
 * Comparisons carry the coded passages of their sections (and tag themes), so they follow.
 */
export function invalidateCoding(queryClient: QueryClient): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: compareKeys.root, refetchType: 'none' });
  return queryClient.invalidateQueries({ queryKey: codingKeys.root });
}

export function useTags() {
  return useQuery({ queryKey: codingKeys.tags, queryFn: () => call('listTags', {}) });
}

export function useAnnotations(docId: number) {
  return useQuery({
    queryKey: codingKeys.annotations(docId),
    queryFn: () => call('listAnnotations', { docId }),
  });
}

export function useDocumentMemo(docId: number) {
  return useQuery({
    queryKey: codingKeys.memo(docId),
    queryFn: () => call('getDocumentMemo', { docId }),
  });
}

/** Coded passages; null waits (no tag chosen yet). */
export function useCodedPassages(query: CodedQuery | null) {
  return useQuery({
    queryKey: codingKeys.coded(query),
    queryFn: () => call('codedPassages', query as CodedQuery),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

export function useCodeMatrix(query: MatrixQuery) {
  return useQuery({
    queryKey: codingKeys.matrix(query),
    queryFn: () => call('codeMatrix', query),
    placeholderData: keepPreviousData,
  });
}

export function useCooccurrence(tagA: number | null, tagB: number | null, filters?: SearchFilters) {
  const enabled = tagA !== null && tagB !== null;
  return useQuery({
    queryKey: codingKeys.cooccurrence(tagA ?? 0, tagB ?? 0, filters),
    queryFn: () =>
      call('cooccurrence', { tagA: tagA ?? 0, tagB: tagB ?? 0, ...(filters ? { filters } : {}) }),
    enabled,
  });
}

export function useUndoState() {
  return useQuery({ queryKey: codingKeys.undoState, queryFn: () => call('undoState', {}) });
}

/**
 * A mutation of the codebook or the annotations. The core commits it at once (there is no save
 * step), so success refreshes every coding query, including the undo state.
 */
function useCodingMutation<M extends MethodName>(method: M) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<M>): Promise<MethodResult<M>> => call(method, input),
    onSettled: () => invalidateCoding(queryClient),
  });
}

export const useCreateTag = () => useCodingMutation('createTag');
export const useUpdateTag = () => useCodingMutation('updateTag');
export const useMoveTag = () => useCodingMutation('moveTag');
export const useMergeTags = () => useCodingMutation('mergeTags');
export const useDeleteTag = () => useCodingMutation('deleteTag');
export const useAddStarterCodebook = () => useCodingMutation('addStarterCodebook');
export const useCreateAnnotation = () => useCodingMutation('createAnnotation');
export const useUpdateAnnotation = () => useCodingMutation('updateAnnotation');
export const useDeleteAnnotation = () => useCodingMutation('deleteAnnotation');
export const useAutocode = () => useCodingMutation('autocode');

/** What auto-coding would do; asked for once a tag is picked, before anything is changed. */
export function useAutocodePreview(request: AutocodeRequest | null) {
  return useQuery({
    queryKey: [...ROOT, 'autocodePreview', request] as const,
    queryFn: () => call('autocodePreview', request as AutocodeRequest),
    enabled: request !== null,
  });
}

/** Saves the memo; its own cache entry is set from the answer so the textarea does not jump. */
export function useSetDocumentMemo(docId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memo: string) => call('setDocumentMemo', { docId, memo }),
    onSuccess: (result) => {
      queryClient.setQueryData(codingKeys.memo(docId), result);
      void queryClient.invalidateQueries({ queryKey: codingKeys.undoState });
    },
  });
}
