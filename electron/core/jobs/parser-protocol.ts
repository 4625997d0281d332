import type { ErrorInfo } from '../../../shared/errors';
import type { PreparedDocument } from '../ingest/prepare-document';

export interface ParseRequest {
  taskId: number;
  file: string;
}

export type ParseResponse =
  | { taskId: number; ok: true; prepared: PreparedDocument; bytes: ArrayBufferLike }
  | { taskId: number; ok: false; error: ErrorInfo };

export type ParseResult =
  { ok: true; prepared: PreparedDocument; bytes: Buffer } | { ok: false; error: ErrorInfo };
