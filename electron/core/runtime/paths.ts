import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one place that knows where PolicyLens's files are, whether it runs from source (tests),
 * from the built bundles (CLI, server, `npm start`) or packaged by electron-builder. Nothing
 * else guesses from `__dirname`.
 */
export interface RuntimePaths {
  /** Folder holding package.json (source checkout or the app's asar root). */
  appRoot: string;
  /** Bundled sample documents. */
  seedsDir: string;
  /** Segmentation dictionaries (policy terms, stop words). */
  dictDir: string;
  /** Built renderer (index.html and assets). */
  rendererDir: string;
  /** Built worker-thread entries: the import job (writer) and its parsers. */
  importWorker: string;
  parseWorker: string;
  /** Built worker-thread entry for exports, REFI-QDA and backups. */
  taskWorker: string;
  /** Library used when none is named: the same folder for the app and the CLI. */
  defaultLibraryDir: string;
}

/** Must equal Electron's app name, so `app.getPath('userData')` and the CLI agree. */
export const APP_DATA_FOLDER = 'PolicyLens';
const PACKAGE_NAME = 'policylens';

let packagedResourcesPath: string | undefined;

/** Called by Electron main when packaged (`process.resourcesPath`); resources live outside asar. */
export function usePackagedResources(resourcesPath: string): void {
  packagedResourcesPath = resourcesPath;
}

export function runtimePaths(env: NodeJS.ProcessEnv = process.env): RuntimePaths {
  const appRoot = findAppRoot(moduleDir());
  const resources = packagedResourcesPath ?? appRoot;
  return {
    appRoot,
    seedsDir: path.join(resources, 'seeds'),
    dictDir: packagedResourcesPath
      ? path.join(packagedResourcesPath, 'dict')
      : path.join(appRoot, 'electron', 'core', 'search', 'dict'),
    rendererDir: path.join(appRoot, 'dist', 'renderer'),
    importWorker: path.join(unpacked(appRoot), 'dist', 'node', 'import-worker.cjs'),
    parseWorker: path.join(unpacked(appRoot), 'dist', 'node', 'parse-worker.cjs'),
    taskWorker: path.join(unpacked(appRoot), 'dist', 'node', 'task-worker.cjs'),
    defaultLibraryDir: env.POLICYLENS_LIBRARY
      ? path.resolve(env.POLICYLENS_LIBRARY)
      : path.join(userDataDir(env), 'library'),
  };
}

/** Electron's userData folder for this app, computed the way Electron does per platform. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DATA_FOLDER);
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', APP_DATA_FOLDER);
    default:
      return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DATA_FOLDER);
  }
}

/** Worker scripts cannot run from inside an asar archive; electron-builder unpacks them. */
function unpacked(appRoot: string): string {
  return appRoot.endsWith('.asar') ? `${appRoot}.unpacked` : appRoot;
}

function moduleDir(): string {
  if (typeof __dirname === 'string') return __dirname;
  const url = (import.meta as { url?: string }).url;
  return url ? path.dirname(fileURLToPath(url)) : process.cwd();
}

function findAppRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        if (
          (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME
        ) {
          return dir;
        }
      } catch {
        // not our manifest; keep looking upwards
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`PolicyLens files not found above ${start}`);
    dir = parent;
  }
}
