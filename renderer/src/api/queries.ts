import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { DocumentDetail, DocumentSummary, MetadataChanges } from '../../../shared/domain';
import { ApiError, call } from './client';
import { codingKeys } from './codingQueries';
import { compareKeys } from './compareQueries';
import { isJobActive } from './jobs';

export const queryKeys = {
  libraryInfo: ['libraryInfo'] as const,
  documents: ['documents'] as const,
  documentRoot: ['document'] as const,
  document: (id: number) => ['document', id] as const,
  jobs: ['jobs'] as const,
  search: ['search'] as const,
  kwic: ['kwic'] as const,
  frequencies: ['frequencies'] as const,
};

/**
 * Queries whose answers depend on which documents the library holds (and on their metadata):
 * coded passages carry their document's town and year, and go with a deleted document; a
 * comparison lines up sections of the documents in scope.
 */
const LIBRARY_DERIVED = [
  queryKeys.search,
  queryKeys.kwic,
  queryKeys.frequencies,
  codingKeys.root,
  compareKeys.root,
];

export function invalidateLibraryDerived(
  queryClient: QueryClient,
  options: { cancelRefetch?: boolean } = {},
): void {
  for (const queryKey of LIBRARY_DERIVED) {
    void queryClient.invalidateQueries({ queryKey }, options);
  }
}

/** While a job runs, poll as a safety net in case an event is lost; events remain the fast path. */
const ACTIVE_JOB_POLL_MS = 2000;

/** Errors the server reports deliberately (not found, bad input) will not change on retry. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.code !== 'INTERNAL') return false;
  return failureCount < 2;
}

export function useLibraryInfo() {
  return useQuery({ queryKey: queryKeys.libraryInfo, queryFn: () => call('libraryInfo', {}) });
}

export function useDocuments() {
  return useQuery({ queryKey: queryKeys.documents, queryFn: () => call('listDocuments', {}) });
}

export function useDocument(id: number) {
  return useQuery({ queryKey: queryKeys.document(id), queryFn: () => call('getDocument', { id }) });
}

export function useJobs() {
  return useQuery({
    queryKey: queryKeys.jobs,
    queryFn: () => call('listJobs', {}),
    refetchInterval: (query) => (query.state.data?.some(isJobActive) ? ACTIVE_JOB_POLL_MS : false),
  });
}

/** The list row's fields, taken from the updated document. */
function summaryFrom(row: DocumentSummary, doc: DocumentDetail): DocumentSummary {
  const fields = Object.keys(row) as (keyof DocumentSummary)[];
  return Object.fromEntries(fields.map((field) => [field, doc[field]])) as DocumentSummary;
}

/**
 * Saves the user's corrections to a document's metadata. The answer is the updated document, so
 * the Reader shows it at once; the list, whose rows carry the same fields, is patched and refetched.
 */
export function useUpdateMetadata(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: MetadataChanges) => call('updateMetadata', { id, changes }),
    onSuccess: (doc) => {
      queryClient.setQueryData(queryKeys.document(id), doc);
      // Patch the list too, so the Library shows the edit at once rather than after its refetch.
      queryClient.setQueryData<DocumentSummary[]>(queryKeys.documents, (list) =>
        list?.map((row) => (row.id === id ? summaryFrom(row, doc) : row)),
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.document(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.documents });
      // Hits, concordance lines and word counts carry the town and year, or group by them.
      invalidateLibraryDerived(queryClient);
    },
  });
}
