import { CAPTURE_ROLE, CatalogueView, HEARTBEAT_TABLE, SIGNAL_TABLE, SINK_ROLE } from '../../catalogue/derive';
import { SMART_CATALOGUE } from '../../catalogue/smart';
import { connectorMaps } from '../../constructs/connect/connector';
import { debeziumSourceConfig } from '../../constructs/connect/debezium-source';
import { CARRIED_TYPES, CarriedColumn, carriedTypeOf, isNumericType } from '../../constructs/connect/field-types';
import { jdbcSinkConfig } from '../../constructs/connect/jdbc-sink';
import { HASH_SALT_SECRET, workerSecret } from '../../constructs/connect/worker-secrets';
import { loadEnvironment } from '../../environments';
import { APP_ROLE, connectApi, Db, eventually, LOCAL, query, readTopic, topicSize, withDb, withKafka } from './support/engines';
import { TYPE_CASES, TypeCase } from './support/type-cases';
import { contractDifferences, emittedSignatures } from './support/schema-contract';

/**
 * Every type a catalogue column may have (field-types.ts) round-trips exactly: one scratch flow,
 * warehouse → citizen, built by the same typed builders as the stack's connectors, whose table has
 * one column per type. Each row sets one column to one value (ordinary values, limits, NULL, every
 * special value PostgreSQL allows for the type), so a value the flow refuses parks only its own row.
 * Half the rows exist before the source starts (a Debezium snapshot reads them over JDBC, as `repair snapshot` does), half are written
 * afterwards (streamed from pgoutput): the two paths decode values differently.
 * Asserted: each target row equals its source row as PostgreSQL's text, or — for a value the flow
 * cannot carry exactly — the row is absent and parked with a reason that names the column; no
 * task fails.
 */

jest.setTimeout(300_000);

const view = new CatalogueView(SMART_CATALOGUE);
const local = loadEnvironment('local', SMART_CATALOGUE);
const TABLE = 'e2e_types.roundtrip';
const PREFIX = 'smart.e2e.types';
const TOPIC = `${PREFIX}.${TABLE}`;
const HEARTBEAT_TOPIC = `${view.heartbeatTopicPrefix}.${PREFIX}`;
const DLQ = 'smart.e2e.types.dlq';
// named per run: Connect keeps a deleted connector's offsets, which would point into an earlier run's slot
const RUN = Date.now().toString(36);
const SOURCE = `smart-cdc-e2e-types-source-${RUN}`;
const SINK = `smart-cdc-e2e-types-sink-${RUN}`;
const SLOT = 'smart_cdc_e2e_types';
const PUBLICATION = 'smart_cdc_e2e_types';

const column = (type: string) => `c_${type.replace(/[^a-z0-9]+/gi, '_').replace(/_+$/, '')}`;
const COLUMNS = CARRIED_TYPES.map((t) => [column(t), t] as const);
/** the flow's columns as the sink is told they travel: the key, then one nullable column per type */
const CARRIED: Record<string, CarriedColumn> = Object.fromEntries([
  ['id', { ...carriedTypeOf('integer'), optional: false }],
  ...COLUMNS.map(([c, t]) => [c, { ...carriedTypeOf(t), optional: true }]),
]);

interface Case {
  id: number;
  column: string;
  type: string;
  literal: string;
  /** the reason its parked record must give, when the flow cannot carry it exactly */
  parks?: RegExp;
}

/** one row per (type, value), from `offset`: the rows the snapshot reads, or the streamed ones */
function cases(offset: number, phase: 'snapshot' | 'stream'): Case[] {
  const out: Case[] = [];
  let id = offset;
  for (const [col, type] of COLUMNS)
    for (const c of TYPE_CASES[type] as readonly TypeCase[]) {
      const k = typeof c === 'string' ? { sql: c } : c;
      if (phase === 'snapshot' && k.snapshot === false) continue;
      out.push({ id: id++, column: col, type, literal: k.sql, parks: k.parks });
    }
  return out;
}

const insertSql = (c: Case) => `INSERT INTO ${TABLE} (id, ${c.column}) VALUES (${c.id}, (${c.literal})::${c.type})`;

async function textRows(db: Db): Promise<Map<number, string>> {
  const rows = await query<{ id: number; v: string }>(db, `SELECT id, json_build_array(${COLUMNS.map(([c]) => `${c}::text`).join(', ')})::text AS v FROM ${TABLE}`);
  return new Map(rows.map((r) => [r.id, r.v]));
}

async function dropScratch(): Promise<void> {
  for (const c of [SOURCE, SINK]) await fetch(`${LOCAL.connect}/connectors/${c}`, { method: 'DELETE' });
  await query('warehouse', `SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '${SLOT}' AND NOT active`).catch(() => undefined);
  await query('warehouse', `DROP PUBLICATION IF EXISTS ${PUBLICATION}`);
  for (const db of ['warehouse', 'citizen'] as const) await query(db, 'DROP SCHEMA IF EXISTS e2e_types CASCADE');
  await withKafka(async (admin) => {
    const existing = await admin.listTopics();
    await admin.deleteTopics([TOPIC, HEARTBEAT_TOPIC, DLQ].filter((t) => existing.includes(t))).catch(() => undefined);
  });
}

describe('every catalogue type round-trips exactly, or its row is parked with the reason', () => {
  const before = cases(1, 'snapshot');
  const after = cases(before.length + 1, 'stream');
  const all = [...before, ...after];

  let sink: ReturnType<typeof connectorMaps>;

  beforeAll(async () => {
    await dropScratch();
    const ddl = `CREATE SCHEMA e2e_types; CREATE TABLE ${TABLE} (id integer PRIMARY KEY, ${COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ')})`;
    for (const db of ['warehouse', 'citizen'] as const)
      await withDb(db, async (c) => {
        await c.query(ddl);
        await c.query(`GRANT USAGE ON SCHEMA e2e_types TO ${APP_ROLE[db]}, ${db === 'warehouse' ? CAPTURE_ROLE : SINK_ROLE}`);
        await c.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${TABLE} TO ${APP_ROLE[db]}, ${db === 'warehouse' ? CAPTURE_ROLE : SINK_ROLE}`);
      });
    await query('warehouse', `CREATE PUBLICATION ${PUBLICATION} FOR TABLE ${TABLE}`);
    await query('warehouse', `SELECT pg_create_logical_replication_slot('${SLOT}', 'pgoutput')`);
    await withKafka((admin) => admin.createTopics([TOPIC, HEARTBEAT_TOPIC, DLQ].map((name) => ({ name, partitions: 1, replicationFactor: 1 }))));
    await withDb('warehouse', async (c) => {
      for (const k of before) await c.query(insertSql(k));
    }, APP_ROLE.warehouse);

    const source = connectorMaps(
      debeziumSourceConfig({
        name: SOURCE,
        topicPrefix: PREFIX,
        heartbeatTopicPrefix: view.heartbeatTopicPrefix,
        database: { host: LOCAL.warehouse.host, port: LOCAL.warehouse.port, name: LOCAL.warehouse.database, user: CAPTURE_ROLE, sslmode: 'disable' },
        slotName: SLOT,
        publicationName: PUBLICATION,
        tables: [TABLE],
        includedColumns: ['id', ...COLUMNS.map(([c]) => c)].map((c) => `${TABLE}.${c}`),
        hashedColumns: [],
        numericColumns: COLUMNS.filter(([, t]) => isNumericType(t)).map(([c]) => `${TABLE}.${c}`),
        hashSalt: workerSecret(local.connect.secrets, HASH_SALT_SECRET),
        heartbeat: { intervalMs: 10_000, table: HEARTBEAT_TABLE },
        signalTable: SIGNAL_TABLE,
        tuning: local.tuning,
      }),
    );
    sink = connectorMaps(
      jdbcSinkConfig({
        name: SINK,
        flow: 'e2e_types',
        sourceTable: TABLE,
        carriedTypes: CARRIED,
        topic: TOPIC,
        database: { host: LOCAL.citizen.host, port: LOCAL.citizen.port, name: LOCAL.citizen.database, user: SINK_ROLE, sslmode: 'disable' },
        targetTable: TABLE,
        fields: Object.fromEntries([['id', 'id'], ...COLUMNS.map(([c]) => [c, c])]),
        sourceKey: 'id',
        deletes: 'propagate',
        deadLetterTopic: DLQ,
        deadLetterReplicationFactor: 1,
        tuning: local.tuning,
      }),
    );
    // The stack's sources never snapshot (a first copy is a bulk copy); this one reads the first half
    // over JDBC as Debezium's snapshots do, the path `repair snapshot`'s incremental snapshots take.
    source.config['snapshot.mode'] = 'initial';
    for (const [name, m] of [[SOURCE, source], [SINK, sink]] as const) {
      const res = await fetch(`${LOCAL.connect}/connectors/${name}/config`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...m.config, name }) });
      if (!res.ok) throw new Error(`PUT ${name}: ${res.status} ${await res.text()}`);
    }
    // the streamed rows only once the snapshot has read the table: otherwise it would read them too
    await eventually(async () => {
      const n = await topicSize(TOPIC);
      if (n < before.length) throw new Error(`snapshot: ${n} of ${before.length} records in ${TOPIC}`);
    }, 120_000, 500);
    await withDb('warehouse', async (c) => {
      for (const k of after) await c.query(insertSql(k));
    }, APP_ROLE.warehouse);
  });

  afterAll(async () => {
    if (process.env.SMART_CDC_E2E_KEEP_TYPES) return;
    await dropScratch();
  });

  it('every inserted value arrives exactly, or is parked naming its column', async () => {
    // settled: every source row written or parked (or a task failed); after the deadline, whatever is there is judged
    const deadline = Date.now() + 150_000;
    let settled: { src: Map<number, string>; tgt: Map<number, string>; parked: Awaited<ReturnType<typeof readTopic>>; failed: string };
    for (;;) {
      const [src, tgt, parked] = await Promise.all([textRows('warehouse'), textRows('citizen'), readTopic(DLQ).catch(() => [])]);
      const failed: string[] = [];
      for (const name of [SOURCE, SINK]) {
        const s = await connectApi<{ tasks: Array<{ state: string; trace?: string }> }>(`/connectors/${name}/status`);
        for (const t of s.tasks) if (t.state === 'FAILED') failed.push(`${name}: ${t.trace?.split('\n')[0]}`);
      }
      settled = { src, tgt, parked, failed: failed.join('; ') };
      if (failed.length || tgt.size + parked.length >= src.size || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 1_000));
    }
    const report: string[] = [];
    if (settled.failed) report.push(`FAILED ${settled.failed}`);
    const reasons = new Map<number, string>();
    for (const p of settled.parked) {
      const key = JSON.parse(p.key?.toString() ?? '{}');
      const id = (key?.payload ?? key)?.id;
      reasons.set(id, p.headers['__connect.errors.exception.message'] ?? '');
    }
    const short = (v: string | undefined) => (v && v.length > 200 ? `${v.slice(0, 200)}…` : v);
    for (const k of all) {
      const s = settled.src.get(k.id);
      const t = settled.tgt.get(k.id);
      const why = reasons.get(k.id);
      const what = `${k.id} ${k.type} ${short(k.literal)}`;
      if (k.parks) {
        // never written changed: absent from the target, parked with the reason, which names the column
        if (t !== undefined) report.push(`${what}: written (${short(t)}), should have been parked`);
        else if (!why) report.push(`${what}: neither written nor parked`);
        else if (!k.parks.test(why) || !why.includes(`${TABLE}.${k.column}`)) report.push(`${what}: parked for '${why}'`);
      } else if (t === undefined) report.push(`${what}: missing${why ? ` (parked: ${why})` : ''}`);
      else if (t !== s) report.push(`${what}: ${short(t)} ≠ ${short(s)}`);
    }
    // no "retyped at the source?" for a column nobody retyped
    for (const [id, why] of reasons) if (/retyped/.test(why)) report.push(`${id}: parked as retyped: ${why}`);
    console.log(`type round-trip: ${all.length} values of ${COLUMNS.length} types (${before.length} snapshot, ${after.length} streamed): ${all.filter((k) => !k.parks).length} exact expected, ${all.filter((k) => k.parks).length} parked expected; ${report.length} problem(s)`);
    expect(report).toEqual([]);
  });

  it("the schema the sink reads every type with is the one Debezium emits (type, logical type, optionality)", async () => {
    const signatures = await emittedSignatures(TOPIC);
    expect(signatures.size).toBeGreaterThan(0);
    const key = JSON.parse(sink.config['key.converter.schema.content']);
    const value = JSON.parse(sink.config['value.converter.schema.content']);
    expect([...signatures].flatMap((s) => contractDifferences(TABLE, key, value, s))).toEqual([]);
  });
});
