import { createRequire } from 'node:module';
import path from 'node:path';
import type { OcrLanguage } from '../../../shared/domain';

const PACKAGES: Record<OcrLanguage, string> = {
  chi_sim: '@tesseract.js-data/chi_sim',
  chi_tra: '@tesseract.js-data/chi_tra',
  eng: '@tesseract.js-data/eng',
};

/**
 * The folder holding `<lang>.traineddata.gz` of a language package ("best_int": the accurate
 * LSTM models, integer-quantised for speed). Read from disk, never downloaded; inside a packaged
 * app the packages are unpacked from the asar archive so tesseract's threads can read them.
 */
export function languageDataPath(lang: OcrLanguage): string {
  const manifest = createRequire(__filename).resolve(`${PACKAGES[lang]}/package.json`);
  return unpacked(path.join(path.dirname(manifest), '4.0.0_best_int'));
}

function unpacked(file: string): string {
  return file.replace(`${path.sep}app.asar${path.sep}`, `${path.sep}app.asar.unpacked${path.sep}`);
}
