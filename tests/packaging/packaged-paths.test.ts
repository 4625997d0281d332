import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OCR_LANGUAGES } from '../../shared/domain';
import {
  resetPackagedResources,
  runtimePaths,
  usePackagedResources,
} from '../../electron/core/runtime/paths';
import { filesMatching, readBuilderConfig, repoRoot } from './builder-config';

/**
 * The packaged app finds every file it needs: a resources folder is laid out the way
 * electron-builder.yml says (app.asar as a plain folder, app.asar.unpacked, extraResources), and
 * runtime/paths, told it is packaged, must point at files that exist there.
 */
const config = readBuilderConfig();
let resources: string;

beforeAll(() => {
  resources = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'policylens-packaged-')),
    'resources',
  );
  const asar = path.join(resources, 'app.asar');
  fs.mkdirSync(asar, { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'package.json'), path.join(asar, 'package.json'));
  fs.symlinkSync(path.join(repoRoot, 'dist'), path.join(asar, 'dist'), 'junction');
  for (const pattern of config.asarUnpack.filter((p) => p.startsWith('dist/'))) {
    for (const file of filesMatching(pattern)) copy(file, path.join(`${asar}.unpacked`, file));
  }
  for (const resource of config.extraResources) {
    for (const file of filesMatching(resource.from, resource.filter)) {
      copy(file, path.join(resources, resource.to, path.relative(resource.from, file)));
    }
  }
  usePackagedResources(resources);
});

afterAll(() => {
  resetPackagedResources();
  fs.rmSync(path.dirname(resources), { recursive: true, force: true });
});

describe('a packaged app', () => {
  it('starts its worker threads from outside the asar archive', () => {
    const paths = runtimePaths();
    for (const worker of [paths.importWorker, paths.parseWorker, paths.taskWorker]) {
      expect(worker.startsWith(path.join(resources, 'app.asar.unpacked')), worker).toBe(true);
      expect(fs.existsSync(worker), worker).toBe(true);
    }
  });

  it('shows the built interface', () => {
    expect(fs.existsSync(path.join(runtimePaths().rendererDir, 'index.html'))).toBe(true);
  });

  it('reads OCR language data for every language from resources/', () => {
    const { tessdataDirs } = runtimePaths();
    for (const lang of OCR_LANGUAGES) {
      const data = path.join(tessdataDirs[lang], `${lang}.traineddata.gz`);
      expect(data.startsWith(resources), data).toBe(true);
      expect(fs.statSync(data).size, data).toBeGreaterThan(1_000_000);
    }
  });

  it('has jieba and policy dictionaries as plain files', () => {
    const paths = runtimePaths();
    for (const name of ['jieba.dict.utf8', 'hmm_model.utf8', 'idf.utf8', 'stop_words.utf8']) {
      expect(fs.existsSync(path.join(paths.jiebaDictDir, name)), name).toBe(true);
    }
    for (const name of ['policy-terms.txt', 'stopwords.txt']) {
      expect(fs.existsSync(path.join(paths.dictDir, name)), name).toBe(true);
    }
    expect(paths.jiebaDictDir.startsWith(resources)).toBe(true);
  });

  it('ships the sample documents', () => {
    const seeds = fs.readdirSync(runtimePaths().seedsDir).filter((f) => f.endsWith('.txt'));
    expect(seeds.length).toBeGreaterThan(0);
  });
});

describe('from source', () => {
  it('reads the same kinds of data from the installed packages', () => {
    resetPackagedResources();
    try {
      const paths = runtimePaths();
      expect(paths.appRoot).toBe(repoRoot);
      for (const lang of OCR_LANGUAGES) {
        expect(fs.existsSync(path.join(paths.tessdataDirs[lang], `${lang}.traineddata.gz`))).toBe(
          true,
        );
      }
      expect(fs.existsSync(path.join(paths.jiebaDictDir, 'jieba.dict.utf8'))).toBe(true);
    } finally {
      usePackagedResources(resources);
    }
  });
});

function copy(relativeFrom: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(path.join(repoRoot, relativeFrom), to);
}
