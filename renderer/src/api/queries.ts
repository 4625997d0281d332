import { useQuery } from '@tanstack/react-query';
import { ApiError, call } from './client';
import { isJobActive } from './jobs';

export const queryKeys = {
  libraryInfo: ['libraryInfo'] as const,
  documents: ['documents'] as const,
  documentRoot: ['document'] as const,
  document: (id: number) => ['document', id] as const,
  jobs: ['jobs'] as const,
};

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
