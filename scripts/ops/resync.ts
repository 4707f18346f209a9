/**
 * `repair resync <env> <database>`: the one command after a replication slot lost the WAL it
 * needed (or whenever a source database must be streamed again from scratch):
 *  1. stops the database's source connector (it releases the slot);
 *  2. drops the slot and creates it again as the stack defines it (name, pgoutput);
 *  3. deletes the connector's offsets, so it starts with its initial snapshot, and resumes it;
 *  4. waits until the snapshot is done and every sink of that database's flows has consumed it
 *     (inserts and updates made while the slot was lost arrive this way);
 *  5. reconciles deletes: rows of a propagate-deletes flow's target whose key is no longer at the
 *     source (within the flow's filter) are deleted — the deletes made while the slot was lost; on a
 *     target whose rows carry their origin, only rows a sink wrote last (the application's own stay);
 *  6. checks the connector stays RUNNING and the slot is active.
 */
import { DatabaseId } from '../../catalogue/model';
import { filterSql, ORIGIN_APP, ORIGIN_COLUMN, ORIGIN_SINK, ORIGIN_SINK_OVER_APP } from '../../catalogue/derive';
import { ConnectApi, withKafka, withPg } from './clients';
import { OpsContext } from './context';
import { OpsError, UsageError } from './errors';
import { describeStatus, emit, runsAndStays } from './repair';
import { initialSnapshotState } from './signals';
import { CLI, Io } from './io';
import { caughtUp, endOffsets, SinkCatchUp, sleep, waitFor } from './waits';


export async function resync(ctx: OpsContext, pos: Record<string, string>, flags: Record<string, unknown>, io: Io): Promise<number> {
  const db = pos.database as DatabaseId;
  const source = ctx.names.sources.find((s) => s.db === db);
  if (!source) throw new UsageError(`'${pos.database}' is not a source database in environment '${ctx.env.name}' (source databases: ${ctx.view.sourceDatabases.join(', ')})`);
  const env = ctx.env.name;
  const timeoutS = flags.timeout as number;
  const deadline = Date.now() + timeoutS * 1000;
  const left = () => Math.max(1, Math.round((deadline - Date.now()) / 1000));
  const api = new ConnectApi(ctx.connect);
  const lines: string[] = [];
  const fail = (text: string, extra: Record<string, unknown> = {}) => {
    lines.push(`error: ${text}`);
    return emit(io, flags, 'resync', ctx, false, { database: db, ...extra, lines });
  };

  // 1. stop the source connector: it must not hold or re-create the slot meanwhile
  const before = await api.status(source.connector);
  await api.request('PUT', `/connectors/${encodeURIComponent(source.connector)}/stop`, undefined, [202, 204]);
  const stopped = await waitFor(api, source.connector, (s) => s.connector.state === 'STOPPED', left());
  if (!stopped.reached) return fail(`${source.connector} did not stop: ${describeStatus(stopped.status)}`);
  lines.push(`stopped ${source.connector} (was ${describeStatus(before)})`);

  // 2. the slot, as the stack defines it (constructs/database/database-layer.ts: pgoutput, after the publication)
  const slot = await withPg(ctx.databases[db], async (c) => {
    for (;;) {
      const r = (await c.query<{ active: boolean; wal_status: string | null }>('SELECT active, wal_status FROM pg_replication_slots WHERE slot_name = $1', [source.slot])).rows[0];
      if (!r?.active) {
        if (r) await c.query('SELECT pg_drop_replication_slot($1)', [source.slot]);
        const pub = await c.query('SELECT 1 FROM pg_publication WHERE pubname = $1', [source.publication]);
        if (!pub.rowCount) throw new OpsError(`publication ${source.publication} does not exist on ${db}: run \`${CLI} bootstrap ${env}\` instead`);
        await c.query(`SELECT pg_create_logical_replication_slot($1, 'pgoutput')`, [source.slot]);
        return { before: r ? (r.wal_status ?? 'unknown') : 'missing' };
      }
      if (Date.now() > deadline) throw new OpsError(`replication slot ${source.slot} on ${db} is still active although ${source.connector} is STOPPED: another consumer uses it`);
      await sleep(500);
    }
  });
  lines.push(`re-created replication slot ${source.slot} on ${db} (pgoutput; it was ${slot.before})`);

  // 3. no offsets: the connector starts over with its initial snapshot
  await api.request('DELETE', `/connectors/${encodeURIComponent(source.connector)}/offsets`, undefined, [200, 202, 204]);
  await api.request('PUT', `/connectors/${encodeURIComponent(source.connector)}/resume`, undefined, [202, 204]);
  const run = await runsAndStays(api, source.connector, left(), 0);
  if (!run.ok) return fail(`${source.connector} did not start again: ${run.error}`);
  lines.push(`deleted the offsets of ${source.connector} and resumed it: it snapshots ${source.tables.join(', ')}`);

  // 4. snapshot done, then every sink of the database's flows has consumed what it emitted
  for (;;) {
    const s = initialSnapshotState(await api.offsets(source.connector));
    if (s.done) break;
    if (Date.now() > deadline) return fail(`the snapshot of ${db} is not done after ${timeoutS}s (${s.detail})`);
    await sleep(1000);
  }
  const sinks = ctx.names.sinks.filter((k) => k.flow.source.database === db);
  const catchUps = await withKafka(ctx.kafka, async (a) => Promise.all(sinks.map(async (k) => new SinkCatchUp(k, await endOffsets(a, k.topic), true))));
  const late = await caughtUp(ctx.kafka, catchUps, deadline, 1000);
  if (late) return fail(`${late.sink.connector} is still ${late.behind} record(s) behind on ${late.sink.topic} after ${timeoutS}s`);
  lines.push(`snapshot of ${db} done; ${sinks.map((k) => k.flow.name).join(', ')} caught up`);

  // 5. deletes made while the slot was lost: target rows whose key is no longer at the source
  const reconciled: Array<{ flow: string; target: string; deleted: number; keptAppRows: number }> = [];
  for (const k of sinks.filter((x) => x.flow.deletes === 'propagate')) {
    const f = k.flow;
    const srcKey = ctx.view.primaryKey(db, f.source.table).name;
    const tgtKey = f.fields[srcKey];
    // on an origin-marked target, rows the application wrote there itself are not the flow's to delete
    const marked = ctx.view.echoGuardedTables(f.target.database).includes(f.target.table);
    // the target first: a row inserted at the source after this read cannot be taken for a deleted one
    const inTarget = await withPg(ctx.databases[f.target.database], async (c) =>
      (await c.query<{ k: string; sink: boolean }>(`SELECT ${tgtKey}::text AS k, ${marked ? `${ORIGIN_COLUMN} IN ('${ORIGIN_SINK}', '${ORIGIN_SINK_OVER_APP}')` : 'true'} AS sink FROM ${f.target.table}`)).rows,
    );
    const atSource = new Set(
      await withPg(ctx.databases[db], async (c) => (await c.query<{ k: string }>(`SELECT ${srcKey}::text AS k FROM ${f.source.table}${f.filter ? ` WHERE ${filterSql(f.filter)}` : ''}`)).rows.map((r) => r.k)),
    );
    const gone = inTarget.filter((x) => !atSource.has(x.k) && x.sink).map((x) => x.k);
    const kept = inTarget.filter((x) => !atSource.has(x.k) && !x.sink).length;
    if (gone.length) await withPg(ctx.databases[f.target.database], (c) => c.query(`DELETE FROM ${f.target.table} WHERE ${tgtKey}::text = ANY($1)`, [gone]));
    reconciled.push({ flow: f.name, target: f.target.table, deleted: gone.length, keptAppRows: kept });
    lines.push(
      `flow ${f.name}: deleted ${gone.length} row(s) of ${f.target.table} that are no longer at the source` +
        (kept ? `; kept ${kept} the application last wrote there itself (${ORIGIN_COLUMN} '${ORIGIN_APP}')` : ''),
    );
  }
  for (const f of sinks.filter((x) => x.flow.deletes !== 'propagate')) lines.push(`flow ${f.flow.name}: deletes are not carried (${f.flow.deletesReason}); nothing to reconcile`);

  // 6. still running, streaming from the new slot
  const settled = await runsAndStays(api, source.connector, left(), flags.settle as number);
  const active = await withPg(ctx.databases[db], async (c) => (await c.query<{ active: boolean }>('SELECT active FROM pg_replication_slots WHERE slot_name = $1', [source.slot])).rows[0]?.active === true);
  if (!settled.ok) return fail(`${source.connector} did not stay RUNNING: ${settled.error}`, { reconciled });
  if (!active) return fail(`replication slot ${source.slot} is not active: ${source.connector} does not stream from it`, { reconciled });
  lines.push(`${source.connector} RUNNING and streaming from ${source.slot}`);
  return emit(io, flags, 'resync', ctx, true, { database: db, connector: source.connector, slot: source.slot, slotWas: slot.before, reconciled, lines });
}
