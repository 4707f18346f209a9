import { Construct } from 'constructs';
import { ITerraformDependable } from 'cdktf';
import { KafkaConnectConnector } from '../bindings/kafka-connect';
import { JSON_WITH_SCHEMAS } from './converters';
import { renderTransforms } from './transforms';
import { asConfig, JDBC_URL_OPTIONS, sinkTuning } from './tuning';
import { Tuning } from '../../environments/schema';

export interface JdbcSinkProps {
  readonly name: string;
  /** the change topic it consumes */
  readonly topic: string;
  readonly database: { readonly host: string; readonly port: number; readonly name: string; readonly user: string; readonly sslmode: string };
  /** `${var.…}` reference; goes to config_sensitive */
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

/** Typed builder of a Debezium JDBC sink configuration: idempotent upserts by record key. */
export function jdbcSinkConfig(p: JdbcSinkProps): { config: Record<string, string>; sensitive: Record<string, string> } {
  const config: Record<string, string> = {
    'connector.class': 'io.debezium.connector.jdbc.JdbcSinkConnector',
    'tasks.max': String(p.tasksMax ?? 1),
    topics: p.topic,
    'connection.url': `jdbc:postgresql://${p.database.host}:${p.database.port}/${p.database.name}?sslmode=${p.database.sslmode}&${JDBC_URL_OPTIONS}`,
    'connection.username': p.database.user,
    'connection.pool.min_size': '1',
    'connection.pool.max_size': '4',
    'insert.mode': 'upsert',
    'primary.key.mode': 'record_key',
    'delete.enabled': String(p.deletes === 'propagate'),
    'collection.name.format': p.targetTable,
    // the target schema is owned by its database: new source columns are dropped by the field selection
    'schema.evolution': 'none',
    'use.time.zone': 'UTC',
    ...asConfig(sinkTuning(p.tuning)),
    'consumer.override.auto.offset.reset': 'earliest',
    // converter and SMT failures go to the dead-letter topic; SQL failures fail the task (Debezium does not route them)
    'errors.tolerance': 'all',
    'errors.deadletterqueue.topic.name': p.deadLetterTopic,
    'errors.deadletterqueue.topic.replication.factor': String(p.deadLetterReplicationFactor),
    'errors.deadletterqueue.context.headers.enable': 'true',
    'errors.log.enable': 'true',
    'errors.log.include.messages': 'false',
    ...JSON_WITH_SCHEMAS,
    ...renderTransforms([
      ['unwrap', { kind: 'unwrap', deletes: p.deletes === 'propagate' ? 'delete-to-tombstone' : 'drop' }],
      ['selectFields', { kind: 'replaceField', part: 'Value', include: Object.keys(p.fields), renames: p.fields }],
      ['renameKey', { kind: 'replaceField', part: 'Key', renames: { [p.sourceKey]: p.fields[p.sourceKey] } }],
    ]),
  };
  return { config, sensitive: p.password ? { 'connection.password': p.password } : {} };
}

/** A Debezium JDBC sink connector writing one flow's target table. */
export class JdbcSinkConnector extends Construct {
  readonly props: JdbcSinkProps;
  readonly resource: KafkaConnectConnector;
  readonly config: Record<string, string>;

  constructor(scope: Construct, id: string, props: JdbcSinkProps) {
    super(scope, id);
    if (!(props.sourceKey in props.fields)) throw new Error(`sink connector '${props.name}': key '${props.sourceKey}' is not among its fields`);
    this.props = props;
    const { config, sensitive } = jdbcSinkConfig(props);
    this.config = config;
    this.resource = new KafkaConnectConnector(this, 'connector', {
      name: props.name,
      config,
      configSensitive: sensitive,
      dependsOn: props.dependsOn,
    });
  }

  /** Source columns this sink lets through to its target. */
  get carriedColumns(): string[] {
    return (this.config['transforms.selectFields.include'] ?? '').split(',').filter(Boolean);
  }
}
