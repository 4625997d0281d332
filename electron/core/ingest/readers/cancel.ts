import { AppError } from '../../../../shared/errors';
import type { ReadOptions } from './types';

/** Stops a long read cooperatively: the thread is never killed inside native code. */
export function throwIfCancelled(options: ReadOptions | undefined, file: string): void {
  if (options?.isCancelled?.()) {
    throw new AppError('JOB_CANCELLED', 'The import was cancelled while this file was read.', file);
  }
}
