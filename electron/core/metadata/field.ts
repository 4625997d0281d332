/** A detected metadata value with how sure the detector is and the snippet that shows it. */
export interface DetectedField<T> {
  value: T | null;
  /** 0..1 */
  confidence: number;
  /** The snippet it came from. */
  evidence: string | null;
}

/** Nothing detected. */
export function emptyField<T>(): DetectedField<T> {
  return { value: null, confidence: 0, evidence: null };
}
