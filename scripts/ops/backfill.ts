/**
 * Backfills: a deploy that widens a flow (a new flow, a new carried field, a filter that admits more
 * rows) leaves the rows already at the source behind — they did not change, so no change event
 * brings them. The deploy's SQL marks such a flow in its source database (cdc.flow_shape, sql/V005);
 * `bootstrap` then runs the backfill, `repair backfill` runs it on demand, `status` flags the flow
 * until it has run.
 *
 * A backfill is an incremental snapshot of the flow's source table (with its filter), the flow's sink
 * caught up, then a verify of the flow: it is marked done only when the target equals the source.
 */
import { Client } from 'pg';
import { DatabaseId, FlowDef } from '../../catalogue/model';
import { ConnectApi, pgConnect, withKafka } from './clients';
import { findFlow, OpsContext, unknownFlow } from './context';
import { describeError, OpsError } from './errors';
import { CLI, Io } from './io';
import { emit, sendSnapshotSignal, waitIncrementalSnapshot } from './repair';
import { hashSalt, recordVerdict, verdictResult, verifyFlow } from './verify';
import { caughtUp, endOffsets, SinkCatchUp, sleep } from './waits';

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
  /** records the snapshot re-emitted for the flow's table */
  readonly emitted?: number;
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
 * Backfills the given flows: one incremental snapshot per source table (flows of the same table share
 * it), each flow's sink caught up, each flow verified; a flow that verifies equal is marked done.
 */
export async function backfill(ctx: OpsContext, flows: readonly FlowDef[], opts: { timeoutS: number; onFlow?: (flow: string, state: 'running' | 'done' | 'failed', detail: string) => void }): Promise<BackfillResult[]> {
  const api = new ConnectApi(ctx.connect);
  const salt = hashSalt(ctx.env.name);
  const deadline = Date.now() + opts.timeoutS * 1000;
  const left = () => Math.max(1, Math.round((deadline - Date.now()) / 1000));
  const results: BackfillResult[] = [];
  const tables = [...new Set(flows.map((f) => `${f.source.database}:${f.source.table}`))];
  for (const key of tables) {
    const started = Date.now();
    const group = flows.filter((f) => `${f.source.database}:${f.source.table}` === key);
    const table = group[0].source.table;
    const sinks = group.map((f) => ctx.names.sinks.find((s) => s.flow.name === f.name)!);
    const fail = (detail: string) => {
      for (const f of group) {
        opts.onFlow?.(f.name, 'failed', detail);
        results.push({ flow: f.name, ok: false, seconds: (Date.now() - started) / 1000, detail });
      }
    };
    try {
      // the marks this backfill answers: a deploy that widens the flow again meanwhile leaves it pending
      const since = new Map((await pendingBackfills(ctx)).map((p) => [p.flow, p.mark]));
      for (const c of [ctx.view.sourceConnectorName(group[0].source.database), ...sinks.map((s) => s.connector)]) await tasksOnCurrentConfig(api, c, deadline);
      for (const f of group) opts.onFlow?.(f.name, 'running', `incremental snapshot of ${table}`);
      const sig = await sendSnapshotSignal(ctx, api, table);
      const w = await waitIncrementalSnapshot(ctx, api, sig.connector, table, sig.topic, sig.before, sig.expected, left());
      if (!w.done) {
        fail(w.text);
        continue;
      }
      const emitted = w.after - sig.before;
      for (const f of group) opts.onFlow?.(f.name, 'running', `${emitted} record(s) of ${table} re-emitted; waiting for the sink`);
      const catchUps = await withKafka(ctx.kafka, async (a) => Promise.all(sinks.map(async (s) => new SinkCatchUp(s, await endOffsets(a, s.topic), true))));
      const late = await caughtUp(ctx.kafka, catchUps, deadline, 500);
      if (late) {
        fail(`${late.sink.connector} is still ${late.behind} record(s) behind on ${late.sink.topic}`);
        continue;
      }
      for (const f of group) {
        opts.onFlow?.(f.name, 'running', 'verifying');
        const v = await verifyFlow(ctx, f, salt, { rounds: 2, delayMs: 2_000 });
        await recordVerdict(ctx, f, v);
        const result = verdictResult(v);
        const seconds = (Date.now() - started) / 1000;
        if (result !== 'equal') {
          const what = v.error ? `could not verify: ${v.error}` : `${v.missing.length} missing, ${v.different.length} different, ${v.extra.length} extra row(s) after it (\`${CLI} verify ${ctx.env.name} ${f.name}\`; \`${CLI} repair reconcile ${ctx.env.name} ${f.name}\`)`;
          const detail = `backfilled ${emitted} record(s), but ${what}`;
          opts.onFlow?.(f.name, 'failed', detail);
          results.push({ flow: f.name, ok: false, emitted, verified: v.rows.source, seconds, detail });
          continue;
        }
        await markDone(ctx, f, since.get(f.name));
        const detail = `${emitted} record(s) of ${table} re-emitted; verified: ${v.equal} row(s), every one equal (${seconds.toFixed(1)}s)`;
        opts.onFlow?.(f.name, 'done', detail);
        results.push({ flow: f.name, ok: true, emitted, verified: v.rows.source, seconds, detail });
      }
    } catch (e) {
      fail(describeError(e));
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
