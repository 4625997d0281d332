import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { CLI_BUNDLE, REPO_ROOT } from './paths';

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
  stop(): Promise<void>;
  /** Kills the server at once (SIGKILL), as a crash or power cut would. */
  kill(): Promise<void>;
}

/** Starts `policylens serve` and resolves once it printed its URL. */
export function startServe(libraryDir: string, extraArgs: string[] = []): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    [CLI_BUNDLE, 'serve', '--library', libraryDir, '--port', '0', ...extraArgs],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
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
