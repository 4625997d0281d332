import { AppError } from '../../../shared/errors';
import type { TaskRunner } from '../jobs/task-context';

/** Placeholder until this task is written. */
export const runBackup: TaskRunner<'backup'> = () =>
  Promise.reject(new AppError('INTERNAL', 'backup is not written yet.'));
