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
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, Admin, Kafka, logLevel, ResourcePatternTypes, SASLOptions } from 'kafkajs';
import { randomUUID } from 'crypto';
import { CaFile, readCa } from './tls';

export interface KafkaConnection {
  readonly brokers: readonly string[];
  readonly ssl: boolean;
  /** the CA of the brokers' certificates (default: the system store) */
  readonly ca?: CaFile;
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
  /** commits `offset` for `group` on partition 0 of `topic` (the group must have no live member) */
  commitOffset(group: string, topic: string, offset: number): Promise<void>;
  /** the ACL bindings naming `principal` on topics and groups (needs Describe on the cluster) */
  acls(principal: string): Promise<AclBinding[]>;
  close(): Promise<void>;
}

/** One ACL binding as the cluster holds it. */
export interface AclBinding {
  readonly principal: string;
  readonly permission: 'Allow' | 'Deny';
  /** Read, Write, Describe, All, … (Kafka's names, capitalised as the kafka provider spells them) */
  readonly operation: string;
  readonly resourceType: 'Topic' | 'Group' | 'Cluster' | 'Other';
  readonly resourceName: string;
  readonly patternType: 'Literal' | 'Prefixed' | 'Other';
  readonly host: string;
}

export interface RawRecord {
  readonly offset: number;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: Record<string, string>;
  readonly timestamp: number;
}

const OPERATION_NAMES: Record<number, string> = {
  [AclOperationTypes.ALL]: 'All',
  [AclOperationTypes.READ]: 'Read',
  [AclOperationTypes.WRITE]: 'Write',
  [AclOperationTypes.CREATE]: 'Create',
  [AclOperationTypes.DELETE]: 'Delete',
  [AclOperationTypes.ALTER]: 'Alter',
  [AclOperationTypes.DESCRIBE]: 'Describe',
  [AclOperationTypes.CLUSTER_ACTION]: 'ClusterAction',
  [AclOperationTypes.DESCRIBE_CONFIGS]: 'DescribeConfigs',
  [AclOperationTypes.ALTER_CONFIGS]: 'AlterConfigs',
  [AclOperationTypes.IDEMPOTENT_WRITE]: 'IdempotentWrite',
};

/** A client with bounded timeouts and one retry: an unreachable cluster fails within seconds. */
function kafkaClient(t: KafkaConnection, clientId = 'smart-cdc-ops'): Kafka {
  return new Kafka({
    clientId,
    brokers: [...t.brokers],
    ssl: t.ssl && t.ca ? { ca: [readCa(t.ca)] } : t.ssl,
    sasl: t.sasl as SASLOptions | undefined,
    connectionTimeout: 3_000,
    requestTimeout: 10_000,
    retry: { retries: 1, initialRetryTime: 200, maxRetryTime: 1_000 },
    logLevel: logLevel.NOTHING,
  });
}

export function kafkaAdminClient(t: KafkaConnection, clientId = 'smart-cdc-ops'): KafkaAdmin {
  const admin: Admin = kafkaClient(t, clientId).admin();
  let connected: Promise<void> | undefined;
  // connects on first use, so that a session that is never used opens no socket
  const ready = async () => {
    connected ??= admin.connect();
    await connected;
    return admin;
  };
  // kafkajs races when calls naming topics run at once: one call's metadata refresh can leave
  // another's topic without partitions ("Cannot destructure property 'partitions' of 'high.pop(...)'",
  // seen with 3 brokers). Those calls of this client run one at a time.
  let turn: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(f: (a: Admin) => Promise<T>): Promise<T> => {
    const next = async () => f(await ready());
    const run = turn.then(next, next);
    turn = run.catch(() => undefined);
    return run;
  };
  return {
    listTopics: async () => (await ready()).listTopics(),
    topicOffsets: async (topic) => (await inTurn((a) => a.fetchTopicOffsets(topic))).map((p) => ({ partition: p.partition, low: Number(p.low), high: Number(p.high) })),
    offsetsAt: async (topic, ms) => (await inTurn((a) => a.fetchTopicOffsetsByTimestamp(topic, Math.floor(ms)))).map((p) => ({ partition: p.partition, offset: Number(p.offset) })),
    groupOffsets: async (group, topic) =>
      ((await inTurn((a) => a.fetchOffsets({ groupId: group, topics: [topic] })))[0]?.partitions ?? []).map((p) => ({ partition: p.partition, offset: Number(p.offset) })),
    async cluster() {
      const c = await (await ready()).describeCluster();
      return { id: c.clusterId, brokers: c.brokers.length };
    },
    async topicShapes(topics) {
      const md = await inTurn((a) => a.fetchTopicMetadata({ topics: [...topics] }));
      return new Map(md.topics.map((x) => [x.name, { partitions: x.partitions.length, replicationFactor: Math.min(...x.partitions.map((p) => p.replicas.length)) }]));
    },
    listGroups: async () => (await (await ready()).listGroups()).groups.map((g) => g.groupId),
    deleteGroups: async (groups) => {
      if (groups.length) await (await ready()).deleteGroups([...groups]);
    },
    deleteTopics: async (topics) => {
      if (topics.length) await (await ready()).deleteTopics({ topics: [...topics] });
    },
    commitOffset: async (group, topic, offset) => (await ready()).setOffsets({ groupId: group, topic, partitions: [{ partition: 0, offset: String(offset) }] }),
    async acls(principal) {
      const r = await (await ready()).describeAcls({
        principal,
        resourceType: AclResourceTypes.ANY,
        resourcePatternType: ResourcePatternTypes.ANY,
        operation: AclOperationTypes.ANY,
        permissionType: AclPermissionTypes.ANY,
      });
      return r.resources.flatMap((res) =>
        res.acls.map((a) => ({
          principal: a.principal,
          permission: a.permissionType === AclPermissionTypes.DENY ? ('Deny' as const) : ('Allow' as const),
          operation: OPERATION_NAMES[a.operation] ?? `operation ${a.operation}`,
          resourceType: res.resourceType === AclResourceTypes.TOPIC ? ('Topic' as const) : res.resourceType === AclResourceTypes.GROUP ? ('Group' as const) : res.resourceType === AclResourceTypes.CLUSTER ? ('Cluster' as const) : ('Other' as const),
          resourceName: res.resourceName,
          patternType: res.resourcePatternType === ResourcePatternTypes.PREFIXED ? ('Prefixed' as const) : res.resourcePatternType === ResourcePatternTypes.LITERAL ? ('Literal' as const) : ('Other' as const),
          host: a.host,
        })),
      );
    },
    close: async () => {
      if (connected) await admin.disconnect();
    },
  };
}

/**
 * The records of one partition in [from, to), read with a throw-away consumer group (deleted
 * afterwards). Bounded by `timeoutMs`; what was read by then is returned with `complete: false`.
 */
export async function readPartition(t: KafkaConnection, topic: string, partition: number, from: number, to: number, timeoutMs: number): Promise<{ records: RawRecord[]; complete: boolean }> {
  if (to <= from) return { records: [], complete: true };
  // unique per read: two reads of one process in the same millisecond would join one group, and kafkajs
  // assigns a group's partitions across its members whatever each subscribed to (one read got nothing)
  const groupId = `smart-cdc-ops-read-${process.pid}-${randomUUID()}`;
  const consumer = kafkaClient(t).consumer({ groupId, sessionTimeout: 10_000, rebalanceTimeout: 10_000, maxWaitTimeInMs: 200, retry: { retries: 2 } });
  const records: RawRecord[] = [];
  let complete = false;
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, timeoutMs);
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition: p, message }) => {
            const off = Number(message.offset);
            if (p !== partition || off < from || off >= to) return;
            const headers: Record<string, string> = {};
            for (const [k, v] of Object.entries(message.headers ?? {})) headers[k] = Array.isArray(v) ? String(v[0]) : v === undefined ? '' : String(v);
            records.push({ offset: off, key: message.key, value: message.value, headers, timestamp: Number(message.timestamp) });
            if (off >= to - 1) {
              complete = true;
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .then(() => consumer.seek({ topic, partition, offset: String(from) }))
        .catch(reject);
    });
  } finally {
    await consumer.disconnect().catch(() => undefined);
    const admin = kafkaAdminClient(t);
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.close().catch(() => undefined);
  }
  return { records: records.sort((a, b) => a.offset - b.offset), complete };
}

/** Produces records to a topic and waits for every in-sync replica's acknowledgement. */
export async function produceRecords(t: KafkaConnection, topic: string, messages: ReadonlyArray<{ key: Buffer | null; value: Buffer | null; headers?: Record<string, string> }>): Promise<void> {
  if (!messages.length) return;
  const producer = kafkaClient(t).producer({ allowAutoTopicCreation: false, idempotent: false });
  try {
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: messages.map((m) => ({ key: m.key, value: m.value, headers: m.headers })) });
  } finally {
    await producer.disconnect().catch(() => undefined);
  }
}
