/** Timing helpers shared by the benchmarks. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` `runs` times after a warm-up and returns the median in milliseconds. */
export function timeIt(fn: () => unknown, runs: number, warmup = Math.min(5, runs)): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

/** Alternates the two sides so machine noise hits both alike; returns both medians. */
export function compare(subject: () => unknown, baseline: () => unknown, runs: number): { subject: number; baseline: number } {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(timeIt(subject, 1, i === 0 ? 3 : 0));
    b.push(timeIt(baseline, 1, i === 0 ? 3 : 0));
  }
  return { subject: median(a), baseline: median(b) };
}

export function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}
