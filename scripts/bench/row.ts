/** One line of the benchmark table. */
export interface Row {
  figure: string;
  value: string;
  baseline: string;
  /** How many times better than the baseline (higher is better); null when there is none. */
  ratio: number | null;
  target: string;
  pass: boolean | null;
}
