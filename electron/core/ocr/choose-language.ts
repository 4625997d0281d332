import type { OcrLanguage } from '../../../shared/domain';
import { simplifiedChar } from '../text/to-simplified';
import type { OcrPool, RecognizedPage } from './ocr-pool';

/**
 * Simplified or traditional? The first page is read with both models and the reading with the
 * higher confidence wins; when they are close, the share of traditional-only characters in the
 * traditional reading decides.
 */
export async function chooseLanguage(
  pool: OcrPool,
  png: Buffer,
): Promise<{ lang: OcrLanguage; result: RecognizedPage }> {
  const [simplified, traditional] = await Promise.all([
    pool.recognize(png, 'chi_sim'),
    pool.recognize(png, 'chi_tra'),
  ]);
  const margin = traditional.confidence - simplified.confidence;
  if (Math.abs(margin) >= 2) {
    return margin > 0
      ? { lang: 'chi_tra', result: traditional }
      : { lang: 'chi_sim', result: simplified };
  }
  return traditionalShare(traditional.text) > 0.05
    ? { lang: 'chi_tra', result: traditional }
    : { lang: 'chi_sim', result: simplified };
}

function traditionalShare(text: string): number {
  let han = 0;
  let traditional = 0;
  for (const char of text) {
    if (!/\p{Script=Han}/u.test(char)) continue;
    han++;
    if (simplifiedChar(char) !== char) traditional++;
  }
  return han === 0 ? 0 : traditional / han;
}
