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

export function printTable(rows: readonly Row[]): void {
  console.table(
    rows.map((r) => ({
      figure: r.figure,
      value: r.value,
      baseline: r.baseline,
      ratio: r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
      target: r.target,
      result: r.pass === null ? '—' : r.pass ? 'PASS' : 'FAIL',
    })),
  );
}
