/**
 * The Kafka admin calls the project makes, behind one module. The client is @platformatic/kafka
 * (maintained, pure JavaScript, installs from the npm registry alone; its 1.x line runs on Node 20);
 * callers see only this small interface, so a change of client stays here.
 *
 * The client is an ES module, loaded with require() when a session opens: Node ≥ 20.19 requires ES
 * modules natively, and modules that never talk to Kafka (or jest, which cannot) do not load it.
 */
import type { Admin as AdminType } from '@platformatic/kafka';

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

const SASL = { plain: 'PLAIN', 'scram-sha-256': 'SCRAM-SHA-256', 'scram-sha-512': 'SCRAM-SHA-512' } as const;
const LATEST = -1n;
const EARLIEST = -2n;

/** An admin client with bounded timeouts and one retry: an unreachable cluster fails within seconds. */
export function kafkaAdminClient(t: KafkaConnection, clientId = 'smart-cdc-ops'): KafkaAdmin {
  const { Admin } = require('@platformatic/kafka') as { Admin: typeof AdminType };
  const admin = new Admin({
    clientId,
    bootstrapBrokers: [...t.brokers],
    connectTimeout: 3_000,
    timeout: 10_000,
    retries: 1,
    retryDelay: 200,
    ...(t.ssl ? { tls: {} } : {}),
    ...(t.sasl ? { sasl: { mechanism: SASL[t.sasl.mechanism], username: t.sasl.username, password: t.sasl.password } } : {}),
  });
  const partitionsOf = async (topic: string) => {
    const md = await admin.metadata({ topics: [topic] });
    const n = md.topics.get(topic)?.partitionsCount ?? 0;
    return [...Array(n).keys()];
  };
  const listAt = async (topic: string, timestamp: bigint) => {
    const parts = await partitionsOf(topic);
    const [res] = await admin.listOffsets({ topics: [{ name: topic, partitions: parts.map((partitionIndex) => ({ partitionIndex, timestamp })) }] });
    return new Map((res?.partitions ?? []).map((p) => [p.partitionIndex, Number(p.offset)]));
  };
  return {
    listTopics: () => admin.listTopics({ includeInternals: false }),
    async topicOffsets(topic) {
      const [low, high] = await Promise.all([listAt(topic, EARLIEST), listAt(topic, LATEST)]);
      return [...high.keys()].sort((a, b) => a - b).map((partition) => ({ partition, low: low.get(partition) ?? 0, high: high.get(partition)! }));
    },
    async offsetsAt(topic, ms) {
      const at = await listAt(topic, BigInt(Math.floor(ms)));
      return [...at].map(([partition, offset]) => ({ partition, offset }));
    },
    async groupOffsets(group, topic) {
      const [g] = await admin.listConsumerGroupOffsets({ groups: [group] });
      const parts = g?.topics?.find((x) => x.name === topic)?.partitions ?? [];
      return parts.map((p) => ({ partition: p.partitionIndex, offset: Number(p.committedOffset) }));
    },
    async cluster() {
      const md = await admin.metadata({ topics: [] });
      return { id: md.id, brokers: md.brokers.size };
    },
    async topicShapes(topics) {
      const md = await admin.metadata({ topics: [...topics] });
      return new Map(
        [...md.topics].filter(([name]) => topics.includes(name)).map(([name, t]) => [name, { partitions: t.partitionsCount, replicationFactor: Math.min(...t.partitions.map((p) => p.replicas.length)) }]),
      );
    },
    listGroups: async () => [...(await admin.listGroups()).keys()],
    deleteGroups: async (groups) => {
      if (groups.length) await admin.deleteGroups({ groups: [...groups] });
    },
    deleteTopics: async (topics) => {
      if (topics.length) await admin.deleteTopics({ topics: [...topics] });
    },
    close: () => admin.close(),
  };
}
