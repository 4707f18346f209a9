/**
 * `npm run bench:pipeline`: the SMART CDC pipeline beside PostgreSQL native logical replication,
 * on the deployed `local` environment, in one run. See README ("Speed") and the strategy doc
 * ("Throughput and latency").
 *
 * The benchmark owns the tables of the flows it drives: it empties them (source and target) at the
 * start. Native replication runs in a scratch database (`smart_cdc_bench`) on each cluster, which is
 * dropped at the end with its subscriptions and slots.
 */
import { ALLOW_TRUNCATE } from '../../constructs/database/sql';
import { randomBytes } from 'crypto';
import { mkdirSync, writeFileSync } from 'fs';
import { dirname, join, relative } from 'path';
import { DatabaseId, FlowDef } from '../../catalogue/model';
import { loadContext, OpsContext } from '../ops/context';
import { describeError, OpsError, UsageError } from '../ops/errors';
import { loadNow, describeMachine } from './machine';
import { Engine, ENGINES, MemorySampler, NATIVE_ENGINES } from './memory';
import { flowDatabases, prepareNative, subscribe, subscriptionReady, teardownNative } from './native';
import { BenchOptions, parseBenchArgs, USAGE } from './options';
import { PipelineControl } from './pipeline';
import { BenchResult, ENGINE_LABELS, Measure, memoryMeasures, renderReport } from './report';
import { CpuPerRows, JitWarmUp, RunContext, latency, settleJit, snapshot, throughput, warmUp } from './run';
import { Sessions } from './sessions';
import { LatencySummary } from './stats';
import { IdRange, nativeRoute, Path, pipelineRoute, Route } from './workload';

const ROOT = join(__dirname, '..', '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The issue's workload: ml.recommendation (flow 2, warehouse → citizen), bulk inserts of 1,000 rows
 * per transaction; the reverse direction is the citizens' responses on portal.recommendation
 * (flow 5, citizen → warehouse): the same row shape, through a row filter.
 */
const FORWARD_FLOW = 'recommendation';
const BACKWARD_FLOW = 'recommendation_feedback';

/** rows per direction in each warm-up round before a throughput phase, and the share of CPU below which the JIT counts as quiet */
const JIT_ROUND_ROWS = 100_000;
const JIT_QUIET = 0.05;

/**
 * The targets of the pipeline on a 2-core machine (issue 19): one flow at a fifth of native
 * replication's throughput in the same run, p99 at 1,000 rows/s, the initial load of a
 * 1,000,000-row table, the peak memory of every engine together.
 */
const TARGETS = {
  throughputOfNative: 0.2,
  p99At1000: 100,
  snapshot: 50_000,
  memory: 2 * 1024 ** 3,
};

const log = (line: string) => process.stderr.write(`${line}\n`);

/** CPU per 1,000 rows of each engine and of all: which engine the time goes to (native needs PostgreSQL only). */
function cpuMeasures(key: string, native: CpuPerRows, pipeline: CpuPerRows): Measure[] {
  const sum = (c: CpuPerRows, es: readonly Engine[]) => es.reduce((n, e) => n + c[e], 0);
  return [
    ...ENGINES.map((e) => ({ key: `${key}.cpu.${e}`, label: `  CPU per 1,000 rows, ${ENGINE_LABELS[e]}`, unit: 'ms' as const, native: NATIVE_ENGINES.includes(e) ? native[e] : null, pipeline: pipeline[e] })),
    { key: `${key}.cpu.total`, label: '  CPU per 1,000 rows, all engines', unit: 'ms', native: sum(native, NATIVE_ENGINES), pipeline: sum(pipeline, ENGINES) },
  ];
}

function flowOf(ctx: OpsContext, name: string): FlowDef {
  const f = ctx.view.flows.find((x) => x.name === name);
  if (!f) throw new UsageError(`the benchmark drives flow '${name}', which the ${ctx.env.name} environment does not deploy`);
  return f;
}

async function preflight(s: Sessions, pipeline: PipelineControl, flows: readonly FlowDef[]): Promise<void> {
  for (const db of flowDatabases(flows)) {
    const [r] = await s.query<{ track_commit_timestamp: string }>(db, 'postgres', 'SHOW track_commit_timestamp');
    if (r.track_commit_timestamp !== 'on')
      throw new OpsError(`the ${db} cluster has track_commit_timestamp off; the benchmark times rows by commit timestamps (restart the runtime: scripts/local-runtime.sh down && scripts/local-runtime.sh up)`);
  }
  await pipeline.assertRunning();
}

async function main(o: BenchOptions): Promise<number> {
  const ctx = loadContext('local');
  if (ctx.env.runtime !== 'local') throw new UsageError('the benchmark runs on the local runtime only');
  const s = new Sessions(ctx.databases);
  const pipeline = new PipelineControl(ctx, s);
  const started = new Date();
  const fwd = flowOf(ctx, FORWARD_FLOW);
  const back = flowOf(ctx, BACKWARD_FLOW);
  const flows = [fwd, back];
  const route = (path: Path, f: FlowDef): Route => (path === 'native' ? nativeRoute(ctx.view, f) : pipelineRoute(ctx.view, f));
  try {
    await preflight(s, pipeline, flows);
    const memory = new MemorySampler();
    const run = randomBytes(4).toString('hex');
    let part = 0;
    const rc: RunContext = { view: ctx.view, s, pipeline, memory, run, stallSeconds: o.stallSeconds, checks: [], loads: [], log, nextRange: () => new IdRange(run, ++part) };
    const measures: Measure[] = [];
    const latencyRows: BenchResult['latency'][number][] = [];
    const heaps = { kafka: memory.jvmOptions('kafka'), connect: memory.jvmOptions('connect') };
    const [pg] = await s.query<{ v: string }>(fwd.source.database, 'postgres', `SELECT split_part(version(), ' on ', 1) AS v`);
    const root = await pipeline.api.get<{ version: string }>('/');
    const plugins = await pipeline.api.get<Array<{ class: string; version: string }>>('/connector-plugins');
    const pluginVersion = (cls: string) => plugins.find((p) => p.class === cls)?.version ?? 'missing';
    const machine = describeMachine({
      postgres: pg.v,
      kafka: root.version,
      plugins: { 'Debezium PostgreSQL': pluginVersion('io.debezium.connector.postgresql.PostgresConnector'), 'Debezium JDBC sink': pluginVersion('io.debezium.connector.jdbc.JdbcSinkConnector') },
      heaps,
    });
    log(`bench: run ${run}, load average ${loadNow().join(' ')}; emptying ${flows.map((f) => `${f.source.table} → ${f.target.table}`).join(', ')}; native replication in a scratch database`);
    // the stack refuses TRUNCATE of a table whose flow carries deletes (a flow's target may be another's
    // source: portal.recommendation is flow 5's); the benchmark empties its own load on purpose
    const truncate = (db: DatabaseId, table: string) => s.query(db, undefined, `SET ${ALLOW_TRUNCATE} = on; TRUNCATE ${table}; RESET ${ALLOW_TRUNCATE}`);
    const empty = async () => {
      for (const f of flows) {
        await truncate(f.source.database, f.source.table);
        await truncate(f.target.database, f.target.table);
      }
    };
    await empty();
    // the writers are an application: table grants only (on the native copies too, once they exist)
    for (const { source: src } of flows.map((f) => route('pipeline', f))) await s.grantWriter(src.db, src.database, src.table);
    const jit: Record<string, JitWarmUp> = {};
    // until the JVMs' compilers are quiet on the routes a phase measures, right before it
    const settle = async (phase: string, routes: readonly Route[]) => {
      if (o.jitRounds === 0) return;
      const j = (jit[phase] = await settleJit(rc, routes, Math.min(JIT_ROUND_ROWS, o.rows), o.txnRows, o.jitRounds, JIT_QUIET));
      log(
        `  JIT compilers: Connect ${j.compilerSeconds.connect.toFixed(1)} s, Kafka ${j.compilerSeconds.kafka.toFixed(1)} s of CPU in ${j.rounds} round(s)` +
          (j.settled ? '' : `; not quiet after ${j.rounds} rounds (${(j.lastShare * 100).toFixed(1)} %): measured while they compile`),
      );
    };
    if (o.warmupRows > 0) {
      log(`bench: warm-up, ${o.warmupRows.toLocaleString('en-US')} rows per direction through the pipeline (not measured)`);
      await warmUp(rc, flows.map((f) => route('pipeline', f)), o.warmupRows, o.txnRows);
      // the snapshot must read exactly its own rows (TRUNCATE is not published: nothing reaches the targets)
      await empty();
    }
    await prepareNative(s, ctx.view, flows);
    for (const { source: src } of flows.map((f) => route('native', f))) await s.grantWriter(src.db, src.database, src.table);
    memory.start();

    // (c) initial snapshot of a large table; it also starts the native subscriptions
    if (o.phases.includes('snapshot')) {
      log(`bench: initial load of ${o.snapshotRows.toLocaleString('en-US')} rows`);
      const n = await snapshot(rc, 'snapshot', route('native', fwd), o.snapshotRows, async () => undefined, async () => {
        await subscribe(s, route('native', fwd), true);
        while (!(await subscriptionReady(s, route('native', fwd)))) await sleep(100);
      });
      log(`  native   ${Math.round(n.rowsPerSecond).toLocaleString('en-US')} rows/s`);
      const p = await snapshot(rc, 'snapshot', route('pipeline', fwd), o.snapshotRows, () => pipeline.stopSource(fwd.source.database), () => pipeline.restartWithCopy(fwd.source.database, [fwd]));
      log(`  pipeline ${Math.round(p.rowsPerSecond).toLocaleString('en-US')} rows/s`);
      measures.push(
        // the pipeline's first copy is `repair resync`'s bulk copy: no record goes through Kafka
        { key: 'snapshot', label: `initial load, ${o.snapshotRows.toLocaleString('en-US')}-row table (rows/s; pipeline: bulk copy)`, unit: 'rows/s', native: n.rowsPerSecond, pipeline: p.rowsPerSecond, target: { op: '>=', value: TARGETS.snapshot } },
        ...cpuMeasures('snapshot', n.cpu, p.cpu),
      );
    } else {
      await subscribe(s, route('native', fwd), false);
    }
    await subscribe(s, route('native', back), false);
    for (const f of flows) while (!(await subscriptionReady(s, route('native', f)))) await sleep(100);

    // (a) sustained throughput: one flow, then both directions at once
    if (o.phases.includes('throughput')) {
      for (const [key, fs, what, target] of [
        ['throughput.one-flow', [fwd], `one flow (${fwd.name}, W→C)`, TARGETS.throughputOfNative],
        ['throughput.both', [fwd, back], `both directions (${fwd.name} + ${back.name})`, undefined],
      ] as const) {
        log(`bench: throughput, ${what}, ${o.rows.toLocaleString('en-US')} rows per direction`);
        await settle(key, fs.map((f) => route('pipeline', f)));
        const n = await throughput(rc, key, fs.map((f) => route('native', f)), o.rows, o.txnRows);
        log(`  native   ${Math.round(n.rowsPerSecond).toLocaleString('en-US')} rows/s`);
        const p = await throughput(rc, key, fs.map((f) => route('pipeline', f)), o.rows, o.txnRows);
        const stage = p.sourceStageRowsPerSecond === null ? 'not seen' : `${Math.round(p.sourceStageRowsPerSecond).toLocaleString('en-US')} rows/s`;
        log(`  pipeline ${Math.round(p.rowsPerSecond).toLocaleString('en-US')} rows/s (source stage ${stage})`);
        measures.push(
          // the target is a share of what native replication did on the same rows, just before
          { key, label: `throughput, ${what} (rows/s)`, unit: 'rows/s', native: n.rowsPerSecond, pipeline: p.rowsPerSecond, ...(target ? { target: { op: '>=' as const, value: Math.round(target * n.rowsPerSecond) } } : {}) },
          { key: `${key}.source-stage`, label: '  of which source → Kafka (rows/s)', unit: 'rows/s', native: null, pipeline: p.sourceStageRowsPerSecond },
          // both directions too: the citizen source's loop filter drops flow 2's echoes in both runs, and passes flow 5's records here
          ...cpuMeasures(key, n.cpu, p.cpu),
        );
      }
    }

    // (b) commit-to-visible latency at fixed rates
    if (o.phases.includes('latency')) {
      for (const rate of o.rates) {
        log(`bench: latency at ${rate.toLocaleString('en-US')} rows/s for ${o.rateSeconds} s`);
        const got: Partial<Record<Path, LatencySummary>> = {};
        for (const path of ['native', 'pipeline'] as const) {
          got[path] = await latency(rc, `latency.${rate}`, route(path, fwd), rate, o.rateSeconds);
          latencyRows.push({ rate, path, summary: got[path]! });
          log(`  ${path.padEnd(8)} p50 ${got[path]!.p50.toFixed(1)} ms, p95 ${got[path]!.p95.toFixed(1)} ms, p99 ${got[path]!.p99.toFixed(1)} ms`);
        }
        for (const q of ['p50', 'p95', 'p99'] as const)
          measures.push({
            key: `latency.${rate}.${q}`,
            label: `latency ${q} at ${rate.toLocaleString('en-US')} rows/s`,
            unit: 'ms',
            native: got.native![q],
            pipeline: got.pipeline![q],
            ...(rate === 1_000 && q === 'p99' ? { target: { op: '<=' as const, value: TARGETS.p99At1000 } } : {}),
          });
      }
    }

    memory.stop();
    // (d) peak memory of every engine while each path was measured
    const mem = { native: memory.tracker.peak('native'), pipeline: memory.tracker.peak('pipeline') };
    measures.push(...memoryMeasures(mem, ENGINES, NATIVE_ENGINES, TARGETS.memory));
    const settings = await pipeline.configs();

    const result: BenchResult = {
      startedAt: started.toISOString(),
      durationSeconds: (Date.now() - started.getTime()) / 1000,
      options: { ...o, help: undefined } as BenchResult['options'],
      machine,
      loads: rc.loads,
      measures,
      latency: latencyRows,
      memory: mem,
      checks: rc.checks,
      settings,
      ...(Object.keys(jit).length ? { jit } : {}),
    };
    const out = o.out ?? join(ROOT, 'build', 'bench', `pipeline-${started.toISOString().replace(/[:.]/g, '-')}.json`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`${renderReport(result, relative(process.cwd(), out) || out)}\n`);
    return rc.checks.every((c) => c.ok) ? 0 : 1;
  } finally {
    // whatever happened: no subscription keeps a slot (and WAL) behind, no source stays stopped
    log('bench: dropping the native replication scratch databases');
    await teardownNative(s, flows).catch((e) => log(`bench: could not drop the native scratch databases: ${describeError(e)}`));
    await pipeline.ensureRunning().catch((e) => log(`bench: ${describeError(e)}`));
    await pipeline.close();
    await s.closeAll();
  }
}

if (require.main === module) {
  let o: BenchOptions;
  try {
    o = parseBenchArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`bench:pipeline: ${(e as Error).message}\n`);
    process.exit((e as OpsError).exitCode ?? 64);
  }
  if (o.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  main(o).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`bench:pipeline: ${e instanceof OpsError ? e.message : describeError(e)}\n`);
      process.exit(e instanceof OpsError ? e.exitCode : 1);
    },
  );
}
