import { AppError } from '../../../shared/errors';
import type { TaskRunner } from '../jobs/task-context';

/** Placeholder until this task is written. */
export const runRestore: TaskRunner<'restore'> = () =>
  Promise.reject(new AppError('INTERNAL', 'restore is not written yet.'));
