import crypto from 'node:crypto';
import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError, toErrorInfo, type ErrorCode } from '../../shared/errors';
import {
  HTTP_API_PREFIX,
  HTTP_EVENTS_PATH,
  HTTP_FILE_PATH,
  HTTP_UPLOAD_PATH,
  TOKEN_QUERY_PARAM,
  type Envelope,
} from '../../shared/transport';
import type { AppSession } from '../core/session/app-session';
import { safeFileName } from '../../shared/file-name';
import { listBackups } from '../core/backup/backup-files';
import { STAGING_DIR } from '../core/library/library';
import { isExportedFile } from '../core/settings/exported-files';
import { getSettings } from '../core/settings/settings';
import { hostAllowed, newToken, requestToken, tokenMatches } from './auth';
import { serveStatic } from './static-files';

export const LOOPBACK_HOST = '127.0.0.1';
const MAX_JSON_BODY_BYTES = 1024 * 1024;
const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
const HEARTBEAT_MS = 25_000;

export interface ServerOptions {
  /** The app session: the open library, switched by `openLibrary`, and preferences. */
  session: AppSession;
  port?: number;
  token?: string;
  rendererDir?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  FILE_TOO_LARGE: 413,
};

/**
 * The loopback transport: the renderer and the same API contract, on 127.0.0.1 only. Every API
 * route needs the session token; every request must name a loopback Host. No CORS headers are
 * ever sent, so other origins cannot read responses.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { session } = options;
  const token = options.token ?? newToken();
  const rendererDir = path.resolve(options.rendererDir ?? session.core.paths.rendererDir);
  // Uploads are staged inside the library they will be imported into.
  const stagingRoot = () => path.join(session.core.library.dir, STAGING_DIR);
  fs.rmSync(stagingRoot(), { recursive: true, force: true });
  const eventStreams = new Set<ServerResponse>();
  let port = options.port ?? 0;

  const unsubscribe = session.onEvent((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of eventStreams) res.write(frame);
  });

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => sendError(res, toErrorInfo(error)));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port)) {
      return sendError(res, { code: 'FORBIDDEN', message: 'Host not allowed.' });
    }
    const url = new URL(req.url ?? '/', `http://${LOOPBACK_HOST}:${port}`);
    if (!url.pathname.startsWith(HTTP_API_PREFIX)) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return sendError(res, { code: 'BAD_REQUEST', message: 'Method not allowed.' });
      }
      return serveStatic(rendererDir, url.pathname, res);
    }
    if (!tokenMatches(token, requestToken(req, url))) {
      return sendError(res, {
        code: 'UNAUTHORIZED',
        message: `Missing or wrong token: open the URL printed by "policylens serve" (it has ?${TOKEN_QUERY_PARAM}=…).`,
      });
    }
    if (url.pathname === HTTP_EVENTS_PATH && req.method === 'GET') return openEventStream(res);
    if (url.pathname === HTTP_FILE_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
      return sendWrittenFile(req, res, url.searchParams.get('path') ?? '');
    }
    if (req.method !== 'POST') {
      return sendError(res, { code: 'BAD_REQUEST', message: 'API calls use POST.' });
    }
    if (url.pathname === HTTP_UPLOAD_PATH) return receiveUpload(req, res, url);
    const methodName = url.pathname.slice(HTTP_API_PREFIX.length);
    const body = await readJsonBody(req);
    sendEnvelope(res, await session.dispatch(methodName, body));
  }

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write('retry: 2000\n\n');
    eventStreams.add(res);
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
    res.on('close', () => {
      clearInterval(heartbeat);
      eventStreams.delete(res);
    });
  }

  /** A file this app wrote (export, project, backup), as a download; nothing else on disk. */
  async function sendWrittenFile(
    req: IncomingMessage,
    res: ServerResponse,
    file: string,
  ): Promise<void> {
    const notFound: ReturnType<typeof toErrorInfo> = {
      code: 'NOT_FOUND',
      message: 'No such exported file.',
    };
    if (!file || !path.isAbsolute(file) || !mayDownload(file)) return sendError(res, notFound);
    const stat = await fs.promises.stat(file).catch(() => null);
    if (!stat?.isFile()) return sendError(res, notFound);
    res.writeHead(200, {
      'Content-Type':
        DOWNLOAD_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      'Content-Disposition': attachmentHeader(path.basename(file)),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await pipeline(fs.createReadStream(file), res);
  }

  function mayDownload(file: string): boolean {
    const { db, dir } = session.core.library;
    if (isExportedFile(db, file)) return true;
    // Automatic backups are not recorded as exports; they are served when the list shows them.
    const resolved = path.resolve(file);
    return listBackups(getSettings(db, dir).backupDir).some(
      (backup) => path.resolve(backup.path) === resolved,
    );
  }

  /** Browser mode cannot hand us file paths: the file is staged in the library, then imported. */
  async function receiveUpload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const name = safeFileName(
      path.basename((url.searchParams.get('name') ?? '').replace(/\\/g, '/')),
      'upload.txt',
      200,
    );
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_UPLOAD_BYTES) {
      req.resume();
      throw new AppError('FILE_TOO_LARGE', 'The file is larger than 512 MB.', name);
    }
    const dir = path.join(stagingRoot(), crypto.randomUUID());
    fs.mkdirSync(dir, { recursive: true });
    const target = path.join(dir, name);
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > MAX_UPLOAD_BYTES)
        req.destroy(new AppError('FILE_TOO_LARGE', 'The file is larger than 512 MB.', name));
    });
    try {
      await pipeline(req, fs.createWriteStream(target));
    } catch (error) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    sendEnvelope(res, { ok: true, result: { path: target } });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as { port: number }).port;
  const url = `http://${LOOPBACK_HOST}:${port}/?${TOKEN_QUERY_PARAM}=${token}`;

  return {
    url,
    port,
    token,
    close: async () => {
      unsubscribe();
      for (const res of eventStreams) res.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const DOWNLOAD_TYPES: Readonly<Record<string, string>> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.qdpx': 'application/zip',
};

/** RFC 6266: an ASCII fallback name, and the real (Chinese) name percent-encoded as UTF-8. */
function attachmentHeader(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_JSON_BODY_BYTES) throw new AppError('FILE_TOO_LARGE', 'Request body too large.');
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new AppError('BAD_REQUEST', 'The request body is not valid JSON.');
  }
}

function sendEnvelope(res: ServerResponse, envelope: Envelope<unknown>): void {
  if (!envelope.ok) return sendError(res, envelope.error);
  const body = JSON.stringify(envelope);
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

function sendError(res: ServerResponse, error: ReturnType<typeof toErrorInfo>): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const status = HTTP_STATUS[error.code] ?? (error.code === 'INTERNAL' ? 500 : 422);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // A refused body may be only half read: the connection cannot be reused for another request.
    ...(status === 413 ? { Connection: 'close' } : {}),
  });
  res.end(JSON.stringify({ ok: false, error }));
}
