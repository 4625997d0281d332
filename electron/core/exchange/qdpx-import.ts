import { AppError } from '../../../shared/errors';
import type { TaskRunner } from '../jobs/task-context';

/** Placeholder until this task is written. */
export const runQdpxImport: TaskRunner<'qdpx-import'> = () =>
  Promise.reject(new AppError('INTERNAL', 'qdpx-import is not written yet.'));
