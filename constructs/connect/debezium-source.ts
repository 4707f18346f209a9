import { Construct } from 'constructs';
import { ITerraformDependable } from 'cdktf';
import { KafkaConnectConnector } from '../bindings/kafka-connect';
import { JSON_WITH_SCHEMAS } from './converters';
import { SIGNAL_COLUMNS } from '../../catalogue/derive';
import { regexLiteral, renderTransforms, TransformChain } from './transforms';
import { asConfig, sourceTuning } from './tuning';
import { Tuning } from '../../environments/schema';

export interface DebeziumSourceProps {
  readonly name: string;
  readonly topicPrefix: string;
  readonly database: { readonly host: string; readonly port: number; readonly name: string; readonly user: string; readonly sslmode: string };
  /** `${var.…}` reference; goes to config_sensitive */
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
  /** `${var.…}` reference of the per-environment salt */
  readonly hashSalt: string;
  /** snapshot WHERE clause per filtered table, matching the publication's row filter */
  readonly snapshotFilters: Readonly<Record<string, string>>;
  readonly heartbeat: { readonly intervalMs: number; readonly table: string };
  readonly signalTable: string;
  /** drop sink-written rows (loop prevention) on these tables: column and value that mark them */
  readonly echoFilter?: { readonly tables: readonly string[]; readonly originColumn: string; readonly sinkValue: string };
  /** batching and producer settings of the environment */
  readonly tuning: Tuning;
  /** @default 1 — a PostgreSQL source has exactly one task */
  readonly tasksMax?: number;
  readonly dependsOn?: ITerraformDependable[];
}

/** Hash algorithm of SENSITIVE columns; v2 hashing is stable across Debezium versions. */
export const HASH_ALGORITHM = 'SHA-256';
export const hashPropertyKey = (salt: string) => `column.mask.hash.v2.${HASH_ALGORITHM}.with.salt.${salt}`;

/** Typed builder of a Debezium PostgreSQL source configuration. Secrets land only in `sensitive`. */
export function debeziumSourceConfig(p: DebeziumSourceProps): { config: Record<string, string>; sensitive: Record<string, string> } {
  const overrides = Object.keys(p.snapshotFilters);
  const signalColumns = SIGNAL_COLUMNS.map((c) => `${p.signalTable}.${c}`);
  const chain: TransformChain = [
    // signal rows only steer the connector; they have no topic and no consumer
    ['dropSignals', { kind: 'dropTopic', topicRegex: regexLiteral(`${p.topicPrefix}.${p.signalTable}`) }],
    ...(p.echoFilter && p.echoFilter.tables.length
    ? [
        [
          'dropSinkEchoes',
          {
            kind: 'groovyFilter',
            condition: `value.after == null || value.after.${p.echoFilter.originColumn} != '${p.echoFilter.sinkValue}'`,
            topicRegex: p.echoFilter.tables.map((t) => regexLiteral(`${p.topicPrefix}.${t}`)).join('|'),
          },
        ] as const,
      ]
    : []),
  ];
  const config: Record<string, string> = {
    'connector.class': 'io.debezium.connector.postgresql.PostgresConnector',
    'tasks.max': String(p.tasksMax ?? 1),
    'database.hostname': p.database.host,
    'database.port': String(p.database.port),
    'database.dbname': p.database.name,
    'database.user': p.database.user,
    'database.sslmode': p.database.sslmode,
    'topic.prefix': p.topicPrefix,
    'plugin.name': 'pgoutput',
    'slot.name': p.slotName,
    'slot.drop.on.stop': 'false',
    'publication.name': p.publicationName,
    // the stack owns the publication (row filters), Debezium must not rewrite it
    'publication.autocreate.mode': 'disabled',
    'table.include.list': p.tables.map(regexLiteral).join(','),
    // Debezium applies the column list to the signal table too: an incremental-snapshot signal needs its columns
    'column.include.list': [...p.includedColumns, ...signalColumns].map(regexLiteral).join(','),
    'snapshot.mode': 'initial',
    ...(overrides.length
      ? {
          'snapshot.select.statement.overrides': overrides.join(','),
          ...Object.fromEntries(overrides.map((t) => [`snapshot.select.statement.overrides.${t}`, `SELECT * FROM ${t} WHERE ${p.snapshotFilters[t]}`])),
        }
      : {}),
    'heartbeat.interval.ms': String(p.heartbeat.intervalMs),
    'heartbeat.action.query': `INSERT INTO ${p.heartbeat.table} (source, beat_at) VALUES ('${p.name}', now()) ON CONFLICT (source) DO UPDATE SET beat_at = EXCLUDED.beat_at`,
    'topic.heartbeat.prefix': '__debezium-heartbeat',
    'signal.enabled.channels': 'source',
    'signal.data.collection': p.signalTable,
    'decimal.handling.mode': 'precise',
    'tombstones.on.delete': 'true',
    // logical decoding messages (pg_logical_emit_message) from any session would go to a topic that does not exist and block the task
    'message.prefix.exclude.list': '.*',
    ...asConfig(sourceTuning(p.tuning)),
    ...JSON_WITH_SCHEMAS,
    ...renderTransforms(chain),
  };
  const sensitive: Record<string, string> = {
    ...(p.password ? { 'database.password': p.password } : {}),
    // the salt is part of the property name: the whole property is a secret
    ...(p.hashedColumns.length ? { [hashPropertyKey(p.hashSalt)]: p.hashedColumns.join(',') } : {}),
  };
  return { config, sensitive };
}

/** A Debezium PostgreSQL source connector (one per source database). */
export class DebeziumSourceConnector extends Construct {
  readonly props: DebeziumSourceProps;
  readonly resource: KafkaConnectConnector;
  readonly config: Record<string, string>;
  readonly sensitive: Record<string, string>;

  constructor(scope: Construct, id: string, props: DebeziumSourceProps) {
    super(scope, id);
    if (props.tables.length === 0) throw new Error(`source connector '${props.name}': captures no table`);
    for (const c of props.includedColumns)
      if (!props.tables.some((t) => c.startsWith(`${t}.`))) throw new Error(`source connector '${props.name}': column '${c}' is not in a captured table`);
    if (!/^\$\{var\.[a-z0-9_]+\}$/.test(props.hashSalt)) throw new Error(`source connector '${props.name}': hashSalt must be a variable reference`);
    for (const t of Object.keys(props.snapshotFilters))
      if (!props.tables.includes(t)) throw new Error(`source connector '${props.name}': snapshot filter for uncaptured table '${t}'`);
    this.props = props;
    ({ config: this.config, sensitive: this.sensitive } = debeziumSourceConfig(props));
    this.resource = new KafkaConnectConnector(this, 'connector', {
      name: props.name,
      config: this.config,
      configSensitive: this.sensitive,
      dependsOn: props.dependsOn,
    });
  }

  /** Columns this connector hashes before Kafka, as schema.table.column. */
  get hashedColumns(): string[] {
    return Object.entries(this.sensitive)
      .filter(([k]) => k.startsWith('column.mask.hash.'))
      .flatMap(([, v]) => v.split(','));
  }

  /** Columns this connector lets into Kafka, as schema.table.column; undefined when it does not restrict them. */
  get includedColumns(): string[] | undefined {
    const list = this.config['column.include.list'];
    return list === undefined ? undefined : list.split(',').filter(Boolean).map((c) => c.replace(/\\(.)/g, '$1'));
  }
}
