import type { JobKind, JobStatus } from '../../../../shared/domain';
import { isJobActive } from '../../api/jobs';
import { parseTimestamp } from '../../format';

/**
 * Finished jobs from this session, or from the hour before it, are news; older ones are history
 * (the library keeps them anyway). Fixed at load so the panel does not change as the clock ticks.
 */
const RECENT_MS = 60 * 60 * 1000;
const SHOWN_SINCE = Date.now() - RECENT_MS;
const MAX_FINISHED = 3;

/**
 * Jobs that bring documents (or their text) into the library; exports and backups show in the
 * Reports view.
 */
export const LIBRARY_JOB_KINDS: readonly JobKind[] = ['import', 'ocr', 'qdpx-import'];

export function jobsOfKinds(jobs: readonly JobStatus[], kinds: readonly JobKind[]): JobStatus[] {
  return jobs.filter((job) => kinds.includes(job.kind));
}

/** Running jobs, then the few most recently finished ones the user has not dismissed. */
export function selectVisibleJobs(
  jobs: readonly JobStatus[],
  dismissed: ReadonlySet<string>,
  since: number = SHOWN_SINCE,
): JobStatus[] {
  const newestFirst = (a: JobStatus, b: JobStatus) => b.startedAt.localeCompare(a.startedAt);
  const active = jobs.filter(isJobActive).sort(newestFirst);
  const finished = jobs
    .filter((job) => !isJobActive(job) && !dismissed.has(job.id))
    .filter((job) => {
      const at = parseTimestamp(job.finishedAt ?? job.startedAt)?.getTime() ?? 0;
      return at >= since;
    })
    .sort(newestFirst)
    .slice(0, MAX_FINISHED);
  return [...active, ...finished];
}
