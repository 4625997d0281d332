export type ConfidenceLevel = 'high' | 'medium' | 'low';

/** Detection confidence (0..1) in three words a reader can weigh at a glance. */
export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence >= 0.8) return 'high';
  if (confidence >= 0.5) return 'medium';
  return 'low';
}

export function confidencePercent(confidence: number): number {
  return Math.round(Math.min(1, Math.max(0, confidence)) * 100);
}
