import type { OcrLanguageChoice } from '../../../../../shared/domain';

export type OcrLevel = 'good' | 'fair' | 'poor';

/** OCR confidence (0–100) in three steps: worth trusting, worth a look, worth proofreading. */
export function ocrLevel(confidence: number): OcrLevel {
  if (confidence >= 85) return 'good';
  if (confidence >= 70) return 'fair';
  return 'poor';
}

/** antd Tag colours for the three steps. */
export const OCR_LEVEL_COLOR: Record<OcrLevel, string> = {
  good: 'success',
  fair: 'gold',
  poor: 'error',
};

export function ocrPercent(confidence: number): number {
  return Math.round(Math.min(100, Math.max(0, confidence)));
}

/** Words below this confidence are marked for proofreading (a researcher's choice, kept). */
export const THRESHOLDS = [60, 70, 80, 90] as const;
export const DEFAULT_THRESHOLD = 70;
const THRESHOLD_KEY = 'policylens.ocrThreshold';

export function storedThreshold(): number {
  try {
    const value = Number(localStorage.getItem(THRESHOLD_KEY));
    return (THRESHOLDS as readonly number[]).includes(value) ? value : DEFAULT_THRESHOLD;
  } catch {
    return DEFAULT_THRESHOLD;
  }
}

export function storeThreshold(value: number): void {
  try {
    localStorage.setItem(THRESHOLD_KEY, String(value));
  } catch {
    // Storage may be disabled; the choice then lasts as long as the view.
  }
}

export const LANGUAGE_CHOICES: readonly OcrLanguageChoice[] = ['auto', 'chi_sim', 'chi_tra', 'eng'];
