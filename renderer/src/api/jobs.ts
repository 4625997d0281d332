import type { JobState, JobStatus } from '../../../shared/domain';

const ACTIVE_STATES: readonly JobState[] = ['queued', 'running'];

export function isJobActive(job: JobStatus): boolean {
  return ACTIVE_STATES.includes(job.state);
}

/** Replaces the job with the same id, or puts a new one first (newest jobs lead the list). */
export function upsertJob(jobs: readonly JobStatus[] | undefined, job: JobStatus): JobStatus[] {
  const list = jobs ?? [];
  const index = list.findIndex((existing) => existing.id === job.id);
  if (index === -1) return [job, ...list];
  return list.map((existing, i) => (i === index ? job : existing));
}

export function countOutcomes(job: JobStatus): Record<'imported' | 'duplicate' | 'failed', number> {
  const counts = { imported: 0, duplicate: 0, failed: 0 };
  for (const outcome of job.outcomes) counts[outcome.status] += 1;
  return counts;
}

/** Imported documents that wait for OCR on some or all pages. */
export function countNeedsOcr(job: JobStatus): number {
  return job.outcomes.filter((outcome) => outcome.status === 'imported' && outcome.needsOcr).length;
}
