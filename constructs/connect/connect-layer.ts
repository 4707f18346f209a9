import { Construct } from 'constructs';
import { ITerraformDependable } from 'cdktf';
import { CatalogueView, HEARTBEAT_TABLE, ORIGIN_COLUMN, ORIGIN_SINK, ORIGIN_SINK_OVER_APP, SIGNAL_TABLE } from '../../catalogue/derive';
import { DatabaseId } from '../../catalogue/model';
import { captureSecret, EnvironmentConfig, sinkTasks } from '../../environments/schema';
import { KafkaConnectProvider } from '../../.gen/providers/kafka-connect/provider';
import { DatabaseLayer } from '../database/database-layer';
import { DatabaseEndpoint } from '../database/endpoint';
import { DebeziumSourceConnector } from './debezium-source';
import { carriedTypesOf, isNumericType } from './field-types';
import { JdbcSinkConnector } from './jdbc-sink';
import { SupervisorConnector } from './supervisor';
import { connectorOffsetsReset } from './connector-resource';
import { ConnectorDatabase } from './setting';
import { HASH_SALT_SECRET, workerSecret } from './worker-secrets';

export interface ConnectLayerProps {
  readonly view: CatalogueView;
  readonly env: EnvironmentConfig;
  readonly databases: Record<DatabaseId, DatabaseLayer>;
  /** `${var.…}` reference of the Connect REST password, if the cluster needs one */
  readonly connectPassword?: string;
  /** the topics each connector writes or reads, by name */
  readonly topics: ReadonlyMap<string, ITerraformDependable>;
  /** (dev) the Connect container */
  readonly dependsOn?: ITerraformDependable[];
  /** Connect's REST API as its workers reach it (dev: inside the container) @default env.connect.url */
  readonly connectInternalUrl?: string;
}

/** A database as the Connect workers reach it, as `user`. */
const connectorDatabase = (e: DatabaseEndpoint, user: string): ConnectorDatabase => ({ host: e.connectHost, port: e.connectPort, name: e.database, user, sslmode: e.sslmode, sslRootCert: e.sslRootCert });

/** Heartbeats keep slots advancing on quiet databases; 10 s bounds WAL retained by an idle slot. */
const HEARTBEAT_INTERVAL_MS = 10_000;

/** Debezium sources (one per source database) and JDBC sinks (one per flow), derived from the catalogue. */
export class ConnectLayer extends Construct {
  readonly sources: DebeziumSourceConnector[] = [];
  readonly sinks: JdbcSinkConnector[] = [];
  readonly supervisor: SupervisorConnector;

  constructor(scope: Construct, id: string, props: ConnectLayerProps) {
    super(scope, id);
    const { view, env, databases } = props;
    // connectors name their secrets; each worker resolves them from its own storage (env.connect.secrets)
    const secret = (name: string | undefined) => (name ? workerSecret(env.connect.secrets, name) : undefined);
    new KafkaConnectProvider(this, 'provider', {
      url: env.connect.url,
      tlsRootCaFile: env.connect.caFile,
      basicAuthUsername: env.connect.username,
      basicAuthPassword: props.connectPassword,
    });
    const deps = props.dependsOn ?? [];
    const topics = (...names: string[]) => names.map((n) => {
      const t = props.topics.get(n);
      if (!t) throw new Error(`connect layer: topic '${n}' is not created by the streaming layer`);
      return t;
    });

    for (const dbId of view.sourceDatabases) {
      const db = databases[dbId];
      const e = db.endpoint;
      const tables = view.capturedTables(dbId);
      const guarded = view.echoGuardedTables(dbId);
      const sensitive = tables.flatMap((t) => view.columnsOfClass(dbId, t, 'SENSITIVE').map((c) => `${t}.${c}`));
      // only what some flow carries reaches Kafka (plus the origin marker the echo filter reads)
      const included = view.flowsFrom(dbId).flatMap((f) => [
        ...Object.keys(f.fields).map((c) => `${f.source.table}.${c}`),
        ...(guarded.includes(f.source.table) ? [`${f.source.table}.${ORIGIN_COLUMN}`] : []),
      ]);
      this.sources.push(
        new DebeziumSourceConnector(this, `source-${dbId}`, {
          name: view.sourceConnectorName(dbId),
          topicPrefix: view.topicPrefix(dbId),
          heartbeatTopicPrefix: view.heartbeatTopicPrefix,
          database: connectorDatabase(e, db.captureRole),
          password: secret(captureSecret(dbId, env.databases[dbId])),
          slotName: db.slotName,
          publicationName: db.publicationName,
          tables,
          includedColumns: included,
          hashedColumns: sensitive.filter((c) => included.includes(c)),
          numericColumns: [
            ...new Set(
              view
                .flowsFrom(dbId)
                .flatMap((f) => Object.keys(f.fields).filter((c) => isNumericType(view.column(dbId, f.source.table, c).type)).map((c) => `${f.source.table}.${c}`)),
            ),
          ].filter((c) => !sensitive.includes(c)),
          hashSalt: secret(HASH_SALT_SECRET)!,
          heartbeat: { intervalMs: HEARTBEAT_INTERVAL_MS, table: HEARTBEAT_TABLE },
          tuning: env.tuning,
          signalTable: SIGNAL_TABLE,
          echoFilter: { tables: guarded, originColumn: ORIGIN_COLUMN, sinkValue: ORIGIN_SINK, sinkOverAppValue: ORIGIN_SINK_OVER_APP },
          dependsOn: [...deps, ...db.ready, ...topics(view.heartbeatTopic(dbId), ...view.flowsFrom(dbId).map((f) => view.changeTopic(f)))],
        }),
      );
    }

    for (const flow of view.flows) {
      const target = databases[flow.target.database];
      const e = target.endpoint;
      this.sinks.push(
        new JdbcSinkConnector(this, `sink-${flow.name}`, {
          name: view.sinkConnectorName(flow),
          flow: flow.name,
          sourceTable: flow.source.table,
          carriedTypes: carriedTypesOf(view, flow),
          topic: view.changeTopic(flow),
          database: connectorDatabase(e, target.sinkRole),
          password: secret(env.databases[flow.target.database].sinkPassword?.variable),
          targetTable: flow.target.table,
          fields: flow.fields,
          sourceKey: view.primaryKey(flow.source.database, flow.source.table).name,
          deletes: flow.deletes,
          deadLetterTopic: view.deadLetterTopic(flow),
          deadLetterReplicationFactor: env.kafka.replicationFactor,
          tuning: env.tuning,
          tasksMax: sinkTasks(env),
          dependsOn: [...deps, ...target.ready, ...topics(view.changeTopic(flow), view.deadLetterTopic(flow))],
        }),
      );
    }

    // One connector at a time: each one created rebalances the worker group, and Connect refuses (409)
    // a create that arrives during a rebalance, which the provider's create retries for about 15 s
    // only. Eight at once on the secured profile's two workers kept the group rebalancing for 11 s.
    const pipeline = [...this.sources, ...this.sinks];
    pipeline.slice(1).forEach((c, i) => c.createAfter(pipeline[i]));

    const endpoint = { url: env.connect.url, username: env.connect.username, password: props.connectPassword };
    for (const c of [...this.sources, ...this.sinks]) connectorOffsetsReset(c, 'offsets-reset', c.resource, endpoint);

    // Connect never restarts a FAILED task itself: the supervisor does, with backoff. Created after
    // the connectors it watches, destroyed before them (it must not restart what a destroy stops).
    this.supervisor = new SupervisorConnector(this, 'supervisor', {
      name: view.supervisorConnectorName,
      connectUrl: props.connectInternalUrl ?? env.connect.url,
      connectUsername: env.connect.username,
      connectPassword: secret(env.connect.password?.variable),
      connectors: [...this.sources, ...this.sinks].map((c) => c.props.name),
      eventsTopic: view.supervisorTopic,
      dependsOn: [...deps, ...topics(view.supervisorTopic), ...[...this.sources, ...this.sinks].map((c) => c.resource)],
    });
  }
}
