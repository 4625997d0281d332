/** Runs `fn` `times` times and returns the durations in milliseconds. */
export function timeRuns(times: number, fn: () => void): number[] {
  const durations: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    fn();
    durations.push(performance.now() - started);
  }
  return durations;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}

export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}
