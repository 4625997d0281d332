import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI_BUNDLE, makeTempDir, REPO_ROOT } from './paths';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `policylens ARGS` as a user would, in its own process. */
export function runCli(args: string[], options: SpawnSyncOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI_BUNDLE, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    ...options,
    env: { ...process.env, ...options.env },
  });
  return {
    status: result.status,
    stdout: String(result.stdout ?? ''),
    stderr: String(result.stderr ?? ''),
  };
}

export interface ServeProcess {
  url: string;
  origin: string;
  port: number;
  token: string;
  /** The server's own app folder (POLICYLENS_APP_DATA): preferences.json lives here. */
  appDataDir: string;
  stop(): Promise<void>;
  /** Kills the server at once (SIGKILL), as a crash or power cut would. */
  kill(): Promise<void>;
}

export interface ServeOptions {
  /** Start as on a new machine: the welcome shows (by default it counts as seen). */
  firstRun?: boolean;
  /** Use this app folder (kept afterwards) instead of a fresh temporary one. */
  appDataDir?: string;
}

/**
 * Each server gets its own app folder, so tests never read or write the user's preferences,
 * and are not greeted by the first-run welcome unless they ask for it.
 */
function prepareAppData(options: ServeOptions): { dir: string; remove(): void } {
  if (options.appDataDir) return { dir: options.appDataDir, remove: () => undefined };
  const temp = makeTempDir('policylens-appdata-');
  if (!options.firstRun) {
    fs.writeFileSync(
      path.join(temp.dir, 'preferences.json'),
      `${JSON.stringify({ welcomeDone: true })}\n`,
    );
  }
  return temp;
}

/** Starts `policylens serve` and resolves once it printed its URL. */
export function startServe(
  libraryDir: string,
  extraArgs: string[] = [],
  options: ServeOptions = {},
): Promise<ServeProcess> {
  const appData = prepareAppData(options);
  const child = spawn(
    process.execPath,
    [CLI_BUNDLE, 'serve', '--library', libraryDir, '--port', '0', ...extraArgs],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, POLICYLENS_APP_DATA: appData.dir },
    },
  );
  child.once('exit', () => appData.remove());
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /PolicyLens: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+))/.exec(stdout);
      if (!match) return;
      const [, url, port, token] = match as unknown as [string, string, string, string];
      resolve({
        url,
        origin: `http://127.0.0.1:${port}`,
        port: Number(port),
        token,
        appDataDir: appData.dir,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
        kill: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
      });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}
