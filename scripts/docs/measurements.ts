/**
 * Figures in the documents come from files the benchmarks and the test runs write, never from the
 * prose: `npm run docs:record` copies the latest results out of build/ into docs/measurements/*.json
 * (committed), and the generator renders them, each with its date, commit and machine.
 *
 *   build/test-reports/healing.jsonl   (e2e and outage suites: recordHealing)  → docs/measurements/healing.json
 *   build/bench/pipeline-*.json        (npm run bench:pipeline)                → docs/measurements/bench-pipeline.json
 *   build/bench/synth.json             (npm run bench)                         → docs/measurements/bench-synth.json
 *   build/bench/status.json            (npm run bench:status)                  → docs/measurements/bench-status.json
 *
 *   npm run docs:record [-- --from <checkout>]   (the checkout whose build/ holds the results; default this one)
 *
 * A figure with no recorded file is not shown: the documents say which command measures it.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { cpus, totalmem } from 'os';
import { join } from 'path';
import type { BenchResult } from '../bench/report';
import { formatRatio, formatValue, targetMet } from '../bench/report';
import { ratio } from '../bench/stats';
import { code, table } from './render';

export const MEASUREMENTS = 'docs/measurements';

/** A command the documents name, marked as not run by the examples test, with the reason (see __tests__/support/doc-examples.ts). */
const notRun = (command: string, why: string) => `\`${command}\`<!-- not run here: ${why} -->`;
const RECORD = notRun('npm run docs:record', "writes docs/measurements/ from this machine's build/");
const MEASURED_BY: Record<string, string> = {
  'npm run test:e2e': notRun('npm run test:e2e', 'runs every e2e suite, this one among them'),
  'npm run test:outages': notRun('npm run test:outages', 'holds engines down for ten minutes each'),
  'npm run bench': notRun('npm run bench', 'a benchmark: five synths on a quiet machine'),
  'npm run bench:status': notRun('npm run bench:status', 'a benchmark: five runs of status'),
  'npm run bench:pipeline': notRun('npm run bench:pipeline', 'a benchmark of 12 minutes or more that empties the tables of flows 2 and 5'),
};

export interface HostMachine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryBytes: number;
}

export interface HealingRow {
  readonly fault: string;
  readonly rows: number;
  readonly secondsToRecover: number;
  readonly manualSteps: number;
  /** when the test recorded it (ISO) */
  readonly at: string;
  readonly machine?: HostMachine;
}

export interface HealingFile {
  readonly source: string;
  /** the commit the run tested */
  readonly commit: string;
  /** the machine the run's rows name, or the one that recorded them (the run's build/ is local to it) */
  readonly machine: HostMachine;
  readonly faults: readonly HealingRow[];
}

/** What bench-synth.sh and bench-status.sh write. */
export interface TimingFile {
  readonly command: string;
  readonly startedAt: string;
  readonly runs: readonly number[];
  readonly medianSeconds: number;
  /** 1-minute load average before and after the runs */
  readonly load: readonly number[];
  readonly machine: HostMachine;
  readonly commit?: string;
}

export const hostMachine = (): HostMachine => ({ cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryBytes: totalmem() });

const gib = (b: number) => `${(b / 1024 ** 3).toFixed(1)} GiB`;
export const describeHost = (m: HostMachine) => `${m.cpu}, ${m.cores} cores, ${gib(m.memoryBytes)}`;
const utc = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
const secs = (n: number) => n.toFixed(1);

// ---- reading ---------------------------------------------------------------------------------------

function readJson<T>(root: string, name: string): T | undefined {
  const f = join(root, MEASUREMENTS, name);
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as T) : undefined;
}

export interface Measurements {
  readonly healing?: HealingFile;
  readonly pipeline?: BenchResult;
  readonly synth?: TimingFile;
  readonly status?: TimingFile;
}

export function loadMeasurements(root: string): Measurements {
  return {
    healing: readJson<HealingFile>(root, 'healing.json'),
    pipeline: readJson<BenchResult>(root, 'bench-pipeline.json'),
    synth: readJson<TimingFile>(root, 'bench-synth.json'),
    status: readJson<TimingFile>(root, 'bench-status.json'),
  };
}

// ---- rendering ---------------------------------------------------------------------------------------

/** Faults the outage suite (npm run test:outages) records: an engine held down for SMART_CDC_OUTAGE_SECONDS. */
export const isOutage = (fault: string) => /^(Kafka|Kafka Connect|both databases) down \d+(\.\d+)? s$/.test(fault);

export function healingTable(m: Measurements, kind: 'faults' | 'outages'): string {
  const rows = (m.healing?.faults ?? []).filter((r) => isOutage(r.fault) === (kind === 'outages'));
  const command = MEASURED_BY[kind === 'outages' ? 'npm run test:outages' : 'npm run test:e2e'];
  if (!m.healing || !rows.length) return `_No run recorded: ${command} (with the runtime up), then ${RECORD}._`;
  const at = rows.map((r) => r.at).sort();
  const machine = rows.find((r) => r.machine)?.machine ?? m.healing.machine;
  return [
    `Run of ${utc(at[0])}–${at[at.length - 1].slice(11, 16)} UTC, commit ${code(m.healing.commit)}, on ${describeHost(machine)} ` +
      `(\`${m.healing.source}\`, recorded in \`${MEASUREMENTS}/healing.json\` by ${RECORD}):`,
    '',
    table(['fault', 'rows', 'seconds to recover', 'manual steps'], rows.map((r) => [r.fault, r.rows, secs(r.secondsToRecover), r.manualSteps])),
  ].join('\n');
}

export function timingLine(t: TimingFile | undefined, command: string): string {
  if (!t) return `_No run recorded: ${MEASURED_BY[command]}, then ${RECORD}._`;
  const runs = [...t.runs].sort((a, b) => a - b);
  return (
    `\`${t.command}\`: median of ${runs.length} runs **${t.medianSeconds.toFixed(2)} s** (runs ${runs[0].toFixed(2)}–${runs[runs.length - 1].toFixed(2)} s), ` +
    `${utc(t.startedAt)}${t.commit ? `, commit ${code(t.commit)}` : ''}, on ${describeHost(t.machine)}, load average ${t.load.map((l) => l.toFixed(1)).join('–')}.`
  );
}

/** The benchmark's measures as a Markdown table, with the run's date, machine and load. */
export function pipelineRun(m: Measurements): string {
  const r = m.pipeline;
  if (!r) return `_No run recorded: ${MEASURED_BY['npm run bench:pipeline']} (the \`local\` environment deployed), then ${RECORD}._`;
  const loads = r.loads.map((l) => l.load[0]);
  const target = (x: BenchResult['measures'][number]) => {
    if (!x.target) return '';
    const met = targetMet(x);
    return `${x.target.op === '>=' ? '≥' : '≤'} ${formatValue(x.target.value, x.unit)}${met === undefined ? '' : met ? ' met' : ' **not met**'}`;
  };
  const bad = r.checks.filter((c) => !c.ok).length;
  return [
    `Run of ${utc(r.startedAt)} (${MEASURED_BY['npm run bench:pipeline']}${r.options.quick ? ' with --quick' : ''}, ${Math.round(r.durationSeconds / 60)} min; recorded in \`${MEASUREMENTS}/bench-pipeline.json\`), ` +
      `load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; ${describeHost(r.machine)}; ${r.machine.postgres}, Kafka ${r.machine.kafka}. ` +
      'Native and pipeline ran back to back in each row.',
    '',
    table(
      ['measure', 'native', 'pipeline', 'pipeline/native', 'target'],
      r.measures.map((x) => [x.label.trim(), formatValue(x.native, x.unit), formatValue(x.pipeline, x.unit), formatRatio(ratio(x.pipeline, x.native)), target(x)]),
    ),
    '',
    `Content checks: ${r.checks.length - bad} of ${r.checks.length} targets matched their sources (row count and checksum).`,
  ].join('\n');
}

// ---- recording -------------------------------------------------------------------------------------------

function commitOf(root: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** The newest row of each fault (the suites append one row per run). */
export function latestPerFault(rows: readonly HealingRow[]): HealingRow[] {
  const latest = new Map<string, HealingRow>();
  for (const r of rows) if (!latest.has(r.fault) || latest.get(r.fault)!.at < r.at) latest.set(r.fault, r);
  return [...latest.values()].sort((a, b) => a.at.localeCompare(b.at));
}

/** Copies the results under `from`/build into `root`/docs/measurements; returns the files written. */
export function record(from: string, root: string): string[] {
  const written: string[] = [];
  const put = (name: string, value: unknown) => {
    mkdirSync(join(root, MEASUREMENTS), { recursive: true });
    writeFileSync(join(root, MEASUREMENTS, name), `${JSON.stringify(value, null, 2)}\n`);
    written.push(`${MEASUREMENTS}/${name}`);
  };
  const healing = join(from, 'build', 'test-reports', 'healing.jsonl');
  if (existsSync(healing)) {
    const rows = readFileSync(healing, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as HealingRow);
    const file: HealingFile = { source: 'build/test-reports/healing.jsonl', commit: commitOf(from), machine: hostMachine(), faults: latestPerFault(rows) };
    put('healing.json', file);
  }
  const bench = join(from, 'build', 'bench');
  if (existsSync(bench)) {
    const runs = readdirSync(bench).filter((f) => /^pipeline-.*\.json$/.test(f)).sort();
    if (runs.length) put('bench-pipeline.json', JSON.parse(readFileSync(join(bench, runs[runs.length - 1]), 'utf8')));
    for (const [src, dst] of [['synth.json', 'bench-synth.json'], ['status.json', 'bench-status.json']])
      if (existsSync(join(bench, src))) put(dst, { ...JSON.parse(readFileSync(join(bench, src), 'utf8')), commit: commitOf(from) });
  }
  return written;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--from');
  const root = join(__dirname, '..', '..');
  const from = i >= 0 ? args[i + 1] : root;
  if (!from || args.some((a, j) => a !== '--from' && j !== i + 1)) {
    console.error('usage: measurements.ts [--from <checkout>]');
    process.exit(2);
  }
  const files = record(from, root);
  console.log(files.length ? `recorded: ${files.join(', ')}; now run \`npm run docs\`` : `nothing to record under ${join(from, 'build')}`);
}
