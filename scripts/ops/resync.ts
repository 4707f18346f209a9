/**
 * `repair resync <env> <database>`: the one command after a replication slot lost the WAL it
 * needed (or whenever a source database must be streamed again from scratch):
 *  1. checks every flow of the database can be copied (the salt of hashed columns, the sink role's
 *     password) before anything is touched;
 *  2. stops the database's source connector (it releases the slot) and waits until every sink of its
 *     flows has consumed what the old slot sent (written after the copy, it would overwrite it);
 *  3. drops the slot and creates it again as the stack defines it (name, pgoutput): its start is
 *     where streaming resumes;
 *  4. copies every flow of the database in bulk (bulk-copy.ts: COPY, mapped in SQL as the stream
 *     maps it, upserted as the sink role), which also deletes from a flow that carries deletes the
 *     target rows no longer at the source (within its filter) — the deletes made while the slot was
 *     lost; on a target whose rows carry their origin, only rows a sink wrote last;
 *  5. sets the connector's offset to the slot's start (no Debezium snapshot) and resumes it: every
 *     change since the slot was created — those the copy missed or read half-way included — is
 *     applied after the copy, in order, by the sinks' idempotent upserts and deletes;
 *  6. checks the connector stays RUNNING and the slot is active.
 */
import { DatabaseId } from '../../catalogue/model';
import { ConnectApi, withKafka, withPg } from './clients';
import { OpsContext, SourceNames } from './context';
import { OpsError, UsageError } from './errors';
import { describeStatus, emit, runsAndStays } from './repair';
import { CopiedFlow, copyBlocker, copyFlow, sinkTarget } from './bulk-copy';
import { hashSalt } from './verify';
import { CLI, Io } from './io';
import { caughtUp, endOffsets, SinkCatchUp, sleep, waitFor } from './waits';

/** An LSN as PostgreSQL writes it (`16/B374D848`) as the number Debezium's offsets hold. */
export function lsnNumber(lsn: string): number {
  const m = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(lsn);
  if (!m) throw new OpsError(`not an LSN: '${lsn}'`);
  return parseInt(m[1], 16) * 2 ** 32 + parseInt(m[2], 16);
}

/** A Debezium PostgreSQL source offset that streams from `lsn`: outside any snapshot (signals.ts). */
export const streamingOffset = (topicPrefix: string, lsn: number) => ({ offsets: [{ partition: { server: topicPrefix }, offset: { lsn, ts_usec: Date.now() * 1000 } }] });

/**
 * Drops a STOPPED source's slot (once released) and creates it again as the stack defines it
 * (constructs/database/database-layer.ts: pgoutput, after the publication); returns the slot's start.
 */
export async function recreateSlot(ctx: OpsContext, source: SourceNames, deadline: number): Promise<{ before: string; lsn: string }> {
  const db = source.db;
  return withPg(ctx.databases[db], async (c) => {
    for (;;) {
      const r = (await c.query<{ active: boolean; wal_status: string | null }>('SELECT active, wal_status FROM pg_replication_slots WHERE slot_name = $1', [source.slot])).rows[0];
      if (!r?.active) {
        if (r) await c.query('SELECT pg_drop_replication_slot($1)', [source.slot]);
        const pub = await c.query('SELECT 1 FROM pg_publication WHERE pubname = $1', [source.publication]);
        if (!pub.rowCount) throw new OpsError(`publication ${source.publication} does not exist on ${db}: run \`${CLI} bootstrap ${ctx.env.name}\` instead`);
        const created = await c.query<{ lsn: string }>(`SELECT lsn::text FROM pg_create_logical_replication_slot($1, 'pgoutput')`, [source.slot]);
        return { before: r ? (r.wal_status ?? 'unknown') : 'missing', lsn: created.rows[0].lsn };
      }
      if (Date.now() > deadline) throw new OpsError(`replication slot ${source.slot} on ${db} is still active although ${source.connector} is STOPPED: another consumer uses it`);
      await sleep(500);
    }
  });
}

/** A STOPPED source connector resumed streaming from `lsn` (its offset set there: no snapshot). */
export async function streamFrom(api: ConnectApi, source: SourceNames, lsn: string): Promise<void> {
  await api.request('PATCH', `/connectors/${encodeURIComponent(source.connector)}/offsets`, streamingOffset(source.topicPrefix, lsnNumber(lsn)), [200, 202]);
  await api.request('PUT', `/connectors/${encodeURIComponent(source.connector)}/resume`, undefined, [202, 204]);
}

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

  // 1. nothing is touched unless every flow can be copied
  const sinks = ctx.names.sinks.filter((k) => k.flow.source.database === db);
  const salt = hashSalt(env);
  const blockers = sinks.map((k) => copyBlocker(ctx, k.flow, salt)).filter((x): x is string => !!x);
  if (blockers.length) throw new UsageError(`repair resync ${env} ${db}: ${blockers.join('; ')}`);
  for (const t of new Set(sinks.map((k) => k.flow.target.database))) sinkTarget(ctx, t);

  // 2. stop the source connector: it must not hold or re-create the slot meanwhile; then the sinks drain what it sent
  const before = await api.status(source.connector);
  await api.request('PUT', `/connectors/${encodeURIComponent(source.connector)}/stop`, undefined, [202, 204]);
  const stopped = await waitFor(api, source.connector, (s) => s.connector.state === 'STOPPED', left());
  if (!stopped.reached) return fail(`${source.connector} did not stop: ${describeStatus(stopped.status)}`);
  lines.push(`stopped ${source.connector} (was ${describeStatus(before)})`);
  const drains = await withKafka(ctx.kafka, async (a) => Promise.all(sinks.map(async (k) => new SinkCatchUp(k, await endOffsets(a, k.topic)))));
  const late = await caughtUp(ctx.kafka, drains, deadline, 1000);
  if (late) return fail(`${late.sink.connector} is still ${late.behind} record(s) behind on ${late.sink.topic} after ${timeoutS}s: the copy would be overwritten by older changes (the slot is untouched)`);
  lines.push(`${sinks.map((k) => k.flow.name).join(', ')} consumed what ${source.connector} had sent`);

  // 3. the slot, as the stack defines it; streaming resumes from its start
  const slot = await recreateSlot(ctx, source, deadline);
  lines.push(`re-created replication slot ${source.slot} on ${db} (pgoutput, from ${slot.lsn}; it was ${slot.before})`);

  // 4. the rows themselves, in bulk; deletes made while the slot was lost go with them
  const copied: CopiedFlow[] = [];
  for (const k of sinks) {
    try {
      copied.push(await copyFlow(ctx, k.flow, salt, Math.max(60, left()) * 1000));
    } catch (e) {
      // the connector stays STOPPED: re-running resync starts over from a new slot
      return fail(`${(e as Error).message} (${source.connector} stays STOPPED; re-run \`${CLI} repair resync ${env} ${db}\`)`, { copied });
    }
    const c = copied[copied.length - 1];
    lines.push(
      `flow ${c.flow}: copied ${c.rows} row(s) into ${c.target} in ${c.seconds.toFixed(1)} s` +
        (k.flow.deletes === 'propagate' ? `; deleted ${c.deleted} row(s) no longer at the source` : `; deletes are not carried (${k.flow.deletesReason}): none removed`) +
        (c.keptAppRows ? `; kept ${c.keptAppRows} the application wrote there itself` : ''),
    );
  }
  const reconciled = copied.filter((c) => sinks.find((k) => k.flow.name === c.flow)?.flow.deletes === 'propagate').map(({ flow, target, deleted, keptAppRows }) => ({ flow, target, deleted, keptAppRows }));

  // 5. stream from the slot's start: no snapshot, the copy is the snapshot
  await streamFrom(api, source, slot.lsn);
  lines.push(`${source.connector} streams from ${slot.lsn}, the slot's start`);

  // 6. still running, streaming from the new slot
  const settled = await runsAndStays(api, source.connector, left(), flags.settle as number);
  const active = await withPg(ctx.databases[db], async (c) => (await c.query<{ active: boolean }>('SELECT active FROM pg_replication_slots WHERE slot_name = $1', [source.slot])).rows[0]?.active === true);
  if (!settled.ok) return fail(`${source.connector} did not stay RUNNING: ${settled.error}`, { reconciled });
  if (!active) return fail(`replication slot ${source.slot} is not active: ${source.connector} does not stream from it`, { reconciled });
  lines.push(`${source.connector} RUNNING and streaming from ${source.slot}`);
  return emit(io, flags, 'resync', ctx, true, { database: db, connector: source.connector, slot: source.slot, slotWas: slot.before, copied, reconciled, lines });
}
