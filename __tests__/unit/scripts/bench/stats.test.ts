import { latencies, percentile, ratio, rowsForTick, rowsPerSecond, summarize } from '../../../../scripts/bench/stats';

describe('bench statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const s = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(s, 50)).toBe(50);
    expect(percentile(s, 95)).toBe(95);
    expect(percentile(s, 99)).toBe(99);
    expect(percentile(s, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(() => percentile([], 50)).toThrow('percentile of no values');
  });

  it('summarizes unsorted latencies without reordering the input', () => {
    const input = [30, 10, 20, 40];
    expect(summarize(input)).toEqual({ n: 4, p50: 20, p95: 40, p99: 40, max: 40, mean: 25 });
    expect(input).toEqual([30, 10, 20, 40]);
  });

  it('pairs each committed row with its visible time, and refuses a row that never arrived', () => {
    const committed = new Map([['a', 1000], ['b', 1010]]);
    expect(latencies(committed, new Map([['a', 1050], ['b', 1200]]))).toEqual([50, 190]);
    expect(() => latencies(committed, new Map([['a', 1050]]))).toThrow('row b is not visible on the target');
  });

  it('computes rates and ratios, and says when there is none', () => {
    expect(rowsPerSecond(200_000, 8_000)).toBe(25_000);
    expect(() => rowsPerSecond(1, 0)).toThrow();
    expect(ratio(7_900, 112_000)).toBeCloseTo(0.0705, 4);
    expect(ratio(null, 5)).toBeNull();
    expect(ratio(5, 0)).toBeNull();
  });

  it('paces exactly `rate` rows per second whatever the tick', () => {
    const sum = (rate: number, tickMs: number, ticks: number) => Array.from({ length: ticks }, (_, i) => rowsForTick(rate, tickMs, i)).reduce((a, b) => a + b, 0);
    expect(sum(1_000, 20, 50)).toBe(1_000);
    expect(sum(200, 20, 50)).toBe(200);
    expect(sum(333, 20, 150)).toBe(999);
    expect(rowsForTick(5_000, 20, 0)).toBe(100);
  });
});
