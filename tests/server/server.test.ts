import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import type { AppEvent } from '../../shared/events';
import { startServe, type ServeProcess } from '../helpers/cli';
import { makeTempDir } from '../helpers/paths';

/** Raw request so the test controls every header, Host included. */
function request(
  port: number,
  pathAndQuery: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathAndQuery,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('policylens serve (loopback transport)', () => {
  const temp = makeTempDir();
  let server: ServeProcess;
  const auth = () => ({
    Authorization: `Bearer ${server.token}`,
    'Content-Type': 'application/json',
  });
  const call = (method: string, input: unknown = {}) =>
    request(server.port, `/api/${method}`, {
      method: 'POST',
      headers: auth(),
      body: JSON.stringify(input),
    });

  beforeAll(async () => {
    server = await startServe(path.join(temp.dir, 'library'));
  });
  afterAll(async () => {
    await server.stop();
    temp.remove();
  });

  it('prints a 127.0.0.1 URL with a token and serves the app page there', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    const page = await request(
      server.port,
      new URL(server.url).pathname + new URL(server.url).search,
    );
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers 401 to an API request without the token, or with a wrong one', async () => {
    const none = await request(server.port, '/api/listDocuments', { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const wrong = await request(server.port, '/api/listDocuments', {
      method: 'POST',
      headers: { Authorization: 'Bearer not-the-token' },
      body: '{}',
    });
    expect(wrong.status).toBe(401);
    const events = await request(server.port, '/api/_events');
    expect(events.status).toBe(401);
  });

  it('answers 403 to a request whose Host is not loopback (DNS rebinding)', async () => {
    const rebound = await request(server.port, '/api/listDocuments', {
      method: 'POST',
      headers: { ...auth(), Host: `evil.example:${server.port}` },
      body: '{}',
    });
    expect(rebound.status).toBe(403);
    const page = await request(server.port, '/', { headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
  });

  it('listens on 127.0.0.1 only, not on any other address', () => {
    // Read the kernel's socket table instead of sending traffic to a non-loopback address.
    if (!fs.existsSync('/proc/net/tcp'))
      return void console.warn('skipped: no /proc/net/tcp on this OS');
    const portHex = server.port.toString(16).toUpperCase().padStart(4, '0');
    const listening = [
      fs.readFileSync('/proc/net/tcp', 'utf8'),
      fs.existsSync('/proc/net/tcp6') ? fs.readFileSync('/proc/net/tcp6', 'utf8') : '',
    ]
      .join('\n')
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[1]?.endsWith(`:${portHex}`) && cols[3] === '0A');
    expect(listening.map((cols) => cols[1])).toEqual([`0100007F:${portHex}`]);
  });

  it('serves the contract with the token: validation errors are typed, not crashes', async () => {
    const info = await call('libraryInfo');
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toMatchObject({
      ok: true,
      result: { documentCount: 0, schemaVersion: LATEST_SCHEMA_VERSION },
    });
    const bad = await call('getDocument', { id: 'seven' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatchObject({ code: 'BAD_REQUEST' });
    const unknown = await call('dropAllTables');
    expect(unknown.status).toBe(404);
    const missing = await call('getDocument', { id: 12345 });
    expect(JSON.parse(missing.body).error.message).toMatch(/does not exist/);
    const notJson = await request(server.port, '/api/listDocuments', {
      method: 'POST',
      headers: auth(),
      body: '{',
    });
    expect(notJson.status).toBe(400);
    const huge = await request(server.port, '/api/listDocuments', {
      method: 'POST',
      headers: auth(),
      body: JSON.stringify({ pad: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
  });

  it('streams job progress as server-sent events while the samples import', async () => {
    const events: AppEvent[] = [];
    const finished = new Promise<void>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port: server.port, path: `/api/_events?token=${server.token}` },
        (res) => {
          expect(res.headers['content-type']).toContain('text/event-stream');
          res.on('error', () => undefined); // closing the stream ourselves resets it
          let buffer = '';
          res.setEncoding('utf8').on('data', (chunk: string) => {
            buffer += chunk;
            for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
              const frame = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              const data = frame.split('\n').find((line) => line.startsWith('data: '));
              if (!data) continue;
              const event = JSON.parse(data.slice(6)) as AppEvent;
              events.push(event);
              if (event.type === 'job' && event.job.state === 'done') {
                req.destroy();
                resolve();
              }
            }
          });
        },
      );
      req.on('error', (error) => {
        if (events.length === 0) reject(error);
      });
      setTimeout(() => void call('importSamples'), 200);
    });
    await finished;
    const last = events.filter((e) => e.type === 'job').at(-1);
    expect(
      last?.type === 'job' && last.job.outcomes.filter((o) => o.status === 'imported'),
    ).toHaveLength(5);
    const docs = JSON.parse((await call('listDocuments')).body).result as unknown[];
    expect(docs).toHaveLength(5);
  });

  it('accepts a browser upload (Chinese file name, no path) and imports it', async () => {
    const upload = await request(
      server.port,
      `/api/_upload?name=${encodeURIComponent('../../鹤山市-工作报告.txt')}`,
      {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${server.token}`,
          'Content-Type': 'application/octet-stream',
        },
        body: Buffer.from('鹤山市2023年低效工业用地整治', 'utf8'),
      },
    );
    expect(upload.status).toBe(200);
    const staged = JSON.parse(upload.body).result.path as string;
    expect(path.basename(staged)).toBe('鹤山市-工作报告.txt');
    expect(staged).toContain(path.join('library', 'staging'));
    const started = JSON.parse((await call('startImport', { paths: [staged] })).body);
    expect(started.ok).toBe(true);
    for (let i = 0; i < 100; i++) {
      const docs = JSON.parse((await call('listDocuments')).body).result as { fileName: string }[];
      if (docs.some((d) => d.fileName === '鹤山市-工作报告.txt')) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the uploaded file was not imported');
  });
});
