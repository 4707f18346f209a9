import { BenchResult, formatRatio, formatValue, Measure, memoryMeasures, renderReport, targetMet } from '../../../../scripts/bench/report';
import { parseBenchArgs, QUICK } from '../../../../scripts/bench/options';

const measure = (m: Partial<Measure>): Measure => ({ key: 'k', label: 'l', unit: 'rows/s', native: 100, pipeline: 10, ...m });

function result(measures: Measure[], checksOk = true): BenchResult {
  return {
    startedAt: '2026-11-30T00:00:00.000Z',
    durationSeconds: 321.4,
    options: { ...parseBenchArgs([]), help: undefined } as unknown as BenchResult['options'],
    machine: { cpu: 'AMD EPYC', cores: 2, memoryBytes: 24 * 1024 ** 3, kernel: '6.1', node: 'v20', java: 'openjdk 17', postgres: 'PostgreSQL 15.18', kafka: '4.3.0', plugins: { 'Debezium PostgreSQL': '3.6.1.Final' }, heaps: { connect: ['-Xmx768m'] } },
    loads: [{ phase: 'throughput.one-flow', path: 'native', load: [3.5, 2, 1] }, { phase: 'throughput.one-flow', path: 'pipeline', load: [4.25, 2, 1] }],
    measures,
    latency: [],
    memory: {},
    checks: [
      { phase: 'throughput.one-flow', path: 'native', flow: 'recommendation', rows: 10, source: { n: 10, sum: '5' }, target: { n: 10, sum: '5' }, ok: true },
      { phase: 'throughput.one-flow', path: 'pipeline', flow: 'recommendation', rows: 10, source: { n: 10, sum: '5' }, target: { n: checksOk ? 10 : 9, sum: checksOk ? '5' : '4' }, ok: checksOk },
    ],
    settings: {},
  };
}

describe('bench report', () => {
  it('formats each unit', () => {
    expect(formatValue(112_345.6, 'rows/s')).toBe('112,346');
    expect(formatValue(3.84, 'ms')).toBe('3.8 ms');
    expect(formatValue(1234.4, 'ms')).toBe('1,234 ms');
    expect(formatValue(3 * 1024 ** 3, 'bytes')).toBe('3.0 GiB');
    expect(formatValue(null, 'ms')).toBe('-');
    expect(formatRatio(0.0712)).toBe('0.071×');
    expect(formatRatio(0.5)).toBe('0.50×');
    expect(formatRatio(21.2)).toBe('21×');
    expect(formatRatio(null)).toBe('-');
  });

  it('judges targets in their direction, only on the pipeline figure', () => {
    expect(targetMet(measure({ pipeline: 25_000, target: { op: '>=', value: 25_000 } }))).toBe(true);
    expect(targetMet(measure({ pipeline: 24_999, target: { op: '>=', value: 25_000 } }))).toBe(false);
    expect(targetMet(measure({ unit: 'ms', pipeline: 201, target: { op: '<=', value: 200 } }))).toBe(false);
    expect(targetMet(measure({ pipeline: null, target: { op: '<=', value: 200 } }))).toBeUndefined();
    expect(targetMet(measure({}))).toBeUndefined();
  });

  it('renders the machine, the load, one row per measure with its ratio and target, and the checks', () => {
    const text = renderReport(result([measure({ label: 'throughput, one flow (rows/s)', native: 112_000, pipeline: 7_900, target: { op: '>=', value: 25_000 } })]), 'build/bench/x.json');
    expect(text).toContain('machine: AMD EPYC, 2 cores, 24.0 GiB RAM');
    expect(text).toContain('load average (1 min) at each run: min 3.50, max 4.25 (2 runs');
    const row = text.split('\n').find((l) => l.includes('throughput, one flow'));
    expect(row?.split(/\s{2,}/).filter(Boolean)).toEqual(['throughput, one flow (rows/s)', '112,000', '7,900', '0.071×', '≥ 25,000 NOT met']);
    expect(text).toContain('content checks: all 2 targets match their sources');
    expect(text).toContain('JSON: build/bench/x.json');
  });

  it('names every failed content check', () => {
    const text = renderReport(result([measure({})], false));
    expect(text).toContain('content checks: 1 of 2 FAILED: throughput.one-flow pipeline recommendation: source 10 rows, target 9');
  });

  it('counts only PostgreSQL for native memory, every engine for the pipeline, and sets the limit on the total', () => {
    const engines = { 'pg-warehouse': 10, 'pg-citizen': 20, kafka: 300, connect: 500 };
    const ms = memoryMeasures({ native: { samples: 3, engines, total: 30 }, pipeline: { samples: 3, engines, total: 800 } }, ['pg-warehouse', 'pg-citizen', 'kafka', 'connect'], ['pg-warehouse', 'pg-citizen'], 3 * 1024 ** 3);
    expect(ms.map((m) => [m.key, m.native, m.pipeline])).toEqual([
      ['memory.pg-warehouse', 10, 10],
      ['memory.pg-citizen', 20, 20],
      ['memory.kafka', null, 300],
      ['memory.connect', null, 500],
      ['memory.total', 30, 800],
    ]);
    expect(ms[4].target).toEqual({ op: '<=', value: 3 * 1024 ** 3 });
  });
});

describe('bench command line', () => {
  it('has full defaults and a quick mode that other flags still override', () => {
    expect(parseBenchArgs([])).toMatchObject({ rows: 200_000, snapshotRows: 1_000_000, rates: [200, 1_000, 5_000], quick: false });
    expect(parseBenchArgs(['--quick'])).toMatchObject({ rows: QUICK.rows, snapshotRows: QUICK.snapshotRows, quick: true });
    expect(parseBenchArgs(['--rows', '5000', '--quick'])).toMatchObject({ rows: 5_000, quick: true });
    expect(parseBenchArgs(['--only', 'latency,snapshot', '--rates', '100,300']).phases).toEqual(['snapshot', 'latency']);
    expect(parseBenchArgs([]).jitRounds).toBe(12);
    expect(parseBenchArgs(['--quick']).jitRounds).toBe(0);
    expect(parseBenchArgs(['--jit-rounds', '0']).jitRounds).toBe(0);
  });

  it('rejects bad input with one line naming the flag', () => {
    expect(() => parseBenchArgs(['--rows', 'many'])).toThrow("--rows needs a whole number ≥ 1, not 'many'");
    expect(() => parseBenchArgs(['--only', 'speed'])).toThrow("--only: unknown phase 'speed'");
    expect(() => parseBenchArgs(['--rates'])).toThrow('--rates needs a value');
    expect(() => parseBenchArgs(['--fast'])).toThrow("unknown argument '--fast'");
    expect(() => parseBenchArgs(['--jit-rounds', 'all'])).toThrow("--jit-rounds needs a whole number ≥ 0, not 'all'");
    expect(() => parseBenchArgs(['--rows', '10', '--txn-rows', '100'])).toThrow('--txn-rows (100) exceeds --rows (10)');
  });
});
