import fs from 'node:fs';
import path from 'node:path';
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { APP_HOST, APP_PROTOCOL } from './security';

/**
 * Serves the built renderer from `app://policylens/` instead of file://, so the page has a real
 * origin ('self' in the CSP means our bundle, not the whole disk) and cannot read other files.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_PROTOCOL,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

export function serveRendererFrom(rendererDir: string): void {
  const root = path.resolve(rendererDir);
  protocol.handle(APP_PROTOCOL, (request) => {
    const url = new URL(request.url);
    const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = path.resolve(root, `.${relative}`);
    const inside = file.startsWith(root + path.sep);
    if (url.host !== APP_HOST || !inside || !fs.existsSync(file)) {
      return new Response('Not found', { status: 404 });
    }
    return net.fetch(pathToFileURL(file).toString());
  });
}
