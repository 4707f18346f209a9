import { Construct } from 'constructs';
import { Container } from '@cdktf/provider-docker/lib/container';
import { DataResource, ITerraformDependable } from 'cdktf';
import { DatabaseId } from '../../catalogue/model';
import { EnvironmentConfig } from '../../environments/schema';
import { CONNECT_PLUGIN_JAR, connectPluginSourceHash, connectPluginTarget } from './connect-plugin';
import { DockerHost } from './docker-host';
import { fetchJmxAgent, jmxAgentMount } from './dev-monitoring';

/** In-network names and ports of the dev engines (Connect reaches them by these). */
export const DEV = {
  database: (id: DatabaseId) => ({ host: `smart-cdc-dev-${id}-db`, port: 5432 }),
  kafkaInternal: 'smart-cdc-dev-kafka:29092',
  connect: 'smart-cdc-dev-connect',
  /** Connect's REST API from inside its own container (the supervisor connector calls it) */
  connectRest: 'http://localhost:8083',
  /** where the image keeps the Debezium JDBC sink: the pipeline's plugin jar goes beside it */
  jdbcPluginDir: '/kafka/connect/debezium-connector-jdbc',
  /** worker offset commits (the image's default is 60 s; local uses 1 s): bootstrap, replay and resync wait on them */
  offsetFlushIntervalMs: 1000,
};

export interface DevEnginesProps {
  readonly env: EnvironmentConfig;
  /** per database: its name, admin password reference and the host port it is published on */
  readonly databases: Record<DatabaseId, { readonly name: string; readonly adminPassword: string; readonly port: number }>;
  /** secret name → `${var.…}` reference: written as files into the Connect container's secret directory */
  readonly workerSecrets: Readonly<Record<string, string>>;
}

/**
 * The engines of `dev` as containers: one PostgreSQL 16 with logical decoding per database, one Kafka KRaft
 * broker, one Kafka Connect worker with the Debezium plugins and the project's own (connect-plugin/, uploaded).
 */
export class DevEngines extends Construct {
  readonly databases: Record<DatabaseId, Container>;
  readonly kafka: Container;
  readonly connect: Container;
  /** phase 4: fetches the JMX exporter agent the broker and the worker run */
  readonly jmxAgent?: DataResource;
  readonly host: DockerHost;

  constructor(scope: Construct, id: string, props: DevEnginesProps) {
    super(scope, id);
    const d = props.env.docker!;
    this.host = new DockerHost(this, 'docker', { host: d.host, network: d.network });
    const pg = (dbId: DatabaseId) =>
      this.host.container(`${dbId}-db`, {
        name: DEV.database(dbId).host,
        image: d.images.postgres,
        env: [`POSTGRES_DB=${props.databases[dbId].name}`, `POSTGRES_PASSWORD=${props.databases[dbId].adminPassword}`],
        // logical decoding, a bound on the WAL an abandoned slot can pin, and no refused row's values in the server log
        command: ['postgres', '-c', 'wal_level=logical', '-c', 'max_replication_slots=10', '-c', 'max_wal_senders=10', '-c', 'max_slot_wal_keep_size=2048MB', '-c', 'log_error_verbosity=terse'],
        ports: [{ host: props.databases[dbId].port, container: 5432 }],
        dataPath: '/var/lib/postgresql/data',
        // over TCP: the image's first-start server (initdb, POSTGRES_DB) listens on the unix socket only,
        // so a socket check would report ready before the database the stack needs exists
        healthcheck: ['CMD-SHELL', `pg_isready -h 127.0.0.1 -p 5432 -U postgres -d ${props.databases[dbId].name}`],
        startPeriod: '30s',
      });
    this.databases = Object.fromEntries(Object.keys(props.databases).map((dbId) => [dbId, pg(dbId)]));

    // phase 4: the broker and the worker export their JMX metrics for Prometheus (constructs/docker/dev-monitoring.ts)
    if (props.env.phases.includes(4)) this.jmxAgent = fetchJmxAgent(this, 'jmx-agent');
    const agent = (engine: 'kafka' | 'connect', hostPort: number) =>
      this.jmxAgent ? jmxAgentMount(engine, hostPort) : { env: undefined, uploads: [], port: undefined };
    const kafkaAgent = agent('kafka', d.ports.kafkaMetrics);
    const connectAgent = agent('connect', d.ports.connectMetrics);
    const present = <T>(...xs: Array<T | undefined>): T[] => xs.filter((x): x is T => x !== undefined);

    const kafkaName = DEV.kafkaInternal.split(':')[0];
    this.kafka = this.host.container('kafka', {
      name: kafkaName,
      image: d.images.kafka,
      env: [
        'KAFKA_NODE_ID=1',
        'KAFKA_PROCESS_ROLES=broker,controller',
        'KAFKA_LISTENERS=INTERNAL://:29092,EXTERNAL://:9092,CONTROLLER://:9093',
        `KAFKA_ADVERTISED_LISTENERS=INTERNAL://${DEV.kafkaInternal},EXTERNAL://localhost:${d.ports.kafka}`,
        'KAFKA_LISTENER_SECURITY_PROTOCOL_MAP=INTERNAL:PLAINTEXT,EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT',
        'KAFKA_INTER_BROKER_LISTENER_NAME=INTERNAL',
        'KAFKA_CONTROLLER_LISTENER_NAMES=CONTROLLER',
        `KAFKA_CONTROLLER_QUORUM_VOTERS=1@${kafkaName}:9093`,
        'KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR=1',
        'KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR=1',
        'KAFKA_TRANSACTION_STATE_LOG_MIN_ISR=1',
        // topics come from the stack, with deliberate settings
        'KAFKA_AUTO_CREATE_TOPICS_ENABLE=false',
        'KAFKA_LOG_DIRS=/var/lib/kafka/data',
        'KAFKA_HEAP_OPTS=-Xmx512m -Xms256m',
        ...present(kafkaAgent.env),
      ],
      ports: present({ host: d.ports.kafka, container: 9092 }, kafkaAgent.port),
      dataPath: '/var/lib/kafka/data',
      uploads: kafkaAgent.uploads,
      // without the broker's KAFKA_OPTS: a second JVM with the agent could not take its port, and would exit
      healthcheck: ['CMD-SHELL', 'env -u KAFKA_OPTS /opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092 > /dev/null'],
      dependsOn: present(this.jmxAgent),
    });

    const secrets = props.env.connect.secrets;
    this.connect = this.host.container('connect', {
      name: DEV.connect,
      image: d.images.connect,
      env: [
        // the worker resolves connectors' ${secrets:<dir>:<name>} references from files (CONNECT_* → worker properties)
        `CONNECT_CONFIG_PROVIDERS=${secrets.provider}`,
        `CONNECT_CONFIG_PROVIDERS_${secrets.provider.toUpperCase()}_CLASS=org.apache.kafka.common.config.provider.DirectoryConfigProvider`,
        `CONNECT_CONFIG_PROVIDERS_${secrets.provider.toUpperCase()}_PARAM_ALLOWED_PATHS=${secrets.directory}`,
        `BOOTSTRAP_SERVERS=${DEV.kafkaInternal}`,
        'GROUP_ID=smart-cdc-dev',
        'CONFIG_STORAGE_TOPIC=_smart-cdc-dev-configs',
        'OFFSET_STORAGE_TOPIC=_smart-cdc-dev-offsets',
        'STATUS_STORAGE_TOPIC=_smart-cdc-dev-status',
        // the image maps only CONNECT_* (and its named variables) to worker properties
        'CONNECT_CONFIG_STORAGE_REPLICATION_FACTOR=1',
        'CONNECT_OFFSET_STORAGE_REPLICATION_FACTOR=1',
        'CONNECT_STATUS_STORAGE_REPLICATION_FACTOR=1',
        `OFFSET_FLUSH_INTERVAL_MS=${DEV.offsetFlushIntervalMs}`,
        'KEY_CONVERTER=org.apache.kafka.connect.json.JsonConverter',
        'VALUE_CONVERTER=org.apache.kafka.connect.json.JsonConverter',
        'CONNECT_CONNECTOR_CLIENT_CONFIG_OVERRIDE_POLICY=All',
        // one worker: lost connectors and tasks are assigned again after 10 s, not Kafka's 5 minutes (runtime/config/connect-distributed.properties)
        'CONNECT_SCHEDULED_REBALANCE_MAX_DELAY_MS=10000',
        'HEAP_OPTS=-Xmx1g -Xms256m',
        ...present(connectAgent.env),
      ],
      ports: present({ host: d.ports.connect, container: 8083 }, connectAgent.port),
      uploads: [
        // the values come from sensitive variables: in state (encrypted backend), never in the JSON or a connector config
        ...Object.entries(props.workerSecrets).map(([name, ref]) => ({ file: `${secrets.directory}/${name}`, content: ref, permissions: '0444' })),
        // the project's plugin (parking JDBC sink, supervisor, HashColumns, DropSinkEchoes) beside Debezium's JDBC
        // sink; build it first: mvn -f connect-plugin/pom.xml package
        { file: connectPluginTarget(DEV.jdbcPluginDir), source: CONNECT_PLUGIN_JAR, sourceHash: connectPluginSourceHash() },
        ...connectAgent.uploads,
      ],
      healthcheck: ['CMD-SHELL', 'curl -fs http://localhost:8083/connector-plugins | grep -q PipelineSupervisorConnector'],
      dependsOn: present<ITerraformDependable>(this.kafka, this.jmxAgent),
    });
  }
}
