import type { Row } from './row';

const INTERVAL_MS = 50;

/**
 * Peak resident memory of this process (the core: its main thread, import and parser worker
 * threads, SQLite's cache) sampled while the library figures run. The bench's own baselines run
 * in a child process, so they are not in it. OCR is reported on its own row (its pool's models).
 */
export class RssSampler {
  private peak = process.memoryUsage().rss;
  private readonly timer = setInterval(() => this.sample(), INTERVAL_MS);
  /** Peak per phase, so the row says which figure drove the process' peak. */
  private readonly phases: [string, number][] = [];

  sample(): number {
    const rss = process.memoryUsage().rss;
    this.peak = Math.max(this.peak, rss);
    const phase = this.phases.at(-1);
    if (phase) phase[1] = Math.max(phase[1], rss);
    return this.peak;
  }

  /** Starts attributing samples to `name`. */
  phase(name: string): void {
    this.phases.push([name, process.memoryUsage().rss]);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  row(docs: number): Row {
    const sampled = this.sample() / 1024 / 1024;
    // maxRSS catches a spike between two samples.
    const maxRss = process.resourceUsage().maxRSS / 1024;
    const peak = Math.max(sampled, maxRss);
    return {
      figure: `peak RSS of the core process, import + every library figure (${docs} docs)`,
      value: `${Math.round(peak)} MB`,
      baseline: `by phase: ${this.phases.map(([n, b]) => `${n} ${Math.round(b / 1024 / 1024)}`).join(', ')} MB`,
      ratio: null,
      target: '≤ 400 MB',
      pass: peak <= 400,
    };
  }
}
