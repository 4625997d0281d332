import type { MethodName, MethodResult } from '../../shared/api';
import { dispatch } from '../../shared/dispatch';
import { AppError } from '../../shared/errors';
import type { Core } from '../core';

/** Every verb's `--library` option. */
export const libraryOption = [
  '--library <dir>',
  'library folder (default: POLICYLENS_LIBRARY or the app’s own)',
] as const;

/** Opens the core on the library, runs a verb, closes it, and sets the exit code. */
export type WithCore = (
  options: { library?: string },
  run: (core: Core) => Promise<number> | number,
) => Promise<void>;

/** Calls a contract method exactly as the app does (same zod validation), throwing its error. */
export async function callContract<M extends MethodName>(
  core: Core,
  method: M,
  input: unknown,
): Promise<MethodResult<M>> {
  const envelope = await dispatch(core.handlers, method, input);
  if (!envelope.ok) {
    throw new AppError(envelope.error.code as never, envelope.error.message, envelope.error.file);
  }
  return envelope.result as MethodResult<M>;
}
