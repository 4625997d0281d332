import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OCR_LANGUAGES, type OcrLanguage } from '../../../shared/domain';

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
  /** jieba's own dictionaries (jieba.dict.utf8, hmm_model.utf8, idf.utf8, ...). */
  jiebaDictDir: string;
  /** Per OCR language, the folder holding `<lang>.traineddata.gz` (tesseract "best_int" data). */
  tessdataDirs: Record<OcrLanguage, string>;
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

/** The tesseract data variant we ship: LSTM models, integer-quantised for speed. */
const TESSDATA_VARIANT = '4.0.0_best_int';

let packagedResourcesPath: string | undefined;

/** Called by Electron main when packaged (`process.resourcesPath`); resources live outside asar. */
export function usePackagedResources(resourcesPath: string): void {
  packagedResourcesPath = resourcesPath;
}

/** Forgets usePackagedResources(), so tests that simulate a packaged app leave no trace. */
export function resetPackagedResources(): void {
  packagedResourcesPath = undefined;
}

export function runtimePaths(env: NodeJS.ProcessEnv = process.env): RuntimePaths {
  const resources = packagedResources();
  return resources ? packagedPaths(resources, env) : sourcePaths(findAppRoot(moduleDir()), env);
}

/**
 * Laid out by electron-builder.yml: the app in resources/app.asar, native modules and worker
 * scripts in app.asar.unpacked (nothing can execute from inside the archive), and data read by
 * native code (jieba, tesseract) as plain files in resources/.
 */
function packagedPaths(resources: string, env: NodeJS.ProcessEnv): RuntimePaths {
  const appRoot = path.join(resources, 'app.asar');
  const workers = path.join(`${appRoot}.unpacked`, 'dist', 'node');
  return {
    appRoot,
    seedsDir: path.join(resources, 'seeds'),
    dictDir: path.join(resources, 'dict'),
    jiebaDictDir: path.join(resources, 'dict', 'jieba'),
    tessdataDirs: perLanguage((lang) => path.join(resources, 'tessdata', lang)),
    rendererDir: path.join(appRoot, 'dist', 'renderer'),
    importWorker: path.join(workers, 'import-worker.cjs'),
    parseWorker: path.join(workers, 'parse-worker.cjs'),
    taskWorker: path.join(workers, 'task-worker.cjs'),
    defaultLibraryDir: libraryDir(env),
  };
}

/** From a source checkout or the built bundles: data straight from the installed packages. */
function sourcePaths(appRoot: string, env: NodeJS.ProcessEnv): RuntimePaths {
  const modules = path.join(appRoot, 'node_modules');
  const workers = path.join(appRoot, 'dist', 'node');
  return {
    appRoot,
    seedsDir: path.join(appRoot, 'seeds'),
    dictDir: path.join(appRoot, 'electron', 'core', 'search', 'dict'),
    jiebaDictDir: path.join(modules, 'nodejieba', 'submodules', 'cppjieba', 'dict'),
    tessdataDirs: perLanguage((lang) =>
      path.join(modules, '@tesseract.js-data', lang, TESSDATA_VARIANT),
    ),
    rendererDir: path.join(appRoot, 'dist', 'renderer'),
    importWorker: path.join(workers, 'import-worker.cjs'),
    parseWorker: path.join(workers, 'parse-worker.cjs'),
    taskWorker: path.join(workers, 'task-worker.cjs'),
    defaultLibraryDir: libraryDir(env),
  };
}

/**
 * The packaged app's resources folder, or undefined when running from source. Worker threads
 * have their own copy of this module, so usePackagedResources() in main does not reach them;
 * they tell from their own location (<resources>/app.asar.unpacked/dist/node).
 */
function packagedResources(): string | undefined {
  if (packagedResourcesPath) return packagedResourcesPath;
  return /^(.*?)[\\/]app\.asar(?:\.unpacked)?(?:[\\/]|$)/.exec(moduleDir())?.[1];
}

function perLanguage(dir: (lang: OcrLanguage) => string): Record<OcrLanguage, string> {
  return Object.fromEntries(OCR_LANGUAGES.map((lang) => [lang, dir(lang)])) as Record<
    OcrLanguage,
    string
  >;
}

function libraryDir(env: NodeJS.ProcessEnv): string {
  return env.POLICYLENS_LIBRARY
    ? path.resolve(env.POLICYLENS_LIBRARY)
    : path.join(userDataDir(env), 'library');
}

/**
 * Electron's userData folder for this app, computed the way Electron does per platform, or
 * POLICYLENS_APP_DATA (tests, portable setups; the desktop app honours it too).
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.POLICYLENS_APP_DATA) return path.resolve(env.POLICYLENS_APP_DATA);
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
