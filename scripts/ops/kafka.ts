/**
 * The Kafka admin calls the project makes, behind one module: callers see only {@link KafkaAdmin},
 * so a change of client is a change of this file.
 *
 * The client is kafkajs. Checked against @platformatic/kafka 1.35 (maintained, pure JavaScript,
 * registry-only install; its 1.x line runs on Node ≥ 20.19, where require() loads ES modules): it
 * covers every call below on Kafka 4.3, but loading it took 3.6–7.0 s on this 2-core machine under
 * load against 0.4–0.5 s for kafkajs, synchronously, which starved the CLI's other timers (preflight's
 * 5 s PostgreSQL connect timeout fired), and jest cannot load an ES-module-only package, so the tests
 * would need a second client. @confluentinc/kafka-javascript binds librdkafka and installs a native
 * binary through node-pre-gyp, not from the registry alone. Re-check when @platformatic/kafka loads
 * lazily or the project moves to Node ≥ 22.
 */
import { Admin, Kafka, logLevel, SASLOptions } from 'kafkajs';

export interface KafkaConnection {
  readonly brokers: readonly string[];
  readonly ssl: boolean;
  readonly sasl?: { readonly mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; readonly username: string; readonly password: string };
}

export interface PartitionOffsets {
  readonly partition: number;
  /** first offset still held */
  readonly low: number;
  /** next offset to be written */
  readonly high: number;
}

export interface KafkaAdmin {
  listTopics(): Promise<string[]>;
  /** low and high watermark of every partition */
  topicOffsets(topic: string): Promise<PartitionOffsets[]>;
  /** per partition, the first offset whose record is at or after `ms`; -1 where there is none */
  offsetsAt(topic: string, ms: number): Promise<Array<{ readonly partition: number; readonly offset: number }>>;
  /** per partition, the offset `group` committed on `topic`; -1 where it committed none */
  groupOffsets(group: string, topic: string): Promise<Array<{ readonly partition: number; readonly offset: number }>>;
  cluster(): Promise<{ readonly id: string; readonly brokers: number }>;
  /** partitions and (lowest) replication factor of each topic */
  topicShapes(topics: readonly string[]): Promise<Map<string, { readonly partitions: number; readonly replicationFactor: number }>>;
  listGroups(): Promise<string[]>;
  deleteGroups(groups: readonly string[]): Promise<void>;
  deleteTopics(topics: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** An admin client with bounded timeouts and one retry: an unreachable cluster fails within seconds. */
export function kafkaAdminClient(t: KafkaConnection, clientId = 'smart-cdc-ops'): KafkaAdmin {
  const kafka = new Kafka({
    clientId,
    brokers: [...t.brokers],
    ssl: t.ssl,
    sasl: t.sasl as SASLOptions | undefined,
    connectionTimeout: 3_000,
    requestTimeout: 10_000,
    retry: { retries: 1, initialRetryTime: 200, maxRetryTime: 1_000 },
    logLevel: logLevel.NOTHING,
  });
  const admin: Admin = kafka.admin();
  let connected: Promise<void> | undefined;
  // connects on first use, so that a session that is never used opens no socket
  const ready = async () => {
    connected ??= admin.connect();
    await connected;
    return admin;
  };
  return {
    listTopics: async () => (await ready()).listTopics(),
    topicOffsets: async (topic) => (await (await ready()).fetchTopicOffsets(topic)).map((p) => ({ partition: p.partition, low: Number(p.low), high: Number(p.high) })),
    offsetsAt: async (topic, ms) => (await (await ready()).fetchTopicOffsetsByTimestamp(topic, Math.floor(ms))).map((p) => ({ partition: p.partition, offset: Number(p.offset) })),
    groupOffsets: async (group, topic) =>
      ((await (await ready()).fetchOffsets({ groupId: group, topics: [topic] }))[0]?.partitions ?? []).map((p) => ({ partition: p.partition, offset: Number(p.offset) })),
    async cluster() {
      const c = await (await ready()).describeCluster();
      return { id: c.clusterId, brokers: c.brokers.length };
    },
    async topicShapes(topics) {
      const md = await (await ready()).fetchTopicMetadata({ topics: [...topics] });
      return new Map(md.topics.map((x) => [x.name, { partitions: x.partitions.length, replicationFactor: Math.min(...x.partitions.map((p) => p.replicas.length)) }]));
    },
    listGroups: async () => (await (await ready()).listGroups()).groups.map((g) => g.groupId),
    deleteGroups: async (groups) => {
      if (groups.length) await (await ready()).deleteGroups([...groups]);
    },
    deleteTopics: async (topics) => {
      if (topics.length) await (await ready()).deleteTopics({ topics: [...topics] });
    },
    close: async () => {
      if (connected) await admin.disconnect();
    },
  };
}
