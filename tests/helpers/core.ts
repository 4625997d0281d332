import type { JobStatus } from '../../shared/domain';
import { openCore, type Core } from '../../electron/core';

/** Opens the real core on a library folder and runs one import job to its end. */
export function openTestCore(libraryDir: string): Core {
  return openCore({ libraryDir });
}

export async function importAndWait(core: Core, paths: string[]): Promise<JobStatus> {
  const job = core.jobs.startImport(paths);
  return core.jobs.wait(job.id);
}
