import { CatalogueView } from '../../catalogue/derive';
import { EnvironmentConfig } from '../../environments/schema';

export type TopicPurpose = 'change' | 'dead-letter' | 'heartbeat' | 'supervisor';

export interface TopicSpec {
  readonly name: string;
  readonly purpose: TopicPurpose;
  /** what writes it: a table, a connector */
  readonly origin: string;
  readonly partitions: number;
  readonly replicationFactor: number;
  readonly config: Record<string, string>;
}

/**
 * Every topic the pipeline uses, derived from the catalogue and sized by the environment:
 * - change topics, one per captured table: `delete` after the retention an outage must survive
 *   (not compacted: a sink rebuilt from scratch re-snapshots instead of replaying);
 * - dead-letter topics, one per sink: kept long enough to triage;
 * - heartbeat topics, one per source connector: only the recent past matters;
 * - the supervisor's restart events: read by `status` for the recent past, kept like dead letters.
 */
export function topicSpecs(view: CatalogueView, env: EnvironmentConfig): TopicSpec[] {
  const k = env.kafka;
  const base = (retentionMs: number) => ({
    'cleanup.policy': 'delete',
    'retention.ms': String(retentionMs),
    'min.insync.replicas': String(k.minInsyncReplicas),
    // a change or a parked record of a large row (up to the producers' bound, plus a batch's own overhead)
    'max.message.bytes': String(env.tuning.producer.maxRecordBytes + 65_536),
  });
  const changes = view.flows.map((f) => ({
    name: view.changeTopic(f),
    purpose: 'change' as const,
    origin: `${f.source.database}:${f.source.table}`,
    partitions: k.partitions,
    replicationFactor: k.replicationFactor,
    config: base(k.retention.changeMs),
  }));
  const deadLetters = view.flows.map((f) => ({
    name: view.deadLetterTopic(f),
    purpose: 'dead-letter' as const,
    origin: view.sinkConnectorName(f),
    partitions: 1,
    replicationFactor: k.replicationFactor,
    config: base(k.retention.deadLetterMs),
  }));
  const heartbeats = view.sourceDatabases.map((db) => ({
    name: view.heartbeatTopic(db),
    purpose: 'heartbeat' as const,
    origin: view.sourceConnectorName(db),
    partitions: 1,
    replicationFactor: k.replicationFactor,
    config: base(k.retention.heartbeatMs),
  }));
  const supervisor = {
    name: view.supervisorTopic,
    purpose: 'supervisor' as const,
    origin: view.supervisorConnectorName,
    partitions: 1,
    replicationFactor: k.replicationFactor,
    config: base(k.retention.deadLetterMs),
  };
  return [...changes, ...deadLetters, ...heartbeats, supervisor];
}
