import { Construct } from 'constructs';
import { ITerraformDependable } from 'cdktf';
import { Connector, ConnectorSpec } from './connector';
import { jsonWithCatalogueSchemas } from './converters';
import { ConnectorDatabase, setting } from './setting';
import { CarriedColumn } from './field-types';
import { changeRecordSchemas } from './record-schemas';
import { isWorkerSecret } from './worker-secrets';
import { transformSettings } from './transforms';
import { JDBC_URL_OPTIONS, sinkTuning } from './tuning';
import { Tuning } from '../../environments/schema';

/** Debezium's JDBC sink wrapped by the pipeline's Connect plugin (connect-plugin/): retries, parking, drift refusal. */
export const PARKING_SINK_CLASS = 'smart.cdc.connect.ParkingJdbcSinkConnector';

export interface JdbcSinkProps {
  readonly name: string;
  /** the flow it writes (named in logs and parked records) */
  readonly flow: string;
  /** schema.table the flow reads */
  readonly sourceTable: string;
  /** the type each carried source column must arrive with, and whether it may be NULL (field-types.ts) */
  readonly carriedTypes: Readonly<Record<string, CarriedColumn>>;
  /** the change topic it consumes */
  readonly topic: string;
  readonly database: ConnectorDatabase;
  /** worker secret reference (`${provider:dir:name}`, see worker-secrets.ts) */
  readonly password?: string;
  /** schema.table written */
  readonly targetTable: string;
  /** source column → target column: exactly these travel */
  readonly fields: Readonly<Record<string, string>>;
  /** the source primary key column (renamed by `fields`) */
  readonly sourceKey: string;
  /** `propagate`: deletes (and rows leaving the filter) delete the target row; `ignore`: dropped */
  readonly deletes: 'propagate' | 'ignore';
  readonly deadLetterTopic: string;
  readonly deadLetterReplicationFactor: number;
  /** batching and consumer settings of the environment */
  readonly tuning: Tuning;
  /** @default 1 */
  readonly tasksMax?: number;
  readonly dependsOn?: ITerraformDependable[];
}

const FEW_CONNECTIONS = 'One task needs few connections.';

/** Typed builder of a Debezium JDBC sink: idempotent upserts by record key, every property with its reason. */
export function jdbcSinkConfig(p: JdbcSinkProps): ConnectorSpec {
  return {
    name: { key: 'name', value: p.name, why: 'Carries the catalogue major version and the flow name.' },
    connectorClass: {
      key: 'connector.class',
      value: PARKING_SINK_CLASS,
      why: "The pipeline's `ParkingJdbcSinkConnector` (connect-plugin/): Debezium's JDBC sink, whose task re-delivers records while the target cannot be reached (never FAILED for it), parks a row the target refuses in the dead-letter topic and writes the rows behind it, and refuses (parks) a record whose carried columns drifted.",
    },
    tasksMax: {
      key: 'tasks.max',
      value: String(p.tasksMax ?? 1),
      why: "One task per partition of the change topic (the environment's `kafka.partitions`), unless `connect.tasksMax` sets fewer; more would idle (the configuration rejects it).",
    },
    config: [
      ...setting('topics', p.topic, 'One change topic: one flow per sink, so a failing flow stops only itself.'),
      ...setting(
        'connection.url',
        `jdbc:postgresql://${p.database.host}:${p.database.port}/${p.database.name}?sslmode=${p.database.sslmode}${p.database.sslRootCert ? `&sslrootcert=${encodeURIComponent(p.database.sslRootCert)}` : ''}&logServerErrorDetail=false&${JDBC_URL_OPTIONS}`,
        "Per environment, with the environment's `sslmode` (and `sslrootcert`, the CA's file on the workers, where the environment names one), and `logServerErrorDetail=false`: the PostgreSQL driver then keeps the server's DETAIL (`Failing row contains (…)`, `Key (…)=(…)`) and the statement with its values out of exception messages, so a rejected row's values never reach the failure trace in Connect's status topic, REST API or log; `reWriteBatchedInserts=true` makes pgjdbc send a batch of single-row upserts as multi-row `INSERT … ON CONFLICT` statements (one statement execution for many rows).",
      ),
      ...setting('connection.password', p.password, 'A worker secret reference, resolved by the Connect worker from its secret storage (see `database.password` of the sources).'),
      ...setting('connection.username', p.database.user, 'The sink role: may write only the target tables of its database; its writes are marked as sink writes by the loop-prevention triggers.'),
      ...setting('connection.pool.min_size', 1, FEW_CONNECTIONS),
      ...setting('connection.pool.max_size', 4, FEW_CONNECTIONS),
      ...setting('insert.mode', 'upsert', '`upsert` (INSERT … ON CONFLICT DO UPDATE): idempotent, so at-least-once delivery leaves no duplicates; it updates only the columns the record carries.'),
      ...setting('primary.key.mode', 'record_key', '`record_key`: the target key comes from the Kafka record key (required by upsert and deletes).'),
      ...setting('delete.enabled', p.deletes === 'propagate', '`true` for flows whose deletes propagate: a tombstone deletes the target row by key.'),
      ...setting('collection.name.format', p.targetTable, 'The target table, fixed (not derived from the topic name).'),
      ...setting('schema.evolution', 'none', '`none`: the target schema belongs to its database; new source columns are dropped by the field selection.'),
      ...setting('use.time.zone', 'UTC', 'Timestamps are written in UTC.'),
      ...sinkTuning(p.tuning),
      ...setting('consumer.override.auto.offset.reset', 'earliest', '`earliest`: a new sink starts at the beginning of its topic (within retention).'),
      ...setting('smart.cdc.flow', p.flow, "The flow, named in the sink's log lines and the supervisor's events."),
      ...setting('smart.cdc.source.table', p.sourceTable, 'The source table, named in drift reasons.'),
      ...setting(
        'smart.cdc.carried.fields',
        carriedFields(p),
        "`source>target:TYPE[:logical type]` of every carried column, with the Kafka Connect type and Debezium logical type it has in a change record (derived from the catalogue type). A record whose source's shape (header `smart.cdc.schema`, written by the source's `CarriedSchema`) lacks one that its source says it carries (header `smart.cdc.carried`), or has one with another type (renamed, dropped or retyped at the source), is parked instead of written with NULLs or misread values; a record written before a deploy added the column is written without it.",
      ),
      ...setting(
        'smart.cdc.retry.backoff.max.ms',
        10_000,
        'While the target cannot be reached (connection refused or lost, server restarting, too many connections, deadlock) the same records are re-delivered, with a doubling delay capped here: a flow is back within this long of its database.',
      ),
      ...setting(
        'errors.tolerance',
        'all',
        '`all`: converter and SMT failures go to the dead-letter topic, and so does every row the target refuses for data reasons (constraint, type, value, missing referenced row), parked by the sink task with the SQLSTATE, table and constraint (never a value). Connect then has the errant record reporter the task parks with.',
      ),
      ...setting('errors.deadletterqueue.topic.name', p.deadLetterTopic, 'One dead-letter topic per sink, created by the stack.'),
      ...setting('errors.deadletterqueue.topic.replication.factor', p.deadLetterReplicationFactor, "The environment's replication factor."),
      ...setting('errors.deadletterqueue.context.headers.enable', 'true', 'Dead letters carry the failing stage, exception and origin in headers.'),
      ...setting('errors.log.enable', 'true', 'Every tolerated error is also logged.'),
      ...setting('errors.log.include.messages', 'false', '`false`: the log must not hold record contents (PII).'),
      ...jsonWithCatalogueSchemas(
        changeRecordSchemas(p.topic, p.sourceKey, carriedColumns(p)),
        "JSON as the source writes it, without inline schemas: the pipeline's `CatalogueJsonConverter` (connect-plugin/) reads each record with the flow's schema generated from the catalogue (Kafka's JsonConverter `schema.content`).",
      ),
      ...transformSettings(
        [
          ['unwrap', { kind: 'unwrap', deletes: p.deletes === 'propagate' ? 'delete-to-tombstone' : 'drop' }, 'The sink writes rows, not change events.'],
          ['selectFields', { kind: 'replaceField', part: 'Value', include: Object.keys(p.fields), renames: p.fields }, "Exactly the flow's source fields travel on, renamed to the target's columns."],
          ['renameKey', { kind: 'replaceField', part: 'Key', renames: { [p.sourceKey]: p.fields[p.sourceKey] } }, "The key field takes the target key's name, because the sink takes the primary key from the record key."],
        ],
        "Unwrap, select and rename the value's fields, rename the key field.",
      ),
    ],
    // secrets reach Connect as worker secret references in `config`: nothing for config_sensitive
    sensitive: [],
  };
}

/** The type of every carried source column. */
function carriedColumns(p: JdbcSinkProps): Record<string, CarriedColumn> {
  return Object.fromEntries(
    Object.keys(p.fields).map((from) => {
      const type = p.carriedTypes[from];
      if (!type) throw new Error(`sink connector '${p.name}': no Connect type for carried column '${from}'`);
      return [from, type];
    }),
  );
}

/** `source>target:TYPE[:logical type]` of every carried column (what the parking sink checks each record against). */
function carriedFields(p: JdbcSinkProps): string {
  return Object.entries(carriedColumns(p))
    .map(([from, t]) => `${from}>${p.fields[from]}:${t.type}${t.logical ? `:${t.logical}` : ''}`)
    .join(',');
}

/** A Debezium JDBC sink connector writing one flow's target table. */
export class JdbcSinkConnector extends Connector {
  readonly props: JdbcSinkProps;

  constructor(scope: Construct, id: string, props: JdbcSinkProps) {
    if (!(props.sourceKey in props.fields)) throw new Error(`sink connector '${props.name}': key '${props.sourceKey}' is not among its fields`);
    if (props.password !== undefined && !isWorkerSecret(props.password)) throw new Error(`sink connector '${props.name}': password must be a worker secret reference, not a value`);
    super(scope, id, jdbcSinkConfig(props), props.dependsOn);
    this.props = props;
  }

  /** Source columns this sink lets through to its target. */
  get carriedColumns(): string[] {
    return (this.config['transforms.selectFields.include'] ?? '').split(',').filter(Boolean);
  }

  /** Source column → target column, as the sink renames them (a carried column without a rename keeps its name). */
  get columnTargets(): Record<string, string> {
    const renames = new Map(
      (this.config['transforms.selectFields.renames'] ?? '')
        .split(',')
        .filter(Boolean)
        .map((r) => r.split(':') as [string, string]),
    );
    return Object.fromEntries(this.carriedColumns.map((c) => [c, renames.get(c) ?? c]));
  }
}
