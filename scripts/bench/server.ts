import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '../../electron/core';
import { PreferencesStore } from '../../electron/core/preferences/preferences';
import { AppSession } from '../../electron/core/session/app-session';
import { startServer } from '../../electron/server/http-server';

export interface BenchServer {
  url: string;
  port: number;
  token: string;
  /** Calls one API method through the loopback transport, as the browser does. */
  call(method: string, params?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * The real loopback server (`policylens serve`) over the bench library's core. Preferences go
 * to a scratch file so the bench never touches the person's recent-libraries list.
 */
export async function startBenchServer(core: Core): Promise<BenchServer> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'policylens-bench-prefs-'));
  const session = new AppSession(core, {
    preferences: new PreferencesStore(path.join(scratch, 'preferences.json')),
    openCore: () => {
      throw new Error('The bench keeps one library open.');
    },
  });
  const server = await startServer({ session });
  const call = async (method: string, params: unknown = {}) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(params),
    });
    const envelope = (await response.json()) as { ok: boolean; result?: unknown; error?: unknown };
    if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
    return envelope.result;
  };
  return {
    url: server.url,
    port: server.port,
    token: server.token,
    call,
    // Not session.close(): the core belongs to the bench, which closes it last.
    close: async () => {
      await server.close();
      fs.rmSync(scratch, { recursive: true, force: true });
    },
  };
}
