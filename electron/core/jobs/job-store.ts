import type { JobStatus } from '../../../shared/domain';
import type { Db } from '../db/connection';

/** Jobs are kept in the library so their per-file outcomes survive a restart. */

interface JobRow {
  id: string;
  kind: JobStatus['kind'];
  state: JobStatus['state'];
  total: number;
  done: number;
  started_at: string;
  finished_at: string | null;
  detail: string;
}

const RECENT_JOBS = 20;

export function saveJob(db: Db, job: JobStatus): void {
  db.prepare(
    `INSERT INTO jobs (id, kind, state, total, done, started_at, finished_at, detail)
     VALUES (@id, @kind, @state, @total, @done, @startedAt, @finishedAt, @detail)
     ON CONFLICT(id) DO UPDATE SET state = excluded.state, total = excluded.total,
       done = excluded.done, finished_at = excluded.finished_at, detail = excluded.detail`,
  ).run({
    id: job.id,
    kind: job.kind,
    state: job.state,
    total: job.total,
    done: job.done,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    detail: JSON.stringify({
      outcomes: job.outcomes,
      error: job.error,
      label: job.label,
      output: job.output,
    }),
  });
}

export function recentJobs(db: Db): JobStatus[] {
  const rows = db
    .prepare('SELECT * FROM jobs ORDER BY started_at DESC LIMIT ?')
    .all(RECENT_JOBS) as JobRow[];
  return rows.map((row) => {
    const detail = JSON.parse(row.detail) as Partial<
      Pick<JobStatus, 'outcomes' | 'error' | 'label' | 'output'>
    >;
    return {
      id: row.id,
      kind: row.kind,
      label: detail.label ?? null,
      output: detail.output ?? null,
      state: row.state,
      total: row.total,
      done: row.done,
      currentFile: null,
      etaSeconds: null,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      outcomes: detail.outcomes ?? [],
      error: detail.error ?? null,
    };
  });
}

/** A job still "running" in the database was cut off by a crash or quit: say so. */
export function markInterruptedJobs(db: Db, now: string): void {
  db.prepare(
    `UPDATE jobs SET state = 'failed', finished_at = ?,
       detail = json_set(detail, '$.error', json_object('code', 'JOB_CANCELLED',
         'message', 'The app was closed while this job ran; finished files were kept.'))
     WHERE state IN ('queued', 'running')`,
  ).run(now);
}
