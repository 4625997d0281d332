import type { OcrLanguage } from '../../../shared/domain';
import { runtimePaths } from '../runtime/paths';

/**
 * The folder holding `<lang>.traineddata.gz` of a language ("best_int": the accurate LSTM
 * models, integer-quantised for speed). Read from disk, never downloaded; where it is (the
 * installed package, or resources/tessdata in a packaged app) is runtime/paths' business.
 */
export function languageDataPath(lang: OcrLanguage): string {
  return runtimePaths().tessdataDirs[lang];
}
