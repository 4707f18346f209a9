/**
 * Backfills: a deploy that widens a flow (a new flow, a new carried field, a filter that admits more
 * rows) leaves the rows already at the source behind — they did not change, so no change event
 * brings them. The deploy's SQL marks such a flow in its source database (cdc.flow_shape, sql/V005);
 * `bootstrap` then runs the backfill, `repair backfill` runs it on demand, `status` flags the flow
 * until it has run.
 *
 * A backfill copies the flow in bulk (bulk-copy.ts: COPY, mapped in SQL as the stream maps it) while
 * the flow's sink is stopped, resumes the sink, waits until it caught up, then verifies the flow: it
 * is marked done only when the target equals the source.
 *
 * Why the copy cannot lose a change although the source keeps streaming: the copy reads one snapshot
 * taken after the sink stopped. A change committed before that snapshot is in the copy, and any of its
 * records the sink had not consumed is applied again after it, followed by every later record of the
 * same key (one key, one partition, in commit order), so each key ends as its last record says — or
 * as the copy says where no record follows, which is then the row as it is now. A change committed
 * after the snapshot is a record the stopped sink had not consumed: applied after the copy.
 */
import { Client } from 'pg';
import { DatabaseId, FlowDef } from '../../catalogue/model';
import { CopiedFlow, copyBlocker, copyFlow, sinkTarget } from './bulk-copy';
import { ConnectApi, pgConnect, withKafka } from './clients';
import { findFlow, OpsContext, SinkNames, unknownFlow } from './context';
import { describeError, OpsError } from './errors';
import { CLI, Io } from './io';
import { describeStatus, emit, runsAndStays } from './repair';
import { hashSalt, recordVerdict, verdictResult, verifyFlow } from './verify';
import { caughtUp, endOffsets, SinkCatchUp, sleep, waitFor } from './waits';

/** Where a flow's deployed shape and its pending backfill are recorded: its source database (sql/V005). */
export const SHAPE_TABLE = 'cdc.flow_shape';

export interface PendingBackfill {
  readonly flow: string;
  readonly database: DatabaseId;
  /** what the deploy widened, e.g. "new carried field(s) audience" */
  readonly reason: string;
  /** when the deploy marked it (ISO) */
  readonly since: string;
  /** the mark exactly as stored (microseconds), to clear only this one */
  readonly mark: string;
}

const missingTable = (e: unknown) => (e as { code?: string }).code === '42P01';

/** The pending backfills recorded in one source database; none where the table does not exist yet (not deployed since V005). */
export async function readPendingBackfills(c: Client, db: DatabaseId): Promise<PendingBackfill[]> {
  try {
    const rows = (await c.query<{ flow: string; reason: string; since: Date; mark: string }>(`SELECT flow, backfill_reason AS reason, backfill_since AS since, backfill_since::text AS mark FROM ${SHAPE_TABLE} WHERE backfill_reason IS NOT NULL ORDER BY flow`)).rows;
    return rows.map((r) => ({ flow: r.flow, database: db, reason: r.reason, since: r.since.toISOString(), mark: r.mark }));
  } catch (e) {
    if (missingTable(e)) return [];
    throw e;
  }
}

/** Every pending backfill of the environment's flows. */
export async function pendingBackfills(ctx: OpsContext): Promise<PendingBackfill[]> {
  const out: PendingBackfill[] = [];
  for (const db of ctx.view.sourceDatabases) {
    const c = await pgConnect(ctx.databases[db]);
    try {
      out.push(...(await readPendingBackfills(c, db)).filter((p) => ctx.view.flows.some((f) => f.name === p.flow)));
    } finally {
      await c.end().catch(() => undefined);
    }
  }
  return out;
}

export interface BackfillResult {
  readonly flow: string;
  readonly ok: boolean;
  /** the flow's rows the bulk copy wrote */
  readonly copied?: number;
  /** rows of the target compared by the verify after it */
  readonly verified?: number;
  readonly seconds: number;
  /** one line: what was done, or what went wrong */
  readonly detail: string;
}

/** A Connect worker applies a new connector config to its tasks asynchronously: wait until every task runs it. */
async function tasksOnCurrentConfig(api: ConnectApi, connector: string, deadline: number): Promise<void> {
  const keys = ['table.include.list', 'column.include.list', 'fields.whitelist', 'field.include.list', 'transforms'];
  for (;;) {
    const [config, tasks] = await Promise.all([
      api.get<Record<string, string>>(`/connectors/${encodeURIComponent(connector)}/config`),
      api.get<Array<{ config: Record<string, string> }>>(`/connectors/${encodeURIComponent(connector)}/tasks`),
    ]);
    if (tasks.length && tasks.every((t) => keys.every((k) => t.config[k] === undefined || t.config[k] === config[k]))) return;
    if (Date.now() > deadline) throw new OpsError(`the tasks of ${connector} do not run its current config yet`);
    await sleep(500);
  }
}

/**
 * Stops sink connectors and waits until their consumers have left their groups: a task still
 * writing a batch it polled would overwrite the copy with an older row.
 */
async function stopSinks(ctx: OpsContext, api: ConnectApi, sinks: readonly SinkNames[], deadline: number): Promise<void> {
  for (const k of sinks) await api.request('PUT', `/connectors/${encodeURIComponent(k.connector)}/stop`, undefined, [202, 204]);
  for (const k of sinks) {
    const stopped = await waitFor(api, k.connector, (st) => st.connector.state === 'STOPPED', Math.max(1, (deadline - Date.now()) / 1000));
    if (!stopped.reached) throw new OpsError(`${k.connector} did not stop: ${describeStatus(stopped.status)}`);
    for (;;) {
      if (!(await withKafka(ctx.kafka, (a) => a.groupActive(k.group)))) break;
      if (Date.now() > deadline) throw new OpsError(`${k.connector} is STOPPED but its consumer group ${k.group} still has a member`);
      await sleep(500);
    }
  }
}

/** Resumes stopped sink connectors and waits until they run again. */
async function resumeSinks(api: ConnectApi, sinks: readonly SinkNames[], deadline: number): Promise<void> {
  for (const k of sinks) await api.request('PUT', `/connectors/${encodeURIComponent(k.connector)}/resume`, undefined, [202, 204]);
  for (const k of sinks) {
    const running = await runsAndStays(api, k.connector, Math.max(1, Math.round((deadline - Date.now()) / 1000)), 0);
    if (!running.ok) throw new OpsError(`${k.connector} did not run again after the copy: ${running.error}`);
  }
}

/**
 * Backfills the given flows, per source table: the flows' sinks stopped, each flow copied in bulk,
 * the sinks resumed and caught up, each flow verified; a flow that verifies equal is marked done.
 */
export async function backfill(ctx: OpsContext, flows: readonly FlowDef[], opts: { timeoutS: number; onFlow?: (flow: string, state: 'running' | 'done' | 'failed', detail: string) => void }): Promise<BackfillResult[]> {
  const api = new ConnectApi(ctx.connect);
  const salt = hashSalt(ctx.env.name);
  const deadline = Date.now() + opts.timeoutS * 1000;
  const results: BackfillResult[] = [];
  const tables = [...new Set(flows.map((f) => `${f.source.database}:${f.source.table}`))];
  for (const key of tables) {
    const started = Date.now();
    const group = flows.filter((f) => `${f.source.database}:${f.source.table}` === key);
    const table = group[0].source.table;
    const sinks = group.map((f) => ctx.names.sinks.find((s) => s.flow.name === f.name)!);
    const fail = (detail: string, done: readonly CopiedFlow[] = []) => {
      for (const f of group) {
        opts.onFlow?.(f.name, 'failed', detail);
        results.push({ flow: f.name, ok: false, copied: done.find((c) => c.flow === f.name)?.rows, seconds: (Date.now() - started) / 1000, detail });
      }
    };
    const copied: CopiedFlow[] = [];
    try {
      // nothing is stopped unless every flow can be copied
      const blocker = group.map((f) => copyBlocker(ctx, f, salt)).find((b) => b);
      if (blocker) throw new OpsError(blocker);
      for (const f of group) sinkTarget(ctx, f.target.database);
      // the marks this backfill answers: a deploy that widens the flow again meanwhile leaves it pending
      const since = new Map((await pendingBackfills(ctx)).map((p) => [p.flow, p.mark]));
      for (const c of [ctx.view.sourceConnectorName(group[0].source.database), ...sinks.map((s) => s.connector)]) await tasksOnCurrentConfig(api, c, deadline);
      for (const f of group) opts.onFlow?.(f.name, 'running', `copying ${table} in bulk (its sink stopped meanwhile)`);
      try {
        await stopSinks(ctx, api, sinks, deadline);
        for (const f of group) copied.push(await copyFlow(ctx, f, salt, Math.max(60_000, deadline - Date.now())));
      } finally {
        // resumed whatever happened (a running one is left as it is): the sinks carry on from where they stopped
        await resumeSinks(api, sinks, Math.max(deadline, Date.now() + 60_000));
      }
      const copiedOf = (f: FlowDef) => copied.find((c) => c.flow === f.name)!;
      for (const f of group) opts.onFlow?.(f.name, 'running', `${copiedOf(f).rows} row(s) of ${table} copied; waiting for the sink`);
      const catchUps = await withKafka(ctx.kafka, async (a) => Promise.all(sinks.map(async (s) => new SinkCatchUp(s, await endOffsets(a, s.topic), true))));
      const late = await caughtUp(ctx.kafka, catchUps, deadline, 500);
      if (late) {
        fail(`${late.sink.connector} is still ${late.behind} record(s) behind on ${late.sink.topic}`, copied);
        continue;
      }
      for (const f of group) {
        const c = copiedOf(f);
        const did = `${c.rows} row(s) of ${table} copied in bulk${c.deleted ? `, ${c.deleted} no longer at the source deleted` : ''}`;
        opts.onFlow?.(f.name, 'running', 'verifying');
        const v = await verifyFlow(ctx, f, salt, { rounds: 2, delayMs: 2_000 });
        await recordVerdict(ctx, f, v);
        const result = verdictResult(v);
        const seconds = (Date.now() - started) / 1000;
        if (result !== 'equal') {
          const what = v.error ? `could not verify: ${v.error}` : `${v.missing.length} missing, ${v.different.length} different, ${v.extra.length} extra row(s) after it (\`${CLI} verify ${ctx.env.name} ${f.name}\`; \`${CLI} repair reconcile ${ctx.env.name} ${f.name}\`)`;
          const detail = `${did}, but ${what}`;
          opts.onFlow?.(f.name, 'failed', detail);
          results.push({ flow: f.name, ok: false, copied: c.rows, verified: v.rows.source, seconds, detail });
          continue;
        }
        await markDone(ctx, f, since.get(f.name));
        const detail = `${did}; verified: ${v.equal} row(s), every one equal (${seconds.toFixed(1)}s)`;
        opts.onFlow?.(f.name, 'done', detail);
        results.push({ flow: f.name, ok: true, copied: c.rows, verified: v.rows.source, seconds, detail });
      }
    } catch (e) {
      fail(describeError(e), copied);
    }
  }
  return results;
}

async function markDone(ctx: OpsContext, f: FlowDef, mark: string | undefined): Promise<void> {
  if (!mark) return;
  const c = await pgConnect(ctx.databases[f.source.database]);
  try {
    await c.query('SELECT cdc.flow_backfilled($1, $2::timestamptz)', [f.name, mark]);
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** `repair backfill <env> [flow…]`: the pending backfills, or the named flows' (pending or not). */
export async function runBackfill(ctx: OpsContext, pos: Record<string, string>, flags: Record<string, unknown>, io: Io): Promise<number> {
  const named = (pos.flows ?? '').split(/\s+/).filter(Boolean);
  const pending = await pendingBackfills(ctx);
  const flows = named.length ? named.map((a) => findFlow(ctx, a) ?? (() => { throw unknownFlow(ctx, a); })()) : ctx.view.flows.filter((f) => pending.some((p) => p.flow === f.name));
  if (!flows.length) return emit(io, flags, 'backfill', ctx, true, { flows: [], lines: [`no flow of ${ctx.env.name} waits for a backfill`] });
  const why = new Map(pending.map((p) => [p.flow, p]));
  const lines = flows.map((f) => `flow ${f.name}: ${why.has(f.name) ? `widened by the deploy of ${why.get(f.name)!.since} (${why.get(f.name)!.reason})` : 'backfill asked for'}`);
  const results = await backfill(ctx, flows, { timeoutS: flags.timeout as number });
  for (const r of results) lines.push(`${r.ok ? '' : 'error: '}flow ${r.flow}: ${r.detail}`);
  return emit(io, flags, 'backfill', ctx, results.every((r) => r.ok), { flows: results, lines });
}
