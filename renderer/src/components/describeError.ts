import { ApiError } from '../api/client';

export interface ErrorDescription {
  message: string;
  file?: string;
  code?: string;
}

/** The human part of anything thrown: the API's own message when there is one. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ApiError) {
    return error.file === undefined
      ? { message: error.message, code: error.code }
      : { message: error.message, code: error.code, file: error.file };
  }
  if (error instanceof Error) return { message: error.message || error.name };
  return { message: String(error) };
}
