import type { MethodName, MethodResult } from '../../shared/api';
import type { Tag } from '../../shared/domain';
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

/** Commander option parser for repeatable options (`--town A --town B`). */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** The tag a user named on the command line. */
export function tagByName(tags: readonly Tag[], name: string): Tag {
  const match = tags.find((t) => t.name === name);
  if (!match) throw new AppError('NOT_FOUND', `No tag named “${name}”. See: policylens tags`);
  return match;
}
