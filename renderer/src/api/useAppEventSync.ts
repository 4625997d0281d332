import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { JobStatus } from '../../../shared/domain';
import { subscribe } from './client';
import { invalidateExports, isFileJob } from './exportQueries';
import { isJobActive, upsertJob } from './jobs';
import { invalidateLibraryDerived, queryKeys } from './queries';

/** Coalesces bursts of change events (a big import) into one refetch per window. */
const REFRESH_COALESCE_MS = 300;
/** While OCR runs, recognised pages reach the list and the open document this often at most. */
const OCR_PROGRESS_REFRESH_MS = 3000;

function refreshLibrary(queryClient: QueryClient): void {
  // cancelRefetch:false lets an in-flight fetch finish instead of restarting it on every event.
  const options = { cancelRefetch: false };
  void queryClient.invalidateQueries({ queryKey: queryKeys.documents }, options);
  void queryClient.invalidateQueries({ queryKey: queryKeys.libraryInfo }, options);
  void queryClient.invalidateQueries({ queryKey: queryKeys.documentRoot }, options);
  // Search results, concordances and word counts all follow from the documents.
  invalidateLibraryDerived(queryClient, options);
}

/** Pages recognised so far: the list's confidence and the open document's text (not searches). */
function refreshRecognised(queryClient: QueryClient): void {
  const options = { cancelRefetch: false };
  void queryClient.invalidateQueries({ queryKey: queryKeys.documents }, options);
  void queryClient.invalidateQueries({ queryKey: queryKeys.documentRoot }, options);
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
    let ocrTimer: ReturnType<typeof setTimeout> | undefined;
    const scheduleOcrRefresh = () => {
      ocrTimer ??= setTimeout(() => {
        ocrTimer = undefined;
        refreshRecognised(queryClient);
      }, OCR_PROGRESS_REFRESH_MS);
    };
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
      if (event.type === 'command') return; // carried out by the views (useUiCommand)
      if (event.type === 'library-opened') {
        // Another library: nothing cached (documents, tags, open views) belongs to it.
        window.location.hash = '';
        window.location.reload();
        return;
      }
      const job: JobStatus = event.job;
      queryClient.setQueryData<JobStatus[]>(queryKeys.jobs, (jobs) => upsertJob(jobs, job));
      if (isJobActive(job)) {
        if (job.kind === 'ocr' && job.done > 0) scheduleOcrRefresh();
        return;
      }
      // Exports, backups and restores write files elsewhere: the library itself is unchanged.
      if (job.kind === 'import' || job.kind === 'qdpx-import' || job.kind === 'ocr') {
        scheduleRefresh();
      }
      if (isFileJob(job)) invalidateExports(queryClient);
    });

    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
      if (ocrTimer) clearTimeout(ocrTimer);
    };
  }, [queryClient]);
}
