import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../shared/api';
import type { DocumentSummary, SearchRequest } from '../../../shared/domain';
import { call } from './client';
import { invalidateLibraryDerived, queryKeys } from './queries';

export type KwicRequest = MethodInput<'kwic'>;
export type FrequencyRequest = MethodInput<'termFrequencies'>;

export const searchKeys = {
  search: (request: SearchRequest | null) => [...queryKeys.search, request] as const,
  kwic: (request: KwicRequest | null) => [...queryKeys.kwic, request] as const,
  frequencies: (request: FrequencyRequest | null) => [...queryKeys.frequencies, request] as const,
  /** Under the document's own key, so whatever refreshes the document refreshes its finds. */
  find: (id: number, query: string) => [...queryKeys.document(id), 'find', query] as const,
  userTerms: ['userTerms'] as const,
  stopwords: ['stopwords'] as const,
};

/** A search; null waits for a query. The previous page stays on screen while the next loads. */
export function useSearch(request: SearchRequest | null) {
  return useQuery({
    queryKey: searchKeys.search(request),
    queryFn: () => call('search', request as SearchRequest),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });
}

export function useKwic(request: KwicRequest | null) {
  return useQuery({
    queryKey: searchKeys.kwic(request),
    queryFn: () => call('kwic', request as KwicRequest),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });
}

export function useFrequencies(request: FrequencyRequest | null) {
  return useQuery({
    queryKey: searchKeys.frequencies(request),
    queryFn: () => call('termFrequencies', request as FrequencyRequest),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });
}

/** Every occurrence of `query` in one document; an empty query finds nothing without asking. */
export function useFindInDocument(id: number, query: string) {
  const enabled = query.trim() !== '';
  return useQuery({
    queryKey: searchKeys.find(id, query),
    queryFn: () => call('findInDocument', { id, query }),
    enabled,
    placeholderData: enabled ? keepPreviousData : undefined,
  });
}

export function useUserTerms(enabled = true) {
  return useQuery({
    queryKey: searchKeys.userTerms,
    queryFn: () => call('listUserTerms', {}),
    enabled,
  });
}

export function useAddUserTerm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (term: string) => call('addUserTerm', { term }),
    onSuccess: (terms) => queryClient.setQueryData(searchKeys.userTerms, terms),
  });
}

export function useRemoveUserTerm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (term: string) => call('removeUserTerm', { term }),
    onSuccess: (terms) => queryClient.setQueryData(searchKeys.userTerms, terms),
  });
}

export function useStopwords(enabled = true) {
  return useQuery({
    queryKey: searchKeys.stopwords,
    queryFn: () => call('listStopwords', {}),
    enabled,
  });
}

export function useSetStopwords() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (words: string[]) => call('setStopwords', { words }),
    onSuccess: (words) => {
      queryClient.setQueryData(searchKeys.stopwords, words);
      void queryClient.invalidateQueries({ queryKey: queryKeys.frequencies });
    },
  });
}

/** Removes a document; the list drops it at once, and everything derived from the library refreshes. */
export function useDeleteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => call('deleteDocument', { id }),
    onSuccess: (_, id) => {
      queryClient.setQueryData<DocumentSummary[]>(queryKeys.documents, (list) =>
        list?.filter((doc) => doc.id !== id),
      );
      queryClient.removeQueries({ queryKey: queryKeys.document(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.documents });
      void queryClient.invalidateQueries({ queryKey: queryKeys.libraryInfo });
      invalidateLibraryDerived(queryClient);
    },
  });
}
