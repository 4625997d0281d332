import { AppError } from '../../../shared/errors';
import type { TaskRunner } from '../jobs/task-context';

/** Placeholder until this task is written. */
export const runQdpxExport: TaskRunner<'qdpx-export'> = () =>
  Promise.reject(new AppError('INTERNAL', 'qdpx-export is not written yet.'));
