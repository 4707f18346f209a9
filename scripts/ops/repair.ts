/**
 * `repair <action> <env> …`: the few interventions an operator needs, each guarded:
 * restart (failed only), pause / resume / stop, incremental snapshot of one table, drop an
 * orphaned slot; replay or discard a flow's parked records (replay.ts); re-create a lost slot
 * and re-synchronise its database (resync.ts). A repair that says ok has checked that it worked:
 * a restarted or resumed connector is watched for `--settle` seconds after it runs.
 */
import { randomUUID } from 'crypto';
import { DatabaseId } from '../../catalogue/model';
import { filterSql, SIGNAL_TABLE } from '../../catalogue/derive';
import { ConnectApi, ConnectorStatusInfo, topicDepth, withKafka, withPg } from './clients';
import { allRunning, anyFailed, failureOf, settle, sleep, waitFor } from './waits';
import { findFlow, flowList, OpsContext, unknownFlow } from './context';
import { OpsError, UsageError } from './errors';
import { formatBytes } from './format';
import { incrementalSnapshotTables, patchText, signalProblems, snapshotSignalData } from './signals';
import { CLI, Io } from './io';


export type Report = Record<string, unknown> & { lines: string[] };

export function emit(io: Io, flags: Record<string, unknown>, action: string, ctx: OpsContext, ok: boolean, report: Report): number {
  const { lines, ...rest } = report;
  if (flags.json === true) io.out(JSON.stringify({ action, environment: ctx.env.name, ok, ...rest }, null, 2));
  else io.out(lines.join('\n'));
  return ok ? 0 : 1;
}

export const describeStatus = (s: ConnectorStatusInfo) => `${s.connector.state}${s.tasks.length ? ` (tasks ${s.tasks.map((t) => `${t.id}:${t.state}`).join(' ')})` : ''}`;

/** Waits until a (re)started connector runs, then watches it for `settleS`: ok only if it stayed RUNNING. */
export async function runsAndStays(api: ConnectApi, name: string, timeoutS: number, settleS: number): Promise<{ ok: boolean; status: ConnectorStatusInfo; error?: string }> {
  const first = await waitFor(api, name, (s) => allRunning(s) || anyFailed(s), timeoutS);
  if (!first.reached || !allRunning(first.status)) return { ok: false, status: first.status, error: failureOf(first.status) || `not RUNNING after ${timeoutS}s` };
  if (settleS <= 0) return { ok: true, status: first.status };
  const { status, stable } = await settle(api, name, settleS);
  if (stable) return { ok: true, status };
  return { ok: false, status, error: `${failureOf(status) || describeStatus(status)} (within ${settleS}s of running again)` };
}

async function restart(ctx: OpsContext, flags: Record<string, unknown>, io: Io): Promise<number> {
  const api = new ConnectApi(ctx.connect);
  const all = await api.connectors();
  const expected = [...ctx.names.sources.map((s) => s.connector), ...ctx.names.sinks.map((s) => s.connector)];
  const missing = expected.filter((n) => !all[n]?.status);
  const restarted: Array<{ connector: string; connectorRestarted: boolean; tasks: number[] }> = [];
  for (const name of expected.filter((n) => all[n]?.status)) {
    const { body } = await api.request<ConnectorStatusInfo>('POST', `/connectors/${encodeURIComponent(name)}/restart?includeTasks=true&onlyFailed=true`, undefined, [202, 204]);
    const tasks = (body?.tasks ?? []).filter((t) => t.state === 'RESTARTING').map((t) => t.id);
    const connectorRestarted = body?.connector?.state === 'RESTARTING';
    if (tasks.length || connectorRestarted) restarted.push({ connector: name, connectorRestarted, tasks });
  }
  const lines: string[] = [];
  const results: Array<{ connector: string; state: string; error?: string }> = [];
  for (const r of restarted) {
    const { ok, status, error } = await runsAndStays(api, r.connector, flags.timeout as number, flags.settle as number);
    results.push({ connector: r.connector, state: describeStatus(status), ...(ok ? {} : { error }) });
    const what = [r.connectorRestarted ? 'connector' : '', r.tasks.length ? `task${r.tasks.length > 1 ? 's' : ''} ${r.tasks.join(', ')}` : ''].filter(Boolean).join(' and ');
    lines.push(`restarted ${r.connector} (${what}): ${ok ? `RUNNING (stayed so for ${flags.settle}s)` : `${describeStatus(status)} — ${error}`}`);
  }
  if (!restarted.length) lines.push('nothing to restart: no pipeline connector or task is FAILED');
  for (const m of missing) lines.push(`missing: connector ${m} does not exist — run \`${CLI} bootstrap ${ctx.env.name}\``);
  const ok = !missing.length && results.every((r) => !r.error);
  return emit(io, flags, 'restart', ctx, ok, { restarted: results, missing, lines });
}

/** A flow's sink connector; with --source its source database's connector; or a connector by name. */
export function resolveConnector(ctx: OpsContext, arg: string, source: boolean): { name: string; what: string } {
  const flow = findFlow(ctx, arg);
  if (source) {
    const db = (ctx.view.sourceDatabases as string[]).includes(arg) ? (arg as DatabaseId) : flow?.source.database;
    const byName = ctx.names.sources.find((s) => s.connector === arg);
    if (byName) return { name: byName.connector, what: `source connector of ${byName.db}` };
    if (!db) throw new UsageError(`--source needs a flow or a source database: '${arg}' is neither (databases: ${ctx.view.sourceDatabases.join(', ')}; flows: ${flowList(ctx)})`);
    return { name: ctx.view.sourceConnectorName(db), what: `source connector of ${db}${flow ? ` (flow ${flow.name})` : ''}` };
  }
  if (flow) return { name: ctx.view.sinkConnectorName(flow), what: `sink of flow ${flow.name}` };
  const src = ctx.names.sources.find((s) => s.connector === arg);
  if (src) return { name: src.connector, what: `source connector of ${src.db}` };
  if (/^[a-z0-9_]+$/.test(arg)) throw unknownFlow(ctx, arg);
  return { name: arg, what: 'connector' };
}

const TARGET_STATE = { pause: 'PAUSED', resume: 'RUNNING', stop: 'STOPPED' } as const;

async function lifecycle(verb: 'pause' | 'resume' | 'stop', ctx: OpsContext, pos: Record<string, string>, flags: Record<string, unknown>, io: Io): Promise<number> {
  const { name, what } = resolveConnector(ctx, pos.flow, flags.source === true);
  const api = new ConnectApi(ctx.connect);
  const before = await api.status(name); // 404 → "connector 'x' does not exist on Kafka Connect at …"
  await api.request('PUT', `/connectors/${encodeURIComponent(name)}/${verb}`, undefined, [202, 204]);
  const want = TARGET_STATE[verb];
  let status: ConnectorStatusInfo;
  let ok: boolean;
  let fail: string | undefined;
  if (verb === 'resume') {
    ({ ok, status, error: fail } = await runsAndStays(api, name, flags.timeout as number, flags.settle as number));
  } else {
    const done = (s: ConnectorStatusInfo) => (verb === 'stop' ? s.connector.state === 'STOPPED' : s.connector.state === 'PAUSED' && s.tasks.every((t) => t.state === 'PAUSED'));
    const r = await waitFor(api, name, done, flags.timeout as number);
    status = r.status;
    ok = r.reached && status.connector.state === want && !anyFailed(status);
    fail = failureOf(status) || undefined;
  }
  const lines = [
    `${name} (${what}): ${describeStatus(before)} → ${describeStatus(status)}`,
    ...(ok ? [] : [`error: ${name} did not ${verb === 'resume' ? 'stay RUNNING' : `reach ${want} within ${flags.timeout}s`}${fail ? `: ${fail}` : ''}`]),
    ...(ok && verb !== 'resume' ? [`resume it with: ${CLI} repair resume ${ctx.env.name} ${pos.flow}${flags.source ? ' --source' : ''}`] : []),
  ];
  return emit(io, flags, verb, ctx, ok, { connector: name, before: before.connector.state, state: status.connector.state, lines });
}

/** An execute-snapshot signal sent, with what it should re-emit. */
export interface SnapshotSignal {
  readonly table: string;
  readonly db: DatabaseId;
  readonly connector: string;
  readonly topic: string;
  readonly id: string;
  readonly data: string;
  /** the topic's end offset before the signal */
  readonly before: number;
  /** the rows the snapshot re-emits: within the filter, and not one only the other side's sink wrote (the echo filter drops its read) */
  readonly expected: number;
}

/**
 * Sends an incremental snapshot of one captured table through its database's signal table, after
 * checking that the source connector runs and would act on the signal (`repair snapshot`, backfills).
 */
export async function sendSnapshotSignal(ctx: OpsContext, api: ConnectApi, table: string): Promise<SnapshotSignal> {
  const source = ctx.names.sources.find((s) => s.tables.includes(table));
  if (!source) {
    const captured = ctx.names.sources.flatMap((s) => s.tables).join(', ');
    throw new UsageError(`table '${table}' is not captured in environment '${ctx.env.name}' (captured: ${captured})`);
  }
  const db = source.db;
  const all = await api.connectors();
  const conn = all[source.connector];
  if (!conn?.status || !conn.info) throw new OpsError(`connector '${source.connector}' does not exist on ${ctx.connect.label} — run \`${CLI} bootstrap ${ctx.env.name}\``);
  if (!allRunning(conn.status)) throw new OpsError(`source connector ${source.connector} is ${describeStatus(conn.status)}: it reads signals from the stream, so it must be RUNNING${conn.status.connector.state === 'STOPPED' || conn.status.connector.state === 'PAUSED' ? ` (${CLI} repair resume ${ctx.env.name} ${db} --source)` : ''}`);
  const config = conn.info.config;
  const topic = ctx.view.tableTopic(db, table);
  const signalTopic = `${config['topic.prefix']}.${SIGNAL_TABLE}`;
  const { exists, before } = await withKafka(ctx.kafka, async (admin) => {
    const topics = await admin.listTopics();
    return { exists: topics.includes(signalTopic), before: topics.includes(topic) ? (await topicDepth(admin, topic)).high : 0 };
  });
  const problems = signalProblems(config, exists);
  if (problems.length) {
    throw new OpsError(`refusing: ${source.connector} would not act on the signal: ${problems.map((p) => p.problem).join('; ')}. Set in its config: ${patchText(config)}`);
  }
  const filter = ctx.view.filterOf(db, table);
  // every row within the filter but those only the other side's sink ever wrote: the echo filter drops their reads
  const conds = [filter ? filterSql(filter) : '', ctx.view.snapshotCarriedSql(db, table) ?? ''].filter(Boolean);
  const where = conds.length ? ` WHERE ${conds.join(' AND ')}` : '';
  const id = randomUUID();
  const data = snapshotSignalData(ctx.view, db, table);
  const expected = await withPg(ctx.databases[db], async (c) => {
    const [{ n }] = (await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}${where}`)).rows;
    await c.query(`INSERT INTO ${SIGNAL_TABLE} (id, type, data) VALUES ($1, 'execute-snapshot', $2)`, [id, data]);
    return Number(n);
  });
  return { table, db, connector: source.connector, topic, id, data, before, expected };
}

async function snapshot(ctx: OpsContext, pos: Record<string, string>, flags: Record<string, unknown>, io: Io): Promise<number> {
  const api = new ConnectApi(ctx.connect);
  const sig = await sendSnapshotSignal(ctx, api, pos.table);
  const { table, topic, before, expected } = sig;
  const lines = [`signal ${sig.id} → ${SIGNAL_TABLE} of ${sig.db}: execute-snapshot ${sig.data}`];
  const base = { table, connector: sig.connector, topic, signal: sig.id, data: sig.data, expectedRows: expected };
  if (flags['no-wait'] === true) {
    lines.push(`not waiting: ${expected} row(s) should be re-emitted to ${topic}`);
    return emit(io, flags, 'snapshot', ctx, true, { ...base, waited: false, lines });
  }
  const w = await waitIncrementalSnapshot(ctx, api, sig.connector, table, topic, before, expected, flags.timeout as number);
  if (!w.done) {
    lines.push(`error: ${w.text}`);
    return emit(io, flags, 'snapshot', ctx, false, { ...base, waited: true, emitted: w.after - before, lines });
  }
  lines.push(`re-emitted ${w.after - before} record(s) for ${expected} row(s) of ${table} to ${topic} (offsets ${before}..${w.after})`);
  return emit(io, flags, 'snapshot', ctx, true, { ...base, waited: true, emitted: w.after - before, lines });
}

/** Waits until an incremental snapshot of `table` finished and emitted at least `expected` records after `before`. */
export async function waitIncrementalSnapshot(
  ctx: OpsContext,
  api: ConnectApi,
  connector: string,
  table: string,
  topic: string,
  before: number,
  expected: number,
  timeoutS: number,
): Promise<{ done: boolean; after: number; text: string }> {
  const deadline = Date.now() + timeoutS * 1000;
  for (;;) {
    const after = await withKafka(ctx.kafka, async (admin) => (await topicDepth(admin, topic)).high);
    const running = incrementalSnapshotTables(await api.offsets(connector));
    if (after - before >= expected && !running.includes(table)) return { done: true, after, text: '' };
    if (Date.now() > deadline)
      return { done: false, after, text: `after ${timeoutS}s ${after - before} of ${expected} row(s) re-emitted to ${topic}${running.length ? ` (snapshot still reading ${running.join(', ')})` : ''}` };
    await sleep(500);
  }
}

async function dropSlot(ctx: OpsContext, pos: Record<string, string>, flags: Record<string, unknown>, io: Io): Promise<number> {
  const slot = pos.slot;
  const found: Array<{ db: DatabaseId; active: boolean; pid: number | null; app: string | null; retained: number | null }> = [];
  for (const db of Object.keys(ctx.databases) as DatabaseId[]) {
    const rows = await withPg(ctx.databases[db], async (c) =>
      (
        await c.query<{ active: boolean; active_pid: number | null; application_name: string | null; retained: string | null }>(
          `SELECT s.active, s.active_pid, r.application_name,
                  CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_wal_lsn_diff(pg_current_wal_lsn(), s.restart_lsn)::bigint END AS retained
             FROM pg_replication_slots s LEFT JOIN pg_stat_replication r ON r.pid = s.active_pid WHERE s.slot_name = $1`,
          [slot],
        )
      ).rows,
    );
    for (const r of rows) found.push({ db, active: r.active, pid: r.active_pid, app: r.application_name, retained: r.retained === null ? null : Number(r.retained) });
  }
  if (!found.length) throw new OpsError(`no replication slot '${slot}' on ${Object.values(ctx.databases).map((d) => d.label).join(' or ')}`);
  const reasons: string[] = [];
  for (const f of found) if (f.active) reasons.push(`it is active on ${f.db} (pid ${f.pid}${f.app ? `, ${f.app}` : ''}): stop its consumer first`);
  for (const s of ctx.names.sources) if (s.slot === slot) reasons.push(`it belongs to the pipeline (the slot.name of ${s.connector} in the stack): dropping it loses the ${s.db} stream`);
  try {
    const all = await new ConnectApi(ctx.connect).connectors();
    const users = Object.entries(all).filter(([, x]) => x.info?.config?.['slot.name'] === slot).map(([n]) => n);
    if (users.length) reasons.push(`connector ${users.join(', ')} names it in slot.name: delete or reconfigure the connector first`);
  } catch (e) {
    reasons.push(`cannot check that no connector uses it: ${(e as Error).message}`);
  }
  if (reasons.length) throw new OpsError(`refusing to drop slot ${slot}: ${reasons.join('; ')}`);
  const lines: string[] = [];
  const dropped: Array<{ database: DatabaseId; retainedBytes: number | null }> = [];
  for (const f of found) {
    await withPg(ctx.databases[f.db], (c) => c.query('SELECT pg_drop_replication_slot($1)', [slot]));
    dropped.push({ database: f.db, retainedBytes: f.retained });
    lines.push(`dropped replication slot ${slot} on ${f.db}${f.retained !== null ? ` (released ${formatBytes(f.retained)} of WAL)` : ''}`);
  }
  return emit(io, flags, 'drop-slot', ctx, true, { slot, dropped, lines });
}

export async function runRepair(action: string, ctx: OpsContext, pos: Record<string, string>, flags: Record<string, unknown>, io: Io): Promise<number> {
  switch (action) {
    case 'restart':
      return restart(ctx, flags, io);
    case 'pause':
    case 'resume':
    case 'stop':
      return lifecycle(action, ctx, pos, flags, io);
    case 'snapshot':
      return snapshot(ctx, pos, flags, io);
    case 'drop-slot':
      return dropSlot(ctx, pos, flags, io);
    // loaded when used, with require() as the CLI loads its commands (bin/smart-cdc.js)
    case 'replay':
      return (require('./replay') as typeof import('./replay')).replay(ctx, pos, flags, io);
    case 'discard':
      return (require('./replay') as typeof import('./replay')).discard(ctx, pos, flags, io);
    case 'reconcile':
      return (require('./reconcile') as typeof import('./reconcile')).reconcile(ctx, pos, flags, io);
    case 'resync':
      return (require('./resync') as typeof import('./resync')).resync(ctx, pos, flags, io);
    case 'backfill':
      return (require('./backfill') as typeof import('./backfill')).runBackfill(ctx, pos, flags, io);
    default:
      throw new UsageError(`unknown repair action '${action}'`);
  }
}

