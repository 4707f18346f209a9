/**
 * Reads the pipeline's state from the engines, in parallel: connectors and tasks from Connect,
 * slots and heartbeat rows from each database, consumer lag, dead letters and heartbeat records
 * from Kafka. An unreachable engine becomes a down endpoint, never an exception. Names come from the
 * catalogue view, never from literals.
 */
import { Client } from 'pg';
import { DatabaseId } from '../../../catalogue/model';
import { HEARTBEAT_TABLE } from '../../../catalogue/derive';
import { ConnectApi, ConnectorExpanded, EndpointError, endpointError, pgConnect, withKafka } from '../clients';
import { OpsContext } from '../context';
import { describeError } from '../errors';
import { Drift, judgeDrift, readCarriedColumns } from '../drift';
import { rootCause } from '../format';
import { replicaIdentityBroken } from '../checks';
import { lastParked, parkedCounts, positionText } from '../parked';
import { supervision, SupervisionState } from '../supervision';
import { ConnectorState, ConsumerState, ContentState, DEFAULT_THRESHOLDS, DeadLetterState, EndpointState, HeartbeatState, SlotState, StatusData, Thresholds } from '../health';
import { VERIFICATION_TABLE } from '../verify';
import { PendingBackfill, readPendingBackfills } from '../backfill';
import { AclState, readAcls } from '../acls';
import { aclGrants } from '../../../constructs/streaming/acls';

/** Why an engine failed, without repeating its label. */
const reasonOf = (e: unknown) => (e instanceof EndpointError ? e.reason : describeError(e));

interface ConnectPart {
  endpoint: EndpointState;
  connectors: ConnectorState[];
  others: ConnectorState[];
  /** slot.name → connector, from the live configs */
  slotUsers: Map<string, string>;
}

export function connectorStates(ctx: OpsContext, all: Record<string, ConnectorExpanded> | undefined): { connectors: ConnectorState[]; others: ConnectorState[] } {
  const toState = (name: string, kind: ConnectorState['kind'], subject: string): ConnectorState => {
    if (!all) return { name, kind, subject, state: 'UNKNOWN', tasks: [] };
    const x = all[name];
    if (!x?.status) return { name, kind, subject, state: 'MISSING', tasks: [] };
    return {
      name,
      kind,
      subject,
      state: x.status.connector.state,
      // the deepest "Caused by": the generic first line ("Exiting WorkerSinkTask…") tells nothing
      trace: rootCause(x.status.connector.trace) || undefined,
      tasks: [...x.status.tasks].sort((a, b) => a.id - b.id).map((t) => ({ id: t.id, state: t.state, trace: rootCause(t.trace) || undefined })),
    };
  };
  const connectors = [
    ...ctx.names.sources.map((s) => toState(s.connector, 'source', s.db)),
    ...ctx.names.sinks.map((s) => toState(s.connector, 'sink', s.flow.name)),
    toState(ctx.names.supervisor.connector, 'supervisor', 'all'),
  ];
  const mine = new Set(connectors.map((c) => c.name));
  const others = Object.keys(all ?? {})
    .filter((n) => !mine.has(n))
    .sort()
    .map((n) => {
      const type = all![n].status?.type ?? all![n].info?.type;
      return toState(n, type === 'source' ? 'source' : 'sink', '-');
    });
  return { connectors, others };
}

async function connectPart(ctx: OpsContext): Promise<ConnectPart> {
  const api = new ConnectApi(ctx.connect);
  const endpoint: EndpointState = { component: 'connect', label: ctx.connect.label };
  try {
    const all = await api.connectors();
    const slotUsers = new Map<string, string>();
    for (const [name, x] of Object.entries(all)) {
      const slot = x.info?.config?.['slot.name'];
      if (slot) slotUsers.set(slot, name);
    }
    return { endpoint, ...connectorStates(ctx, all), slotUsers };
  } catch (e) {
    return { endpoint: { ...endpoint, error: reasonOf(e) }, ...connectorStates(ctx, undefined), slotUsers: new Map() };
  }
}

interface SlotRow {
  slot_name: string;
  plugin: string | null;
  slot_type: string;
  active: boolean;
  wal_status: string | null;
  lag_bytes: string | null;
  retained_bytes: string | null;
  replay_lag_s: string | null;
  streaming_s: string | null;
  safe_wal_size: string | null;
  keep_bytes: string | null;
}

/** Slots of this database (logical) and of the cluster (physical), with lag from the current WAL position. */
export const SLOTS_SQL = `
  SELECT s.slot_name, s.plugin, s.slot_type, s.active, s.wal_status,
         CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_wal_lsn_diff(pg_current_wal_lsn(), coalesce(s.confirmed_flush_lsn, s.restart_lsn))::bigint END AS lag_bytes,
         CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_wal_lsn_diff(pg_current_wal_lsn(), s.restart_lsn)::bigint END AS retained_bytes,
         extract(epoch FROM coalesce(r.replay_lag, CASE WHEN r.pid IS NOT NULL THEN interval '0' END)) AS replay_lag_s,
         extract(epoch FROM now() - r.backend_start) AS streaming_s,
         s.safe_wal_size,
         CASE WHEN current_setting('max_slot_wal_keep_size') = '-1' THEN NULL ELSE pg_size_bytes(current_setting('max_slot_wal_keep_size')) END AS keep_bytes
    FROM pg_replication_slots s
    LEFT JOIN pg_stat_replication r ON r.pid = s.active_pid
   WHERE s.database = current_database() OR s.slot_type = 'physical'
   ORDER BY s.slot_name`;

interface DbPart {
  endpoint: EndpointState;
  slots: SlotRow[];
  /** source name → heartbeat age in seconds */
  heartbeats: Map<string, number>;
  heartbeatError?: string;
  drift: Drift[];
  replicaIdentity: NonNullable<StatusData['replicaIdentity']>;
  /** flow → its last verify, for the flows whose target is here (error: the table could not be read) */
  verifications: Map<string, ContentState>;
  verificationError?: string;
  /** the flows leaving this database that a deploy widened and no backfill has brought across yet */
  backfills: PendingBackfill[];
  reachable: boolean;
}

interface VerificationRow {
  flow: string;
  verified_at: Date;
  age: string;
  result: ContentState['result'];
  compared: string;
  missing: string;
  extra: string;
  different: string;
  reason: string | null;
}

async function readVerifications(c: Client): Promise<{ rows: Map<string, ContentState>; error?: string }> {
  try {
    const rows = (await c.query<VerificationRow>(`SELECT *, extract(epoch FROM now() - verified_at) AS age FROM ${VERIFICATION_TABLE}`)).rows;
    const states = rows.map((r): ContentState => ({
      flow: r.flow,
      verifiedAt: r.verified_at.toISOString(),
      ageSeconds: Number(r.age),
      result: r.result,
      compared: Number(r.compared),
      missing: Number(r.missing),
      extra: Number(r.extra),
      different: Number(r.different),
      ...(r.reason ? { reason: r.reason } : {}),
    }));
    return { rows: new Map(states.map((s) => [s.flow, s])) };
  } catch (e) {
    return { rows: new Map(), error: (e as { code?: string }).code === '42P01' ? `${VERIFICATION_TABLE} does not exist (run bootstrap)` : describeError(e) };
  }
}

async function dbPart(ctx: OpsContext, id: DatabaseId): Promise<DbPart> {
  const t = ctx.databases[id];
  const endpoint: EndpointState = { component: `${id} database`, label: `${t.label} (database ${t.database} as ${t.user})` };
  let c: Client | undefined;
  try {
    c = await pgConnect(t);
    const slots = (await c.query<SlotRow>(SLOTS_SQL)).rows;
    const heartbeats = new Map<string, number>();
    let heartbeatError: string | undefined;
    if (ctx.view.sourceDatabases.includes(id)) {
      try {
        const rows = (await c.query<{ source: string; age: string }>(`SELECT source, extract(epoch FROM now() - beat_at) AS age FROM ${HEARTBEAT_TABLE}`)).rows;
        for (const r of rows) heartbeats.set(r.source, Number(r.age));
      } catch (e) {
        heartbeatError = (e as { code?: string }).code === '42P01' ? `${HEARTBEAT_TABLE} does not exist (run bootstrap)` : describeError(e);
      }
    }
    const drift = judgeDrift(ctx.view, id, await readCarriedColumns(c, ctx.view, id));
    // every captured table: the publication publishes its updates and deletes (a table missing altogether is drift's to report)
    const captured = ctx.view.capturedTables(id);
    const identities = (await c.query<{ table: string; identity: string | null }>('SELECT t AS table, (SELECT relreplident::text FROM pg_class WHERE oid = to_regclass(t)) AS identity FROM unnest($1::text[]) t', [captured])).rows;
    const replicaIdentity = identities
      .map((r) => ({ database: id, table: r.table, identity: r.identity!, filtered: !!ctx.view.filterOf(id, r.table) }))
      .filter((r) => r.identity && replicaIdentityBroken(r.identity, r.filtered));
    const v = ctx.view.flowsInto(id).length ? await readVerifications(c) : { rows: new Map<string, ContentState>() };
    const backfills = ctx.view.sourceDatabases.includes(id) ? await readPendingBackfills(c, id) : [];
    return { endpoint, slots, heartbeats, heartbeatError, drift, replicaIdentity, verifications: v.rows, verificationError: v.error, backfills, reachable: true };
  } catch (e) {
    return { endpoint: { ...endpoint, error: endpointError(t.label, e).reason }, slots: [], heartbeats: new Map(), drift: [], replicaIdentity: [], verifications: new Map(), backfills: [], reachable: false };
  } finally {
    await c?.end().catch(() => undefined);
  }
}

interface KafkaPart {
  endpoint: EndpointState;
  consumers: ConsumerState[];
  deadLetters: DeadLetterState[];
  /** heartbeat topic → a record arrived within the window (null: topic missing or unknown) */
  fresh: Map<string, boolean | null>;
  supervision?: SupervisionState;
  /** the stack's ACLs on the cluster, where the environment turns authorization on */
  acls?: AclState;
}

async function kafkaPart(ctx: OpsContext, windowSeconds: number): Promise<KafkaPart> {
  const endpoint: EndpointState = { component: 'kafka', label: ctx.kafka.label };
  const sinks = ctx.names.sinks;
  try {
    return await withKafka(ctx.kafka, async (admin) => {
      const existing = new Set(await admin.listTopics());
      const consumers = await Promise.all(
        sinks.map(async (s): Promise<ConsumerState> => {
          const base = { flow: s.flow.name, connector: s.connector, group: s.group, topic: s.topic };
          if (!existing.has(s.topic)) return { ...base, lag: null, error: `topic ${s.topic} does not exist` };
          const [ends, group] = await Promise.all([admin.topicOffsets(s.topic), admin.groupOffsets(s.group, s.topic)]);
          const committed = new Map(group.map((p) => [p.partition, p.offset]));
          const lag = ends.reduce((n, p) => {
            const c = committed.get(p.partition) ?? -1;
            return n + Math.max(0, p.high - (c >= 0 ? c : p.low));
          }, 0);
          return { ...base, lag };
        }),
      );
      const deadLetters = await Promise.all(
        sinks.map(async (s): Promise<DeadLetterState> => {
          const base = { flow: s.flow.name, topic: s.deadLetterTopic };
          if (!existing.has(s.deadLetterTopic)) return { ...base, depth: null, error: 'topic does not exist' };
          const n = await parkedCounts(admin, s.deadLetterTopic, s.handledGroup);
          const last = n.pending ? await lastParked(ctx.kafka, s.deadLetterTopic, n.end).catch(() => undefined) : undefined;
          return { ...base, depth: n.depth, pending: n.pending, ...(last ? { last: { reason: last.reason, position: positionText(last), at: last.at } } : {}) };
        }),
      );
      const fresh = new Map<string, boolean | null>();
      await Promise.all(
        ctx.names.sources.map(async (src) => {
          if (!existing.has(src.heartbeatTopic)) return fresh.set(src.heartbeatTopic, false);
          const [ends, since] = await Promise.all([admin.topicOffsets(src.heartbeatTopic), admin.offsetsAt(src.heartbeatTopic, Date.now() - windowSeconds * 1000)]);
          // the first offset at or after the window start (-1, or the end offset, when nothing is that recent)
          const high = new Map(ends.map((p) => [p.partition, p.high]));
          return fresh.set(src.heartbeatTopic, since.some((p) => p.offset >= 0 && p.offset < (high.get(p.partition) ?? 0)));
        }),
      );
      const sup = await supervision(admin, ctx.kafka, ctx.names.supervisor.topic, existing).catch((e) => ({ topic: ctx.names.supervisor.topic, restarts: null, windowSeconds: 3600, error: reasonOf(e) }));
      const grants = aclGrants(ctx.view, ctx.env);
      const acls = grants.length ? await readAcls(admin, grants).catch((e): AclState => ({ checked: grants.length, missing: [], denied: [], error: reasonOf(e) })) : undefined;
      return { endpoint, consumers, deadLetters, fresh, supervision: sup, acls };
    });
  } catch (e) {
    const error = reasonOf(e);
    return {
      endpoint: { ...endpoint, error },
      consumers: sinks.map((s) => ({ flow: s.flow.name, connector: s.connector, group: s.group, topic: s.topic, lag: null })),
      deadLetters: sinks.map((s) => ({ flow: s.flow.name, topic: s.deadLetterTopic, depth: null })),
      fresh: new Map(),
    };
  }
}

/** Reads every engine in parallel; an unreachable engine becomes a down endpoint, never an exception. */
export async function gatherStatus(ctx: OpsContext, t: Thresholds = DEFAULT_THRESHOLDS): Promise<StatusData> {
  const [connect, kafka, ...dbs] = await Promise.all([connectPart(ctx), kafkaPart(ctx, t.maxHeartbeatAgeSeconds), ...ctx.view.databaseIds.map((id) => dbPart(ctx, id))]);
  const ids = ctx.view.databaseIds;
  const byDb = new Map(ids.map((id, i) => [id, dbs[i]]));
  const pipelineSlots = new Map(ctx.names.sources.map((s) => [s.slot, s]));

  const slots: SlotState[] = [];
  for (const id of ids) {
    const part = byDb.get(id)!;
    if (!part.reachable) continue;
    const source = ctx.names.sources.find((s) => s.db === id);
    for (const r of part.slots) {
      const mine = pipelineSlots.get(r.slot_name);
      const usedBy = connect.slotUsers.get(r.slot_name) ?? mine?.connector;
      const hb = usedBy ? part.heartbeats.get(usedBy) : undefined;
      // a caught-up slot has no age; else the walsender's replay lag, else the connector's last heartbeat
      const caughtUp = r.lag_bytes !== null && Number(r.lag_bytes) === 0;
      const age = caughtUp ? 0 : r.replay_lag_s !== null ? Number(r.replay_lag_s) : hb !== undefined ? hb : null;
      slots.push({
        database: id,
        name: r.slot_name,
        pipeline: !!mine,
        exists: true,
        active: r.active,
        walStatus: r.wal_status,
        lagBytes: r.lag_bytes === null ? null : Number(r.lag_bytes),
        retainedBytes: r.retained_bytes === null ? null : Number(r.retained_bytes),
        ageSeconds: age,
        ageSource: caughtUp || r.replay_lag_s !== null ? 'pg_stat_replication' : hb !== undefined ? 'heartbeat' : null,
        safeWalBytes: r.safe_wal_size === null ? null : Number(r.safe_wal_size),
        keepBytes: r.keep_bytes === null ? null : Number(r.keep_bytes),
        usedBy,
        streamingSeconds: r.streaming_s === null ? null : Number(r.streaming_s),
      });
    }
    if (source && !part.slots.some((r) => r.slot_name === source.slot)) slots.push({ database: id, name: source.slot, pipeline: true, exists: false, usedBy: source.connector });
  }

  const heartbeats: HeartbeatState[] = ctx.names.sources.map((s) => {
    const part = byDb.get(s.db)!;
    const base = { database: s.db, connector: s.connector, topic: s.heartbeatTopic, topicFresh: kafka.fresh.get(s.heartbeatTopic) ?? null };
    // an unreachable engine is judged once, as its endpoint
    if (!part.reachable) return { ...base, ageSeconds: null, unknown: true };
    if (part.heartbeatError) return { ...base, ageSeconds: null, error: part.heartbeatError };
    return { ...base, ageSeconds: part.heartbeats.get(s.connector) ?? null };
  });

  return {
    environment: ctx.env.name,
    pipelineVersion: ctx.view.catalogue.version,
    endpoints: [...ids.map((id) => byDb.get(id)!.endpoint), kafka.endpoint, connect.endpoint],
    connectors: connect.connectors,
    otherConnectors: connect.others,
    slots,
    consumers: kafka.consumers,
    deadLetters: kafka.deadLetters,
    heartbeats,
    drift: ids.flatMap((id) => byDb.get(id)!.drift),
    replicaIdentity: ids.flatMap((id) => byDb.get(id)!.replicaIdentity),
    supervision: kafka.supervision,
    acls: kafka.acls,
    content: ctx.view.flows.map((f): ContentState => {
      const part = byDb.get(f.target.database)!;
      const pending = byDb.get(f.source.database)!.backfills.find((b) => b.flow === f.name);
      const backfill = pending ? { backfill: { reason: pending.reason, since: pending.since } } : {};
      if (!part.reachable) return { flow: f.name, verifiedAt: null, error: 'database unreachable', ...backfill };
      if (part.verificationError) return { flow: f.name, verifiedAt: null, error: part.verificationError, ...backfill };
      return { ...(part.verifications.get(f.name) ?? { flow: f.name, verifiedAt: null }), ...backfill };
    }),
  };
}

