import fs from 'node:fs';
import path from 'node:path';
import log from 'electron-log/node';

/** One log file grows to this size, then it is rotated. */
const MAX_LOG_BYTES = 2 * 1024 * 1024;
/** Rotated files kept: main.1.log (newest) … main.5.log. */
const KEPT_LOG_FILES = 5;

export type AppLog = Pick<typeof log, 'info' | 'warn' | 'error'>;

let configuredDir: string | undefined;

/**
 * The app's log: `logs/main.log` in the app's folder, rotated at 2 MB keeping five old files, so
 * months of use never fill a laptop's disk. The desktop app and browser mode both write it;
 * Help ▸ Open logs shows the folder. Nothing here is sent anywhere.
 */
export function openAppLog(appDataDir: string, options: { console?: boolean } = {}): AppLog {
  const dir = logsDir(appDataDir);
  if (configuredDir === dir) return log;
  configuredDir = dir;
  fs.mkdirSync(dir, { recursive: true });
  log.transports.file.resolvePathFn = () => path.join(dir, 'main.log');
  log.transports.file.maxSize = MAX_LOG_BYTES;
  log.transports.file.archiveLogFn = (file) => rotate(file.toString());
  log.transports.console.level = options.console ? 'warn' : false;
  log.errorHandler.startCatching({ showDialog: false });
  return log;
}

export function logsDir(appDataDir: string): string {
  return path.join(appDataDir, 'logs');
}

/** main.log → main.1.log → … → main.5.log; the oldest is dropped. */
export function rotate(current: string): void {
  const { dir, name, ext } = path.parse(current);
  const numbered = (n: number) => path.join(dir, `${name}.${n}${ext}`);
  fs.rmSync(numbered(KEPT_LOG_FILES), { force: true });
  for (let n = KEPT_LOG_FILES - 1; n >= 1; n--) {
    if (fs.existsSync(numbered(n))) fs.renameSync(numbered(n), numbered(n + 1));
  }
  fs.renameSync(current, numbered(1));
}
