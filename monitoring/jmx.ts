/**
 * The engines' own series: what the Prometheus JMX exporter agent in each Kafka broker and Connect
 * worker writes, by the rules of monitoring/jmx/<engine>.yml. The agent does not know the environment:
 * the scrape adds `environment` as a target label (prometheusScrapeConfigs). The alert rules and the
 * dashboards read these names, so a rule file that stops writing one fails its test.
 */
import { MetricDef } from './metrics';

export type Engine = 'kafka' | 'connect';

export interface JmxMetricDef extends MetricDef {
  readonly engine: Engine;
  readonly type: 'gauge' | 'counter';
}

const jmx = (engine: Engine, name: string, labels: readonly string[], type: 'gauge' | 'counter', help: string): JmxMetricDef => ({ engine, name, labels, type, help });

export const JMX_METRICS = {
  connectorStatus: jmx('connect', 'kafka_connect_connector_status', ['connector', 'status'], 'gauge', "1 for the connector's state (running, paused, stopped, failed, unassigned)"),
  taskStatus: jmx('connect', 'kafka_connect_task_status', ['connector', 'task', 'status'], 'gauge', "1 for the task's state"),
  sinkRecordsRead: jmx('connect', 'kafka_connect_sink_records_read_total', ['connector', 'task'], 'counter', 'records the sink task read from Kafka'),
  sinkRecordsSent: jmx('connect', 'kafka_connect_sink_records_sent_total', ['connector', 'task'], 'counter', 'records the sink task passed to the connector, after its transforms (the echo filter drops some)'),
  sourceRecordsWritten: jmx('connect', 'kafka_connect_source_records_written_total', ['connector', 'task'], 'counter', 'records the source task wrote to Kafka, after its transforms'),
  taskRecordFailures: jmx('connect', 'kafka_connect_task_record_failures_total', ['connector', 'task'], 'counter', 'record processing failures of the task (each attempt)'),
  taskDeadLetterRequests: jmx('connect', 'kafka_connect_task_dead_letter_requests_total', ['connector', 'task'], 'counter', "records Connect's error handler wrote to a dead-letter topic"),
  sourceConnected: jmx('connect', 'debezium_postgres_streaming_connected', ['server'], 'gauge', 'Debezium: 1 while the source connector holds its replication connection (server: the topic prefix)'),
  sourceBehindMs: jmx('connect', 'debezium_postgres_streaming_millisecondsbehindsource', ['server'], 'gauge', "Debezium: milliseconds between the last change's commit and its processing (-1 before the first)"),
  sourceSinceLastEventMs: jmx('connect', 'debezium_postgres_streaming_millisecondssincelastevent', ['server'], 'gauge', 'Debezium: milliseconds since the connector read its last change (heartbeats included)'),
  sourceQueueRemaining: jmx('connect', 'debezium_postgres_streaming_queueremainingcapacity', ['server'], 'gauge', "Debezium: free places in the queue between the replication stream and Kafka"),
  sourceQueueTotal: jmx('connect', 'debezium_postgres_streaming_queuetotalcapacity', ['server'], 'gauge', "Debezium: the queue's size (max.queue.size)"),
  sourceEventsSeen: jmx('connect', 'debezium_postgres_streaming_totalnumberofeventsseen', ['server'], 'gauge', 'Debezium: changes read since the task started'),
  sourceErroneousEvents: jmx('connect', 'debezium_postgres_streaming_numberoferroneousevents', ['server'], 'gauge', 'Debezium: changes it could not process since the task started'),
  snapshotRunning: jmx('connect', 'debezium_postgres_snapshot_snapshotrunning', ['server'], 'gauge', 'Debezium: 1 while an initial or blocking snapshot runs'),
  snapshotCompleted: jmx('connect', 'debezium_postgres_snapshot_snapshotcompleted', ['server'], 'gauge', 'Debezium: 1 once the snapshot completed'),
  snapshotRemainingTables: jmx('connect', 'debezium_postgres_snapshot_remainingtablecount', ['server'], 'gauge', 'Debezium: tables the snapshot has still to read'),
  snapshotTotalTables: jmx('connect', 'debezium_postgres_snapshot_totaltablecount', ['server'], 'gauge', 'Debezium: tables the snapshot reads'),
  kafkaUnderReplicated: jmx('kafka', 'kafka_server_replicamanager_underreplicatedpartitions', [], 'gauge', 'partitions this broker leads with fewer in-sync replicas than replicas'),
  kafkaUnderMinIsr: jmx('kafka', 'kafka_server_replicamanager_underminisrpartitioncount', [], 'gauge', 'partitions this broker leads with fewer in-sync replicas than min.insync.replicas: writes with acks=all fail'),
  kafkaOfflineReplicas: jmx('kafka', 'kafka_server_replicamanager_offlinereplicacount', [], 'gauge', 'replicas on this broker that are offline (a failed log directory)'),
  kafkaPartitions: jmx('kafka', 'kafka_server_replicamanager_partitioncount', [], 'gauge', 'partitions on this broker'),
  kafkaActiveController: jmx('kafka', 'kafka_controller_activecontrollercount', [], 'gauge', '1 on the active controller'),
  kafkaOfflinePartitions: jmx('kafka', 'kafka_controller_offlinepartitionscount', [], 'gauge', 'partitions without a leader (reported by the active controller)'),
  topicMessagesIn: jmx('kafka', 'kafka_server_topic_messages_in_total', ['topic'], 'counter', 'records appended to the topic on this broker, as its leader'),
} as const;

export type JmxMetricKey = keyof typeof JMX_METRICS;
