/**
 * The measured runs. Each drives one path (native or pipeline) with one workload and times it from
 * PostgreSQL commit timestamps on both clusters (same machine, same clock): a row is committed when
 * its source transaction commits, visible when the target transaction that wrote it commits.
 */
import { CatalogueView } from '../../catalogue/derive';
import { OpsError } from '../ops/errors';
import { loadNow } from './machine';
import { Engine, ENGINES, jitShare, JvmEngine, MemorySampler } from './memory';
import { PipelineControl } from './pipeline';
import { ContentCheck, PhaseLoad } from './report';
import { Sessions } from './sessions';
import { LatencySummary, latencies, rowsForTick, rowsPerSecond, summarize } from './stats';
import { checksumSql, visibleSpanSql, visibleTimesSql, countSql, existsSql, IdRange, insertSql, Route } from './workload';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface RunContext {
  readonly view: CatalogueView;
  readonly s: Sessions;
  readonly pipeline: PipelineControl;
  readonly memory: MemorySampler;
  readonly run: string;
  readonly stallSeconds: number;
  readonly checks: ContentCheck[];
  readonly loads: PhaseLoad[];
  readonly log: (line: string) => void;
  /** a fresh id range for each (route, run) */
  nextRange(): IdRange;
}

const label = (r: Route) => `${r.path} ${r.flow.name} (${r.source.table} → ${r.target.table})`;

/** Inserts rows `from..to` into the route's source in transactions of `chunk` rows, as fast as it goes. */
export async function bulkInsert(rc: RunContext, route: Route, ids: IdRange, from: number, to: number, chunk: number): Promise<void> {
  const c = await rc.s.get(route.source.db, route.source.database, `writer-${route.flow.name}`);
  const sql = insertSql(rc.view, route.flow);
  for (let i = from; i <= to; i += chunk) await c.query(sql, [i, Math.min(to, i + chunk - 1), ids.prefix]);
}

/** Inserts `rate` rows/s for `seconds` in a transaction every `tickMs`; returns the rows written. */
export async function pacedInsert(rc: RunContext, route: Route, ids: IdRange, rate: number, seconds: number, tickMs = 20): Promise<number> {
  const c = await rc.s.get(route.source.db, route.source.database, `writer-${route.flow.name}`);
  const sql = insertSql(rc.view, route.flow);
  const ticks = Math.round((seconds * 1000) / tickMs);
  const t0 = Date.now();
  let next = 1;
  for (let i = 0; i < ticks; i++) {
    const wait = t0 + i * tickMs - Date.now();
    if (wait > 0) await sleep(wait);
    const k = rowsForTick(rate, tickMs, i);
    if (k === 0) continue;
    await c.query(sql, [next, next + k - 1, ids.prefix]);
    next += k;
  }
  return next - 1;
}

/**
 * Waits until the target holds `n` rows of the range. Polls the last row's key (cheap) and counts
 * only then or every few seconds; fails when the count stops moving for `stallSeconds`.
 */
export async function waitVisible(rc: RunContext, route: Route, ids: IdRange, n: number): Promise<void> {
  const c = await rc.s.get(route.target.db, route.target.database, `watch-${route.flow.name}`);
  let seen = -1;
  let movedAt = Date.now();
  let countedAt = 0;
  for (;;) {
    const lastThere = (await c.query(existsSql(route.target), [ids.id(n)])).rowCount;
    if (lastThere || Date.now() - countedAt > 3_000) {
      countedAt = Date.now();
      const got = Number((await c.query(countSql(route.target), [ids.lo, ids.hi])).rows[0].n);
      if (got >= n) return;
      if (got !== seen) {
        seen = got;
        movedAt = Date.now();
      }
    }
    if (Date.now() - movedAt > rc.stallSeconds * 1000)
      throw new OpsError(`${label(route)}: the target holds ${Math.max(seen, 0)} of ${n} rows and has not moved for ${rc.stallSeconds} s (see: npx smart-cdc status local)`);
    await sleep(100);
  }
}

/** Compares count and checksum of the carried columns on both sides of the route, and records it. */
export async function verify(rc: RunContext, phase: string, route: Route, ids: IdRange, rows: number): Promise<ContentCheck> {
  const read = async (e: Route['source']) => {
    const [r] = await rc.s.query<{ n: string; sum: string }>(e.db, e.database, checksumSql(e), [ids.lo, ids.hi]);
    return { n: Number(r.n), sum: r.sum };
  };
  const [source, target] = await Promise.all([read(route.source), read(route.target)]);
  const check: ContentCheck = { phase, path: route.path, flow: route.flow.name, rows, source, target, ok: source.n === rows && target.n === rows && source.sum === target.sum };
  rc.checks.push(check);
  if (!check.ok) rc.log(`  CONTENT MISMATCH ${label(route)}: source ${source.n} rows (${source.sum}), target ${target.n} rows (${target.sum})`);
  return check;
}

async function span(rc: RunContext, e: Route['source'], ids: IdRange): Promise<{ first: number; last: number }> {
  const [r] = await rc.s.query<{ first: number; last: number }>(e.db, e.database, visibleSpanSql(e), [ids.lo, ids.hi]);
  if (r.first === null) throw new OpsError(`no commit timestamps on ${e.db} (${e.table}): is track_commit_timestamp on?`);
  return r;
}

const now = async (rc: RunContext, route: Route) =>
  Number((await rc.s.query<{ ms: number }>(route.target.db, 'postgres', 'SELECT (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS ms'))[0].ms);

/**
 * Watches the pipeline's change topic during a run: when did the source stage (→ Kafka) finish?
 * Resolves once the topic's start offset is read, so the caller writes only after it: a start read
 * late (the Kafka client's first load and connection can take longer than any fixed pause) would
 * count records already written, and the watcher would never see the run's last one.
 */
async function watchTopic(rc: RunContext, route: Route, records: number): Promise<{ done: Promise<number | null>; stop: () => void }> {
  if (route.path !== 'pipeline') return { done: Promise.resolve(null), stop: () => undefined };
  const start = await rc.pipeline.topicEnd(route);
  let stopped = false;
  const done = (async () => {
    while (!stopped) {
      if ((await rc.pipeline.topicEnd(route)) - start >= records) return Date.now();
      await sleep(200);
    }
    return null;
  })();
  return { done, stop: () => (stopped = true) };
}

/** CPU milliseconds each engine spent per 1,000 rows delivered: where the time goes, whatever else loads the machine. */
export type CpuPerRows = Record<Engine, number>;

function cpuPer1000(before: Record<Engine, number>, after: Record<Engine, number>, rows: number): CpuPerRows {
  return Object.fromEntries(ENGINES.map((e) => [e, ((after[e] - before[e]) * 1000 * 1000) / rows])) as CpuPerRows;
}

/** Rows through the routes, waited for and checked, nothing timed: the JVMs compile their hot paths. */
export async function warmUp(rc: RunContext, routes: readonly Route[], rows: number, txnRows: number): Promise<void> {
  const ranges = routes.map(() => rc.nextRange());
  await Promise.all(routes.map((r, i) => bulkInsert(rc, r, ranges[i], 1, rows, Math.min(txnRows, rows))));
  await Promise.all(routes.map((r, i) => waitVisible(rc, r, ranges[i], rows)));
  for (let i = 0; i < routes.length; i++) await verify(rc, 'warm-up', routes[i], ranges[i], rows);
}

export interface ThroughputResult {
  readonly rowsPerSecond: number;
  readonly cpu: CpuPerRows;
  readonly perRoute: Record<string, number>;
  /** pipeline only: rows/s from first commit until every record was in Kafka */
  readonly sourceStageRowsPerSecond: number | null;
}

export interface JitWarmUp {
  /** warm-up rounds run, until the JIT compilers were quiet or the limit */
  readonly rounds: number;
  /** share of the JVM engines' CPU their JIT compilers took in the last round */
  readonly lastShare: number;
  /** CPU seconds the JIT compilers of Kafka and Connect took over these rounds */
  readonly compilerSeconds: Record<JvmEngine, number>;
  readonly settled: boolean;
}

/**
 * Warm-up rounds of `rows` per route until the JIT compilers of Kafka and Connect took at most
 * `quiet` of those engines' CPU in a round (at least one round, at most `maxRounds`). In a first
 * run after a start, Connect's compiler threads took 12.7 µs of its 58 µs per row of the measured
 * one-flow run, against 0.7 of 40.6 in the next run: a warm-up of both flows at once, then the
 * snapshot phase's restart of the source, left the JVM compiling what one flow alone runs.
 */
export async function settleJit(rc: RunContext, routes: readonly Route[], rows: number, txnRows: number, maxRounds: number, quiet: number): Promise<JitWarmUp> {
  const since = rc.memory.jit();
  let rounds = 0;
  let share = 1;
  while (share > quiet && rounds < maxRounds) {
    const before = rc.memory.jit();
    await warmUp(rc, routes, rows, txnRows);
    share = jitShare(before, rc.memory.jit());
    rounds++;
    rc.log(`  warm-up round ${rounds}: the JIT compilers took ${(share * 100).toFixed(1)} % of Kafka's and Connect's CPU`);
  }
  const now = rc.memory.jit();
  return { rounds, lastShare: share, compilerSeconds: { kafka: now.kafka.compiler - since.kafka.compiler, connect: now.connect.compiler - since.connect.compiler }, settled: share <= quiet };
}

/**
 * Throughput: every route loads `rows` rows at once (backlog as fast as the source commits) and the
 * rate is all rows over the span from the first source commit to the last target commit.
 */
export async function throughput(rc: RunContext, phase: string, routes: readonly Route[], rows: number, txnRows: number): Promise<ThroughputResult> {
  const path = routes[0].path;
  rc.loads.push({ phase, path, load: loadNow() });
  rc.memory.measuring(path);
  const ranges = routes.map(() => rc.nextRange());
  const topics = await Promise.all(routes.map((r) => watchTopic(rc, r, rows)));
  const cpu0 = rc.memory.cpu();
  await Promise.all(routes.map((r, i) => bulkInsert(rc, r, ranges[i], 1, rows, txnRows)));
  await Promise.all(routes.map((r, i) => waitVisible(rc, r, ranges[i], rows)));
  const cpu = cpuPer1000(cpu0, rc.memory.cpu(), rows * routes.length);
  topics.forEach((t) => t.stop());
  rc.memory.measuring(undefined);
  const sources = await Promise.all(routes.map((r, i) => span(rc, r.source, ranges[i])));
  const targets = await Promise.all(routes.map((r, i) => span(rc, r.target, ranges[i])));
  const first = Math.min(...sources.map((x) => x.first));
  const last = Math.max(...targets.map((x) => x.last));
  const staged = await Promise.all(topics.map((t) => t.done));
  for (let i = 0; i < routes.length; i++) await verify(rc, phase, routes[i], ranges[i], rows);
  const stageEnd = staged.every((x) => x !== null) ? Math.max(...(staged as number[])) : null;
  return {
    rowsPerSecond: rowsPerSecond(rows * routes.length, last - first),
    cpu,
    perRoute: Object.fromEntries(routes.map((r, i) => [r.flow.name, rowsPerSecond(rows, targets[i].last - sources[i].first)])),
    sourceStageRowsPerSecond: stageEnd === null ? null : rowsPerSecond(rows * routes.length, stageEnd - first),
  };
}

/** Latency: `rate` rows/s for `seconds`, then each row's target commit minus its source commit. */
export async function latency(rc: RunContext, phase: string, route: Route, rate: number, seconds: number): Promise<LatencySummary> {
  rc.loads.push({ phase, path: route.path, load: loadNow() });
  rc.memory.measuring(route.path);
  const ids = rc.nextRange();
  const rows = await pacedInsert(rc, route, ids, rate, seconds);
  await waitVisible(rc, route, ids, rows);
  rc.memory.measuring(undefined);
  const times = async (e: Route['source']) =>
    new Map((await rc.s.query<{ k: string; ms: number }>(e.db, e.database, visibleTimesSql(e), [ids.lo, ids.hi])).map((r) => [r.k, r.ms] as const));
  const [committed, visible] = await Promise.all([times(route.source), times(route.target)]);
  await verify(rc, phase, route, ids, rows);
  return summarize(latencies(committed, visible));
}

export interface SnapshotResult {
  readonly rowsPerSecond: number;
  readonly cpu: CpuPerRows;
}

/**
 * Initial snapshot of a table of `rows` rows: loaded while the path is not reading it, then the
 * path starts (`trigger`) and the rate is the rows over the span from the trigger to the last
 * target commit.
 */
export async function snapshot(rc: RunContext, phase: string, route: Route, rows: number, prepare: () => Promise<void>, trigger: () => Promise<void>): Promise<SnapshotResult> {
  rc.loads.push({ phase, path: route.path, load: loadNow() });
  rc.memory.measuring(route.path);
  const ids = rc.nextRange();
  await prepare();
  // the load is not timed: big statements, then the visibility map and statistics are settled
  await bulkInsert(rc, route, ids, 1, rows, 50_000);
  await rc.s.query(route.source.db, route.source.database, `VACUUM ANALYZE ${route.source.table}`);
  const start = await now(rc, route);
  const cpu0 = rc.memory.cpu();
  await trigger();
  await waitVisible(rc, route, ids, rows);
  const cpu = cpuPer1000(cpu0, rc.memory.cpu(), rows);
  rc.memory.measuring(undefined);
  const target = await span(rc, route.target, ids);
  await verify(rc, phase, route, ids, rows);
  return { rowsPerSecond: rowsPerSecond(rows, target.last - start), cpu };
}
