import { sinkTuning, sourceTuning } from '../../constructs/connect/tuning';
import { environmentSchema } from '../../environments/schema';

/**
 * Why each connector setting is what it is. The strategy document renders one row per property the
 * stacks synthesize; generation fails on a property that has no explanation here, so a new setting
 * cannot reach the connectors undocumented.
 */

export const SOURCE_WHY: Record<string, string> = {
  name: 'Carries the catalogue major version: a breaking mapping change deploys a second connector beside this one.',
  'connector.class': 'The Debezium PostgreSQL source connector.',
  'tasks.max': 'A PostgreSQL source reads its one replication slot with exactly one task.',
  'database.hostname': 'Per environment; in `dev` the database container\'s name on the Docker network.',
  'database.port': 'Per environment.',
  'database.dbname': 'The catalogue\'s database name.',
  'database.user': 'The capture role: LOGIN REPLICATION and SELECT on the captured tables only, never superuser.',
  'database.password': 'Sensitive variable, in `config_sensitive`.',
  'database.sslmode': 'From the environment: `disable` on loopback and in the Docker network, `verify-full` in shared environments.',
  'topic.prefix': '`smart.v<major>.<database>`: change topics are `<prefix>.<schema>.<table>`; the major version keeps a breaking change\'s topics apart.',
  'plugin.name': '`pgoutput` is built into PostgreSQL 10+ (nothing to install on managed servers) and honours the publication\'s row filters.',
  'slot.name': 'Created by the stack (`postgresql_replication_slot`) after the publication; carries the major version.',
  'slot.drop.on.stop': 'The slot, and the WAL position it holds, must outlive connector restarts; dropping it loses changes.',
  'publication.name': 'The stack\'s publication, which carries the row filters.',
  'publication.autocreate.mode': 'The stack owns the publication; Debezium must not create or rewrite it (its `filtered` mode would drop the row filters).',
  'table.include.list': 'Exactly the source tables of the enabled flows, regex-escaped (Debezium matches whole names).',
  'column.include.list': 'Only the columns some flow carries (plus the loop-prevention origin marker, and the signal table\'s columns, which Debezium must read to act on a signal) are written to Kafka: INTERNAL columns and fields no flow needs (e.g. citizen-owned PII in a warehouse topic) are in no topic.',
  'column.mask.hash.v2.SHA-256.with.salt.<secret:hash_salt>':
    'SENSITIVE columns: replaced by a salted SHA-256 hash before Kafka. `v2` hashing is stable across Debezium versions. The salt is part of the property name, so the whole property is in `config_sensitive`.',
  'snapshot.mode': '`initial`: snapshot the captured tables once, then stream from the slot.',
  'snapshot.select.statement.overrides': 'Tables whose snapshot is filtered: publication row filters do not apply to the initial snapshot.',
  'snapshot.select.statement.overrides.<table>': 'The snapshot query: the flow\'s row filter, the same predicate as the publication\'s.',
  'heartbeat.interval.ms': 'Every 10 s the connector emits a heartbeat and confirms its position, so a slot on quiet tables does not hold WAL back.',
  'heartbeat.action.query': 'Writes a row of `cdc.heartbeat` (a published table): the slot advances even when no captured table changes, and the row tells when the connector last beat.',
  'topic.heartbeat.prefix': 'Heartbeats go to `__debezium-heartbeat.<topic.prefix>`, a topic the stack creates.',
  'signal.enabled.channels': 'Signals are read from a table (incremental snapshots, e.g. to re-send a table).',
  'signal.data.collection': 'The signal table `cdc.debezium_signal`, which is in the publication.',
  'decimal.handling.mode': '`precise`: numerics (e.g. `numeric(5,4)` scores) travel as exact decimals.',
  'message.prefix.exclude.list': 'Logical decoding messages (`pg_logical_emit_message`) from any session are not captured: they would go to a `<prefix>.message` topic that does not exist and block the task while Connect still reports RUNNING.',
  predicates: 'Kafka Connect predicates used by the transforms below.',
  'predicates.dropSignalsTopic.type': 'Matches the topic the signal table\'s own change events would go to.',
  'predicates.dropSignalsTopic.pattern': 'The topic of `cdc.debezium_signal` under this connector\'s prefix: it does not exist (broker auto-create is off), so its records must be dropped.',
  'transforms.dropSignals.type': 'Kafka\'s Filter: drops the records the predicate matches. Signal rows only steer the connector (incremental snapshots); nobody consumes them.',
  'transforms.dropSignals.predicate': 'Applies the filter to the signal table\'s topic only.',
  'tombstones.on.delete': 'A delete is followed by a tombstone for the key (Kafka\'s convention); a second delete of the same key at the sink is a no-op.',
  'key.converter': 'JSON with schemas: the JDBC sink needs each record\'s schema, and no schema registry is needed.',
  'key.converter.schemas.enable': 'See `key.converter`.',
  'value.converter': 'See `key.converter`.',
  'value.converter.schemas.enable': 'See `key.converter`.',
  transforms: 'Only on databases with tables that a sink writes and the source captures: the loop-prevention filter.',
  'transforms.dropSinkEchoes.type': 'Debezium\'s scripting Filter SMT (needs `debezium-scripting` and Groovy on the Connect worker).',
  'transforms.dropSinkEchoes.language': 'Groovy through JSR 223.',
  'transforms.dropSinkEchoes.condition': 'Keeps a record unless its new row was written by a sink role; deletes (no new row) always pass.',
  'transforms.dropSinkEchoes.topic.regex': 'Only the topics of tables that carry `cdc_origin`; other tables have no such column.',
  'transforms.dropSinkEchoes.null.handling.mode': 'Tombstones carry no row: keep them.',
};

export const SINK_WHY: Record<string, string> = {
  name: 'Carries the catalogue major version and the flow name.',
  'connector.class': 'The Debezium JDBC sink connector.',
  'tasks.max': 'One task per partition of the change topic (the environment\'s `kafka.partitions`), unless `connect.tasksMax` sets fewer; more would idle (the configuration rejects it).',
  topics: 'One change topic: one flow per sink, so a failing flow stops only itself.',
  'connection.url': 'Per environment, with the environment\'s `sslmode`; `reWriteBatchedInserts=true` makes pgjdbc send a batch of single-row upserts as multi-row `INSERT … ON CONFLICT` statements (one statement execution for many rows).',
  'connection.username': 'The sink role: may write only the target tables of its database; its writes are marked as sink writes by the loop-prevention triggers.',
  'connection.password': 'Sensitive variable, in `config_sensitive`.',
  'connection.pool.min_size': 'One task needs few connections.',
  'connection.pool.max_size': 'One task needs few connections.',
  'insert.mode': '`upsert` (INSERT … ON CONFLICT DO UPDATE): idempotent, so at-least-once delivery leaves no duplicates; it updates only the columns the record carries.',
  'primary.key.mode': '`record_key`: the target key comes from the Kafka record key (required by upsert and deletes).',
  'delete.enabled': '`true` for flows whose deletes propagate: a tombstone deletes the target row by key.',
  'collection.name.format': 'The target table, fixed (not derived from the topic name).',
  'schema.evolution': '`none`: the target schema belongs to its database; new source columns are dropped by the field selection.',
  'use.time.zone': 'Timestamps are written in UTC.',
  'consumer.override.auto.offset.reset': '`earliest`: a new sink starts at the beginning of its topic (within retention).',
  'errors.tolerance': '`all`: converter and SMT failures go to the dead-letter topic instead of stopping the task. SQL failures are not routed there by the Debezium JDBC sink: they fail the task after its retries.',
  'errors.deadletterqueue.topic.name': 'One dead-letter topic per sink, created by the stack.',
  'errors.deadletterqueue.topic.replication.factor': 'The environment\'s replication factor.',
  'errors.deadletterqueue.context.headers.enable': 'Dead letters carry the failing stage, exception and origin in headers.',
  'errors.log.enable': 'Every tolerated error is also logged.',
  'errors.log.include.messages': '`false`: the log must not hold record contents (PII).',
  'key.converter': 'JSON with schemas, as the source writes it.',
  'key.converter.schemas.enable': 'See `key.converter`.',
  'value.converter': 'See `key.converter`.',
  'value.converter.schemas.enable': 'See `key.converter`.',
  transforms: 'Unwrap, select and rename the value\'s fields, rename the key field.',
  'transforms.unwrap.type': '`ExtractNewRecordState`: Debezium envelope → the row after the change.',
  'transforms.unwrap.delete.tombstone.handling.mode': '`delete-to-tombstone`: a delete event becomes the tombstone the sink deletes by, Debezium\'s own tombstone is dropped (deletes propagate); `drop`: deletes and tombstones are removed (deletes ignored).',
  'transforms.selectFields.type': 'Kafka\'s `ReplaceField$Value`.',
  'transforms.selectFields.include': 'Exactly the flow\'s source fields travel on; everything else in the topic is dropped here.',
  'transforms.selectFields.renames': 'Source name → target name, for the fields whose names differ.',
  'transforms.renameKey.type': 'Kafka\'s `ReplaceField$Key`.',
  'transforms.renameKey.renames': 'The key field takes the target key\'s name, because the sink takes the primary key from the record key.',
};

/** The explanation key of a property: literal, or its pattern for per-table and secret-named properties. */
export function whyKey(property: string): string {
  if (property.startsWith('snapshot.select.statement.overrides.')) return 'snapshot.select.statement.overrides.<table>';
  return property;
}

/** Reasons of the tuned properties, from the builders themselves (the values do not change the reasons). */
const DEFAULTS = environmentSchema.shape.tuning.parse(undefined);
const TUNED_WHY = {
  source: Object.fromEntries(sourceTuning(DEFAULTS).map((t) => [t.key, t.why])),
  sink: Object.fromEntries(sinkTuning(DEFAULTS).map((t) => [t.key, t.why])),
};

export function why(kind: 'source' | 'sink', property: string): string {
  const table = kind === 'source' ? SOURCE_WHY : SINK_WHY;
  const text = table[whyKey(property)] ?? TUNED_WHY[kind][property];
  if (text === undefined) throw new Error(`docs: the ${kind} connector property '${property}' has no explanation in scripts/docs/settings.ts`);
  return text;
}
