/** The benchmark's result: its JSON shape and its table. Pure. */
import { formatBytes, renderTable } from '../ops/format';
import { Machine } from './machine';
import { Engine, PeakMemory } from './memory';
import { BenchOptions } from './options';
import { LatencySummary, ratio } from './stats';
import { Path } from './workload';
import type { JitWarmUp } from './run';

export type Unit = 'rows/s' | 'ms' | 'bytes';

export interface Target {
  readonly op: '>=' | '<=';
  readonly value: number;
}

export interface Measure {
  readonly key: string;
  readonly label: string;
  readonly unit: Unit;
  readonly native: number | null;
  readonly pipeline: number | null;
  /** the issue's target for the pipeline on this machine */
  readonly target?: Target;
}

/** A target's content compared with its source after a run: count and checksum of the carried columns. */
export interface ContentCheck {
  readonly phase: string;
  readonly path: Path;
  readonly flow: string;
  readonly rows: number;
  readonly source: { readonly n: number; readonly sum: string };
  readonly target: { readonly n: number; readonly sum: string };
  readonly ok: boolean;
}

export interface PhaseLoad {
  readonly phase: string;
  readonly path: Path;
  /** load averages (1, 5, 15 min) when the path's run started */
  readonly load: readonly number[];
}

export interface BenchResult {
  readonly startedAt: string;
  readonly durationSeconds: number;
  readonly options: Omit<BenchOptions, 'help'>;
  readonly machine: Machine;
  readonly loads: readonly PhaseLoad[];
  readonly measures: readonly Measure[];
  readonly latency: ReadonlyArray<{ readonly rate: number; readonly path: Path; readonly summary: LatencySummary }>;
  readonly memory: Partial<Record<Path, PeakMemory>>;
  readonly checks: readonly ContentCheck[];
  /** settings of the deployed connectors that the tuning chose (as read back from Connect) */
  readonly settings: Record<string, Record<string, string>>;
  /** per throughput phase: the warm-up rounds before it, until the JVMs' JIT compilers were quiet */
  readonly jit?: Record<string, JitWarmUp>;
}

export const ENGINE_LABELS: Record<Engine, string> = {
  'pg-warehouse': 'PostgreSQL warehouse',
  'pg-citizen': 'PostgreSQL citizen',
  kafka: 'Kafka broker',
  connect: 'Kafka Connect',
};

export function formatValue(v: number | null, unit: Unit): string {
  if (v === null || Number.isNaN(v)) return '-';
  if (unit === 'bytes') return formatBytes(v);
  if (unit === 'ms') return v < 10 ? `${v.toFixed(1)} ms` : `${Math.round(v).toLocaleString('en-US')} ms`;
  return Math.round(v).toLocaleString('en-US');
}

export function formatRatio(r: number | null): string {
  if (r === null) return '-';
  return r >= 10 ? `${Math.round(r)}×` : r >= 0.1 ? `${r.toFixed(2)}×` : `${r.toFixed(3)}×`;
}

export function targetMet(m: Measure): boolean | undefined {
  if (!m.target || m.pipeline === null) return undefined;
  return m.target.op === '>=' ? m.pipeline >= m.target.value : m.pipeline <= m.target.value;
}

function formatTarget(m: Measure): string {
  if (!m.target) return '';
  const met = targetMet(m);
  return `${m.target.op === '>=' ? '≥' : '≤'} ${formatValue(m.target.value, m.unit)}${met === undefined ? '' : met ? ' met' : ' NOT met'}`;
}

/** The human report: machine, load, one row per measure (native, pipeline, ratio, target), checks. */
export function renderReport(r: BenchResult, jsonPath?: string): string {
  const m = r.machine;
  const rows = r.measures.map((x) => [x.label, formatValue(x.native, x.unit), formatValue(x.pipeline, x.unit), formatRatio(ratio(x.pipeline, x.native)), formatTarget(x)]);
  const bad = r.checks.filter((c) => !c.ok);
  const loadValues = r.loads.map((l) => l.load[0]);
  const lines = [
    `SMART CDC pipeline benchmark${r.options.quick ? ' (--quick)' : ''}: ${r.startedAt}, ${Math.round(r.durationSeconds)} s`,
    `machine: ${m.cpu}, ${m.cores} cores, ${formatBytes(m.memoryBytes)} RAM, Linux ${m.kernel}, Node ${m.node}, ${m.java}`,
    `engines: ${m.postgres}; Kafka ${m.kafka}; ${Object.entries(m.plugins).map(([k, v]) => `${k} ${v}`).join(', ')}; heaps ${Object.entries(m.heaps).map(([k, v]) => `${k} ${v.join(' ')}`).join(', ')}`,
    `load average (1 min) at each run: min ${Math.min(...loadValues).toFixed(2)}, max ${Math.max(...loadValues).toFixed(2)} (${r.loads.length} runs; native and pipeline back to back, so their ratio shares the load)`,
    `workload: after a warm-up of ${r.options.warmupRows.toLocaleString('en-US')} rows, ${r.options.rows.toLocaleString('en-US')} rows per direction in ${r.options.txnRows}-row transactions; latency at ${r.options.rates.join(', ')} rows/s for ${r.options.rateSeconds} s each; initial load of ${r.options.snapshotRows.toLocaleString('en-US')} rows`,
    '',
    renderTable(['MEASURE', 'NATIVE', 'PIPELINE', 'PIPELINE/NATIVE', 'TARGET'], rows),
    '',
    bad.length
      ? `content checks: ${bad.length} of ${r.checks.length} FAILED: ${bad.map((c) => `${c.phase} ${c.path} ${c.flow}: source ${c.source.n} rows, target ${c.target.n}${c.source.n === c.target.n ? ' (checksums differ)' : ''}`).join('; ')}`
      : `content checks: all ${r.checks.length} targets match their sources (row count and checksum of the carried columns)`,
    ...(jsonPath ? [`JSON: ${jsonPath}`] : []),
  ];
  return lines.join('\n');
}

/** Memory measures: each engine's peak, then the sum of all engines at their busiest instant. */
export function memoryMeasures(mem: Partial<Record<Path, PeakMemory>>, engines: readonly Engine[], nativeEngines: readonly Engine[], limit: number): Measure[] {
  const n = mem.native;
  const p = mem.pipeline;
  return [
    ...engines.map((e) => ({
      key: `memory.${e}`,
      label: `peak memory, ${ENGINE_LABELS[e]}`,
      unit: 'bytes' as const,
      native: n && nativeEngines.includes(e) ? n.engines[e] : null,
      pipeline: p ? p.engines[e] : null,
    })),
    { key: 'memory.total', label: 'peak memory, all engines', unit: 'bytes', native: n?.total ?? null, pipeline: p?.total ?? null, target: { op: '<=', value: limit } },
  ];
}
