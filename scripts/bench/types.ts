/** One printed row of `npm run bench`. Benchmarks report figures; they never fail on one. */
export interface BenchRow {
  section: string; // e.g. "generator", "study loop"
  name: string; // what was measured
  value: string; // the figure with its unit, e.g. "412 ms", "p95 38 ms"
  target?: string; // the target, for comparison, e.g. "< 1 s"
}

export type Bench = () => Promise<BenchRow[]>;
