import { AppError } from '../../../shared/errors';
import type { TaskRunner } from '../jobs/task-context';

/** Placeholder until this task is written. */
export const runExport: TaskRunner<'export'> = () =>
  Promise.reject(new AppError('INTERNAL', 'export is not written yet.'));
