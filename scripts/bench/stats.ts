/** Pure statistics of the pipeline benchmark: percentiles, rates, ratios. */

export interface LatencySummary {
  readonly n: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

/** Nearest-rank percentile of an ascending array (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of no values');
  if (p <= 0) return sorted[0];
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, rank) - 1];
}

export function summarize(values: readonly number[]): LatencySummary {
  const s = [...values].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    max: s[s.length - 1],
    mean: s.reduce((a, b) => a + b, 0) / s.length,
  };
}

/** Rows per second over a span in milliseconds. */
export function rowsPerSecond(rows: number, spanMs: number): number {
  if (!(spanMs > 0)) throw new Error(`rate over a span of ${spanMs} ms`);
  return (rows * 1000) / spanMs;
}

/** pipeline / native; null when either side is missing or native is zero. */
export function ratio(pipeline: number | null | undefined, native: number | null | undefined): number | null {
  if (pipeline === null || pipeline === undefined || native === null || native === undefined || native === 0) return null;
  return pipeline / native;
}

/**
 * Latency of each key: visible (target commit) minus committed (source commit), in ms. A key
 * missing on the target is an error: the caller verifies completeness first.
 */
export function latencies(committed: ReadonlyMap<string, number>, visible: ReadonlyMap<string, number>): number[] {
  const out: number[] = [];
  for (const [key, at] of committed) {
    const seen = visible.get(key);
    if (seen === undefined) throw new Error(`row ${key} is not visible on the target`);
    out.push(seen - at);
  }
  return out;
}

/** Rows of tick `i` so that a paced writer sends exactly `rate` rows per second on average. */
export function rowsForTick(rate: number, tickMs: number, i: number): number {
  const upTo = (k: number) => Math.floor((rate * k * tickMs) / 1000);
  return upTo(i + 1) - upTo(i);
}
