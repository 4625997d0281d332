import { api, isMethodName, type Handlers } from './api';
import { AppError, toErrorInfo } from './errors';
import type { Envelope } from './transport';

/**
 * Serves one call of the contract: validates the argument with the method's zod schema, runs
 * the handler and wraps the result (or error) in an envelope. Both transports call this, so
 * validation and error shaping happen in exactly one place.
 */
export async function dispatch(
  handlers: Partial<Handlers>,
  methodName: string,
  rawInput: unknown,
): Promise<Envelope<unknown>> {
  try {
    if (!isMethodName(methodName)) {
      throw new AppError('NOT_FOUND', `Unknown API method: ${methodName}`);
    }
    const parsed = api[methodName].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
      throw new AppError(
        'BAD_REQUEST',
        `Invalid argument for ${methodName}${where}: ${issue?.message ?? 'invalid'}`,
      );
    }
    const handler = handlers[methodName] as ((input: unknown) => unknown) | undefined;
    if (!handler) {
      // The CLI serves one library: switching libraries and app preferences belong to the app.
      throw new AppError('NOT_FOUND', `${methodName} is only available in the app.`);
    }
    const result = await handler(parsed.data);
    return { ok: true, result };
  } catch (error) {
    return { ok: false, error: toErrorInfo(error) };
  }
}
