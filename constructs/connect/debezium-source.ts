import { Construct } from 'constructs';
import { ITerraformDependable } from 'cdktf';
import { SIGNAL_COLUMNS } from '../../catalogue/derive';
import { Connector, ConnectorSpec } from './connector';
import { jsonWithoutSchemas } from './converters';
import { ConnectorDatabase, setting } from './setting';
import { HASH_COLUMNS_CLASS, regexLiteral, TransformChain, TransformLink, transformSettings, UNCHANGED_TOAST } from './transforms';
import { maxValuesBytes, sourceTuning } from './tuning';

/** The header in which a source names the columns it carries for a record's table (read by the parking sink). */
export const CARRIED_HEADER = 'smart.cdc.carried';
import { isWorkerSecret } from './worker-secrets';
import { Tuning } from '../../environments/schema';

export interface DebeziumSourceProps {
  readonly name: string;
  readonly topicPrefix: string;
  /** the prefix of the heartbeat topic (`<prefix>.<topicPrefix>`) */
  readonly heartbeatTopicPrefix: string;
  readonly database: ConnectorDatabase;
  /** worker secret reference (`${provider:dir:name}`, see worker-secrets.ts) */
  readonly password?: string;
  readonly slotName: string;
  readonly publicationName: string;
  /** schema.table of every captured table */
  readonly tables: readonly string[];
  /**
   * schema.table.column of every column that may reach Kafka: the flows' fields and the origin
   * marker. Everything else (INTERNAL columns, fields no flow carries) stays in the database.
   */
  readonly includedColumns: readonly string[];
  /** schema.table.column hashed with the salt before Kafka (SENSITIVE) */
  readonly hashedColumns: readonly string[];
  /** worker secret reference of the per-environment salt */
  readonly hashSalt: string;
  /** schema.table.column of every carried numeric column (not hashed): ExactValues spells their ±Infinity */
  readonly numericColumns: readonly string[];
  readonly heartbeat: { readonly intervalMs: number; readonly table: string };
  readonly signalTable: string;
  /** drop sink-written rows (loop prevention) on these tables: column and value that mark them */
  /** `sinkValue`: a sink wrote the row and only sinks ever did; `sinkOverAppValue`: a sink wrote over the application's row */
  readonly echoFilter?: { readonly tables: readonly string[]; readonly originColumn: string; readonly sinkValue: string; readonly sinkOverAppValue: string };
  /** @default 1 — a PostgreSQL source has exactly one task */
  readonly tasksMax?: number;
  /** batching and producer settings of the environment */
  readonly tuning: Tuning;
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Typed builder of a Debezium PostgreSQL source: every property with its reason. Secrets appear only
 * as worker secret references. SENSITIVE columns are hashed by the HashColumns transform, first in
 * the chain, not by Debezium's `column.mask.hash.v2.<ALGO>.with.salt.<salt>`, which puts the salt in
 * a property name that no config provider resolves.
 */
/** The sources never snapshot: a flow's first copy is a bulk copy (scripts/ops/backfill.ts). */
export const SNAPSHOT_MODE = 'no_data';

export function debeziumSourceConfig(p: DebeziumSourceProps): ConnectorSpec {
  const signalColumns = SIGNAL_COLUMNS.map((c) => `${p.signalTable}.${c}`);
  const echo = p.echoFilter && p.echoFilter.tables.length ? p.echoFilter : undefined;
  const chain: TransformChain = [
    ...(echo
      ? [
          [
            'dropSinkEchoes',
            { kind: 'dropSinkEchoes', tables: echo.tables, originColumn: echo.originColumn, sinkValue: echo.sinkValue, sinkOverAppValue: echo.sinkOverAppValue },
            `Loop prevention, only on the tables that a sink writes and this source captures (they carry \`${echo.originColumn}\`): drops changes whose new row a sink role wrote (\`${echo.sinkValue}\`, \`${echo.sinkOverAppValue}\`); deletes (no new row) always pass. A snapshot read (op r: a snapshot, backfill or replay) passes unless only sinks ever wrote the row (\`${echo.sinkValue}\`): a row this side\'s application wrote holds its fields whoever wrote it last, one the other side made does not. A read the other side\'s sink writes there is marked as a sink\'s, so it goes no further. First in the chain: it reads only \`${echo.originColumn}\` and passes records unchanged, so the echoes are dropped before they are hashed and checked.`,
          ] as const,
        ]
      : []),
    [
      'hashSensitive',
      { kind: 'hashColumns', columns: p.hashedColumns, salt: p.hashSalt },
      'SENSITIVE columns leave the database only as a salted hash: it runs before any transform that reads or rewrites values (only the loop filter, which reads the origin stamp alone and changes nothing, comes before it).',
    ],
    [
      'exactValues',
      { kind: 'exactValues', numericColumns: p.numericColumns, maxValuesBytes: maxValuesBytes(p.tuning) },
      'Runs after the hash (a hashed column is text) and before anything reads the row.',
    ],
    [
      'dropSignals',
      { kind: 'dropTopic', topicRegex: regexLiteral(`${p.topicPrefix}.${p.signalTable}`) },
      `Signal rows only steer the connector (incremental snapshots): their topic \`<topic.prefix>.${p.signalTable}\` does not exist (broker auto-create is off) and nobody consumes it, so their records are dropped.`,
    ],
    // per table: the columns this source carries, so that a sink tells a column renamed or dropped at
    // the source (carried, yet missing: parked) from one a deploy has just added (not carried yet
    // when the record was written: written without it)
    ...p.tables.map(
      (t): TransformLink => [
        `carried_${t.replace(/\./g, '_')}`,
        {
          kind: 'topicHeader',
          header: CARRIED_HEADER,
          value: p.includedColumns.filter((c) => c.startsWith(`${t}.`)).map((c) => c.slice(t.length + 1)).sort().join(','),
          topicRegex: regexLiteral(`${p.topicPrefix}.${t}`),
        },
        `Marks each record of \`${t}\` with the columns this source carried when it wrote it.`,
      ],
    ),
    [
      'carriedSchema',
      { kind: 'carriedSchema' },
      "The records travel without inline schemas and each sink reads them with the catalogue's: this header is how a sink still sees a column renamed, dropped or retyped at the source, and parks the record instead of reading the missing column as NULL. Last, so it names the shape the chain leaves.",
    ],
  ];
  return {
    name: { key: 'name', value: p.name, why: 'Carries the catalogue major version: a breaking mapping change deploys a second connector beside this one.' },
    connectorClass: { key: 'connector.class', value: 'io.debezium.connector.postgresql.PostgresConnector', why: 'The Debezium PostgreSQL source connector.' },
    tasksMax: { key: 'tasks.max', value: String(p.tasksMax ?? 1), why: 'A PostgreSQL source reads its one replication slot with exactly one task.' },
    config: [
      ...setting('database.hostname', p.database.host, "Per environment; in `dev` the database container's name on the Docker network."),
      ...setting('database.port', p.database.port, 'Per environment.'),
      ...setting('database.dbname', p.database.name, "The catalogue's database name."),
      ...setting('database.user', p.database.user, 'The capture role: LOGIN REPLICATION and SELECT on the captured tables only, never superuser.'),
      ...setting(
        'database.password',
        p.password,
        'A worker secret reference (`${secrets:<dir>:<name>}`): the Connect worker reads the password from its secret storage when it starts the task; REST, the config topic and logs see only the reference.',
      ),
      ...setting('database.sslmode', p.database.sslmode, 'From the environment: `disable` on loopback and in the Docker network, `verify-full` in shared environments.'),
      ...setting('database.sslrootcert', p.database.sslRootCert, "From the environment (`databases.<id>.sslRootCert`): the CA that signed the database's certificate, at that path on every worker."),
      ...setting('topic.prefix', p.topicPrefix, "`smart.v<major>.<database>`: change topics are `<prefix>.<schema>.<table>`; the major version keeps a breaking change's topics apart."),
      ...setting('plugin.name', 'pgoutput', "`pgoutput` is built into PostgreSQL 10+ (nothing to install on managed servers) and honours the publication's row filters."),
      ...setting('slot.name', p.slotName, 'Created by the stack (`postgresql_replication_slot`) after the publication; carries the major version.'),
      ...setting('slot.drop.on.stop', 'false', 'The slot, and the WAL position it holds, must outlive connector restarts; dropping it loses changes.'),
      ...setting('publication.name', p.publicationName, "The stack's publication, which carries the row filters."),
      ...setting('publication.autocreate.mode', 'disabled', 'The stack owns the publication; Debezium must not create or rewrite it (its `filtered` mode would drop the row filters).'),
      ...setting('table.include.list', p.tables.map(regexLiteral).join(','), 'Exactly the source tables of the enabled flows, regex-escaped (Debezium matches whole names).'),
      ...setting(
        'column.include.list',
        [...p.includedColumns, ...signalColumns].map(regexLiteral).join(','),
        "Only the columns some flow carries (plus the loop-prevention origin marker, and the signal table's columns, which Debezium must read to act on a signal — it applies the column list to the signal table too) are written to Kafka: INTERNAL columns and fields no flow needs (e.g. citizen-owned PII in a warehouse topic) are in no topic.",
      ),
      ...setting(
        'snapshot.mode',
        SNAPSHOT_MODE,
        "`no_data`: never snapshot; stream from the slot, which the stack creates before the connector starts, from its start. A flow's first copy is a bulk copy (`bootstrap` / `repair backfill`: COPY, mapped in SQL as the stream maps it) instead of Debezium's snapshot, which reads row by row through Kafka (this project's benchmarks on 2 cores: Debezium's snapshot about 5,700 rows/s, the bulk copy about 87,000).",
      ),
      ...setting('heartbeat.interval.ms', p.heartbeat.intervalMs, 'The connector emits a heartbeat and confirms its position this often, so a slot on quiet tables does not hold WAL back.'),
      ...setting(
        'heartbeat.action.query',
        `INSERT INTO ${p.heartbeat.table} (source, beat_at) VALUES ('${p.name}', now()) ON CONFLICT (source) DO UPDATE SET beat_at = EXCLUDED.beat_at`,
        `Writes a row of \`${p.heartbeat.table}\` (a published table): the slot advances even when no captured table changes, and the row tells when the connector last beat.`,
      ),
      ...setting('topic.heartbeat.prefix', p.heartbeatTopicPrefix, `Heartbeats go to \`${p.heartbeatTopicPrefix}.<topic.prefix>\`, a topic the stack creates.`),
      ...setting('signal.enabled.channels', 'source', 'Signals are read from a table (incremental snapshots, e.g. to re-send a table).'),
      ...setting('signal.data.collection', p.signalTable, 'The signal table, which is in the publication.'),
      ...setting(
        'decimal.handling.mode',
        'string',
        "`string`: a numeric travels as PostgreSQL's own digits, so every value is exact — with or without a declared precision and scale, trailing zeros, `NaN` and `±Infinity` included (`precise` sends an unconstrained numeric as a variable-scale struct and `NaN` as null).",
      ),
      ...setting(
        'unavailable.value.placeholder',
        UNCHANGED_TOAST,
        "What Debezium writes for a value PostgreSQL did not send: one stored out of line (TOAST) that an UPDATE left unchanged. The project's marker, not Debezium's default: `ExactValues` replaces it with the value of the row before the change (replica identity FULL) or parks the row, so it is never written to a target.",
      ),
      ...setting(
        'interval.handling.mode',
        'string',
        "`string`: an interval travels as ISO 8601 years, months, days and seconds, each kept apart as PostgreSQL keeps them (the default `numeric` folds them into microseconds with 30-day months).",
      ),
      ...setting('tombstones.on.delete', 'true', "A delete is followed by a tombstone for the key (Kafka's convention); a second delete of the same key at the sink is a no-op."),
      ...setting(
        'message.prefix.exclude.list',
        '.*',
        'Logical decoding messages (`pg_logical_emit_message`) from any session are not captured: they would go to a `<prefix>.message` topic that does not exist and block the task while Connect still reports RUNNING.',
      ),
      ...setting(
        'extended.headers.enabled',
        'false',
        "Debezium's four context headers (`__debezium.context.*`: logical name, task id, connector name, run id) are left off every record: nothing downstream reads them, and Connect converts every header of every record at the source and again at each sink: in alternating throughput runs (pipeline benchmark) Connect's CPU per 1,000 rows of flow 2 fell from 51–52 ms to 46–47 ms without them.",
      ),
      ...sourceTuning(p.tuning),
      ...jsonWithoutSchemas("JSON without inline schemas: each sink reads its flow's records with the schema the catalogue gives it, and no schema registry is needed."),
      ...transformSettings(
        chain,
        "The source's transforms, in order: hash SENSITIVE columns (where some flow carries one); drop the signal table's records; where a sink writes a captured table, drop the sink's echoes; mark each record with the columns carried for its table.",
      ),
    ],
    // secrets reach Connect as worker secret references in `config`: nothing for config_sensitive
    sensitive: [],
  };
}

/** A Debezium PostgreSQL source connector (one per source database). */
export class DebeziumSourceConnector extends Connector {
  readonly props: DebeziumSourceProps;

  constructor(scope: Construct, id: string, props: DebeziumSourceProps) {
    const where = `source connector '${props.name}'`;
    if (props.tables.length === 0) throw new Error(`${where}: captures no table`);
    for (const c of props.includedColumns)
      if (!props.tables.some((t) => c.startsWith(`${t}.`))) throw new Error(`${where}: column '${c}' is not in a captured table`);
    for (const c of props.hashedColumns)
      if (!props.includedColumns.includes(c)) throw new Error(`${where}: hashed column '${c}' is not among the columns it lets into Kafka`);
    if (!isWorkerSecret(props.hashSalt)) throw new Error(`${where}: hashSalt must be a worker secret reference, not a value`);
    if (props.password !== undefined && !isWorkerSecret(props.password)) throw new Error(`${where}: password must be a worker secret reference, not a value`);
    super(scope, id, debeziumSourceConfig(props), props.dependsOn);
    this.props = props;
  }

  /**
   * Columns this connector hashes before Kafka, as schema.table.column: those a HashColumns
   * transform of its configuration lists with a salt that is a worker secret reference.
   */
  get hashedColumns(): string[] {
    const names = (this.config.transforms ?? '').split(',').filter(Boolean);
    return names
      .filter((n) => this.config[`transforms.${n}.type`] === HASH_COLUMNS_CLASS && isWorkerSecret(this.config[`transforms.${n}.salt.password`]))
      .flatMap((n) => (this.config[`transforms.${n}.columns`] ?? '').split(',').filter(Boolean));
  }

  /** Columns this connector lets into Kafka, as schema.table.column; undefined when it does not restrict them. */
  get includedColumns(): string[] | undefined {
    const list = this.config['column.include.list'];
    return list === undefined ? undefined : list.split(',').filter(Boolean).map((c) => c.replace(/\\(.)/g, '$1'));
  }
}
