// Benchmark helpers: percentiles and a fixed-width report. Layer: test (benchmarks).

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (s: readonly number[]) => percentile(s, 50);

export const ms = (v: number) => `${v.toFixed(2)} ms`;
