import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { JobStatus } from '../../../shared/domain';
import { subscribe } from './client';
import { invalidateExports, isFileJob } from './exportQueries';
import { isJobActive, upsertJob } from './jobs';
import { invalidateLibraryDerived, queryKeys } from './queries';

/** Coalesces bursts of change events (a big import) into one refetch per window. */
const REFRESH_COALESCE_MS = 300;

function refreshLibrary(queryClient: QueryClient): void {
  // cancelRefetch:false lets an in-flight fetch finish instead of restarting it on every event.
  const options = { cancelRefetch: false };
  void queryClient.invalidateQueries({ queryKey: queryKeys.documents }, options);
  void queryClient.invalidateQueries({ queryKey: queryKeys.libraryInfo }, options);
  void queryClient.invalidateQueries({ queryKey: queryKeys.documentRoot }, options);
  // Search results, concordances and word counts all follow from the documents.
  invalidateLibraryDerived(queryClient, options);
}

/**
 * Keeps the query cache in step with the core's pushed events, for the lifetime of the app.
 * Job events carry the whole job status, so they are written straight into the cache; the
 * job list itself is not refetched here (that would race the events; `useJobs` polls instead).
 */
export function useAppEventSync(): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const scheduleRefresh = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        refreshLibrary(queryClient);
      }, REFRESH_COALESCE_MS);
    };

    const unsubscribe = subscribe((event) => {
      if (event.type === 'library-changed') {
        scheduleRefresh();
        return;
      }
      const job: JobStatus = event.job;
      queryClient.setQueryData<JobStatus[]>(queryKeys.jobs, (jobs) => upsertJob(jobs, job));
      if (isJobActive(job)) return;
      // Exports, backups and restores write files elsewhere: the library itself is unchanged.
      if (job.kind === 'import' || job.kind === 'qdpx-import') scheduleRefresh();
      if (isFileJob(job)) invalidateExports(queryClient);
    });

    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [queryClient]);
}
