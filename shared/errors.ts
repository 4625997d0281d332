/**
 * Error codes every layer (core, transports, renderer, CLI) agrees on. A user sees `message`;
 * `code` lets the UI and tests react without parsing text; `file` names the document or path
 * the error concerns, so a batch can report one clear line per file.
 */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'NOT_FOUND',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'FILE_NOT_FOUND',
  'FILE_UNREADABLE',
  'FILE_EMPTY',
  'FILE_TOO_LARGE',
  'FILE_BINARY',
  'FILE_UNDECODABLE',
  'FILE_CORRUPT',
  'FILE_ENCRYPTED',
  'FILE_UNSAFE',
  'UNSUPPORTED_FORMAT',
  'DUPLICATE',
  /** The target file exists and the caller did not say to replace it. */
  'FILE_EXISTS',
  /** PDF export needs Chromium (or Chrome / Edge) and none was found. */
  'PRINTER_MISSING',
  'DISK_FULL',
  'LIBRARY_LOCKED',
  'LIBRARY_CORRUPT',
  /** A folder chosen as a library holds other files and no PolicyLens library. */
  'NOT_A_LIBRARY',
  'JOB_CANCELLED',
  /** The OCR engine (tesseract.js) could not be started: did not load its language in time, or failed. */
  'OCR_ENGINE_FAILED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  file?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;

  constructor(code: ErrorCode, message: string, file?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (file !== undefined) this.file = file;
  }

  toInfo(): ErrorInfo {
    return this.file === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, file: this.file };
  }
}

/** Turns anything thrown into the shape that crosses a transport. Unknown errors stay INTERNAL. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof AppError) return error.toInfo();
  if (isErrorInfo(error)) return error;
  // SQLite's own conditions, in words a user can act on (codes such as SQLITE_BUSY_SNAPSHOT too).
  const sqliteCode = (error as { code?: unknown } | null)?.code;
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_BUSY')) {
    return {
      code: 'LIBRARY_LOCKED',
      message:
        'The library is busy (another window or job is writing to it); try again in a moment.',
    };
  }
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_FULL')) {
    return { code: 'DISK_FULL', message: 'The disk is full; nothing was saved.' };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message };
}

export function isErrorInfo(value: unknown): value is ErrorInfo {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorInfo).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as ErrorInfo).code) &&
    typeof (value as ErrorInfo).message === 'string'
  );
}
