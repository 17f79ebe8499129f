/** One measured figure, as `npm run bench` prints it and writes it to .bench/results.json. */
export interface Metric {
  metric: string;
  value: number;
  unit: string;
  /** What was measured and against what, one line. */
  note?: string;
}

/** Median of `samples` (which it sorts in place). */
export function median(samples: number[]): number {
  samples.sort((a, b) => a - b);
  const mid = samples.length >> 1;
  return samples.length % 2 ? (samples[mid] ?? 0) : ((samples[mid - 1] ?? 0) + (samples[mid] ?? 0)) / 2;
}

/** Runs `fn` `runs` times after `warmup` untimed runs and returns each run's milliseconds. */
export function timeRuns(fn: () => void, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    out.push(performance.now() - start);
  }
  return out;
}

/** Rounds to `digits` decimals for display and storage. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
