import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/core/library/library';
import { recordExportedFile } from '../../electron/core/settings/exported-files';
import { HTTP_FILE_PATH } from '../../shared/transport';
import { startServe, type ServeProcess } from '../helpers/cli';
import { makeTempDir } from '../helpers/paths';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function get(port: number, pathAndQuery: string, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathAndQuery, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('policylens serve: downloading a file the app wrote (/api/_file)', () => {
  const temp = makeTempDir();
  const library = path.join(temp.dir, 'library');
  const exportsDir = path.join(temp.dir, 'exports');
  const recorded = path.join(exportsDir, '工改-比较报告.docx');
  const unrecorded = path.join(exportsDir, '未登记.docx');
  const outside = path.join(temp.dir, 'secret.txt');
  const content = Buffer.from('PK\u0003\u0004 a pretend report');
  let server: ServeProcess;

  const fileUrl = (file: string, token: string | null = server.token) =>
    `${HTTP_FILE_PATH}?path=${encodeURIComponent(file)}` +
    (token === null ? '' : `&token=${encodeURIComponent(token)}`);

  beforeAll(async () => {
    fs.mkdirSync(exportsDir, { recursive: true });
    fs.writeFileSync(recorded, content);
    fs.writeFileSync(unrecorded, 'not written by the app');
    fs.writeFileSync(outside, 'do not serve');
    // The library records the report as the export job would, before the server opens it.
    const lib = openLibrary(library);
    try {
      recordExportedFile(lib.db, { path: recorded, kind: 'export', title: '工改-比较报告.docx' });
    } finally {
      lib.close();
    }
    server = await startServe(library);
  });
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  it('serves a recorded export as an attachment with its Chinese name', async () => {
    const res = await get(server.port, fileUrl(recorded));
    expect(res.status).toBe(200);
    expect(res.body.equals(content)).toBe(true);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers['content-length']).toBe(String(content.length));
    const disposition = res.headers['content-disposition'] ?? '';
    expect(disposition).toMatch(/^attachment;/);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('工改-比较报告.docx')}`);
    // The ASCII fallback never carries raw non-ASCII bytes or a quote.
    expect(disposition).toMatch(/filename="[\x20-\x7e]+"/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers HEAD with the headers only', async () => {
    const res = await get(server.port, fileUrl(recorded), 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String(content.length));
    expect(res.body.length).toBe(0);
  });

  it('answers 404 for a path the library did not record, even in the exports folder', async () => {
    for (const file of [unrecorded, outside, `${exportsDir}/../secret.txt`]) {
      const res = await get(server.port, fileUrl(file));
      expect(res.status, file).toBe(404);
      expect(JSON.parse(res.body.toString('utf8'))).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
    const relative = await get(server.port, fileUrl('工改-比较报告.docx'));
    expect(relative.status).toBe(404);
    const missing = await get(server.port, `${HTTP_FILE_PATH}?token=${server.token}`);
    expect(missing.status).toBe(404);
  });

  it('answers 404 once the recorded file is gone', async () => {
    const moved = `${recorded}.moved`;
    fs.renameSync(recorded, moved);
    try {
      const res = await get(server.port, fileUrl(recorded));
      expect(res.status).toBe(404);
    } finally {
      fs.renameSync(moved, recorded);
    }
  });

  it('needs the session token like every other API route', async () => {
    const none = await get(server.port, fileUrl(recorded, null));
    expect(none.status).toBe(401);
    expect(none.body.toString('utf8')).not.toContain('pretend report');
    const wrong = await get(server.port, fileUrl(recorded, 'not-the-token'));
    expect(wrong.status).toBe(401);
  });

  it('refuses other methods on the route', async () => {
    const res = await get(server.port, fileUrl(recorded), 'DELETE');
    expect(res.status).toBe(400);
    expect(fs.existsSync(recorded)).toBe(true);
  });
});
