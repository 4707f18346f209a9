/**
 * The Kafka calls the project makes (the operations CLI, the benchmark and the tests), behind one
 * module: callers see only {@link KafkaAdmin}, {@link readPartition} and {@link produceRecords}, so a
 * change of client is a change of this file.
 *
 * The client is @platformatic/kafka 1.x: maintained, JavaScript (its compression codecs are
 * WebAssembly; CRC-32C a prebuilt binary of its optional @node-rs/crc32, else WebAssembly), installed
 * from the registry alone with nothing to compile. Its 1.x line runs on every Node
 * the project supports (package.json `engines` is its range); 2.x needs Node >= 22. It is loaded on
 * first use ({@link kafkaLibrary}), not at start-up: loading it takes 0.4 s on a quiet machine, which
 * commands that never talk to Kafka should not pay. Under jest its ES modules are rewritten to
 * CommonJS (tools/jest/es-module-package.js).
 */
import type * as Platformatic from '@platformatic/kafka';
import { randomUUID } from 'crypto';
import { CaFile, readCa } from './tls';

let loaded: Promise<typeof Platformatic> | undefined;
/**
 * The client library, loaded on first use with import(): Node's own ES-module loader, not tsx's
 * require hook, which would transform its ~180 files again and took twice as long.
 */
export function kafkaLibrary(): Promise<typeof Platformatic> {
  loaded ??= import('@platformatic/kafka');
  return loaded;
}

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
  /** every offset `group` has committed, on any topic */
  groupCommits(group: string): Promise<Array<{ readonly topic: string; readonly partition: number; readonly offset: number }>>;
  cluster(): Promise<{ readonly id: string; readonly brokers: number }>;
  /** partitions and (lowest) replication factor of each topic */
  topicShapes(topics: readonly string[]): Promise<Map<string, { readonly partitions: number; readonly replicationFactor: number }>>;
  listGroups(): Promise<string[]>;
  /** whether `group` has a live member (false once every consumer of it has left, or it does not exist) */
  groupActive(group: string): Promise<boolean>;
  deleteGroups(groups: readonly string[]): Promise<void>;
  deleteTopics(topics: readonly string[]): Promise<void>;
  /** creates topics (partitions and replication factor, where not given, the brokers' defaults) and waits for their leaders (fixtures and tests; the stack's own topics are Terraform's) */
  createTopics(topics: ReadonlyArray<{ readonly name: string; readonly partitions?: number; readonly replicationFactor?: number; readonly configs?: Readonly<Record<string, string>> }>): Promise<void>;
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

/** An ACL operation's name as the kafka provider spells it, from the client's constant (IDEMPOTENT_WRITE → IdempotentWrite). */
export const operationName = (constant: string): string => constant.toLowerCase().replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());

const MECHANISMS = { plain: 'PLAIN', 'scram-sha-256': 'SCRAM-SHA-256', 'scram-sha-512': 'SCRAM-SHA-512' } as const;

/** The client's options for a connection, with bounded timeouts and one retry: an unreachable cluster fails within seconds. */
export function connectionOptions(t: KafkaConnection, clientId: string): Platformatic.BaseOptions {
  return {
    clientId,
    bootstrapBrokers: [...t.brokers],
    connectTimeout: 3_000,
    requestTimeout: 10_000,
    timeout: 10_000,
    retries: 1,
    retryDelay: 200,
    ...(t.ssl ? { tls: t.ca ? { ca: [readCa(t.ca)] } : {} } : {}),
    ...(t.sasl ? { sasl: { mechanism: MECHANISMS[t.sasl.mechanism], username: t.sasl.username, password: t.sasl.password } } : {}),
  };
}

const num = (n: bigint | number): number => Number(n);

export function kafkaAdminClient(t: KafkaConnection, clientId = 'smart-cdc-ops'): KafkaAdmin {
  let admin: Promise<Platformatic.Admin> | undefined;
  // created on first use, so that a session that is never used loads no client and opens no socket
  const a = () => (admin ??= kafkaLibrary().then((k) => new k.Admin(connectionOptions(t, clientId))));
  // metadata fresh from the cluster each time: a long session (the benchmark) must see topics deleted and re-created
  const partitionsOf = async (topic: string): Promise<number[]> => {
    const md = await (await a()).metadata({ topics: [topic], forceUpdate: true });
    const count = md.topics.get(topic)?.partitionsCount ?? 0;
    return Array.from({ length: count }, (_, i) => i);
  };
  const listOffsets = async (topic: string, timestamp: bigint) => {
    const partitions = await partitionsOf(topic);
    const r = await (await a()).listOffsets({ topics: [{ name: topic, partitions: partitions.map((partitionIndex) => ({ partitionIndex, timestamp })) }] });
    return (r.find((x) => x.name === topic)?.partitions ?? []).map((p) => ({ partition: p.partitionIndex, offset: num(p.offset) })).sort((x, y) => x.partition - y.partition);
  };
  return {
    listTopics: async () => (await a()).listTopics({ includeInternals: true }),
    async topicOffsets(topic) {
      const { ListOffsetTimestamps } = await kafkaLibrary();
      const [low, high] = await Promise.all([listOffsets(topic, ListOffsetTimestamps.EARLIEST), listOffsets(topic, ListOffsetTimestamps.LATEST)]);
      const highs = new Map(high.map((p) => [p.partition, p.offset]));
      return low.map((p) => ({ partition: p.partition, low: p.offset, high: highs.get(p.partition) ?? p.offset }));
    },
    offsetsAt: async (topic, ms) => listOffsets(topic, BigInt(Math.floor(ms))),
    async groupOffsets(group, topic) {
      const partitionIndexes = await partitionsOf(topic);
      const r = await (await a()).listConsumerGroupOffsets({ groups: [{ groupId: group, topics: [{ name: topic, partitionIndexes }] }] });
      const committed = new Map((r[0]?.topics.find((x) => x.name === topic)?.partitions ?? []).map((p) => [p.partitionIndex, num(p.committedOffset)]));
      return partitionIndexes.map((partition) => ({ partition, offset: committed.get(partition) ?? -1 }));
    },
    async groupCommits(group) {
      const r = await (await a()).listConsumerGroupOffsets({ groups: [group] });
      return (r[0]?.topics ?? []).flatMap((x) => x.partitions.map((p) => ({ topic: x.name, partition: p.partitionIndex, offset: num(p.committedOffset) })));
    },
    async cluster() {
      const md = await (await a()).metadata({ topics: [], forceUpdate: true });
      return { id: md.id, brokers: md.brokers.size };
    },
    async topicShapes(topics) {
      const md = await (await a()).metadata({ topics: [...topics], forceUpdate: true });
      return new Map([...md.topics].map(([name, x]) => [name, { partitions: x.partitionsCount, replicationFactor: Math.min(...x.partitions.map((p) => p.replicas.length)) }]));
    },
    listGroups: async () => [...(await (await a()).listGroups()).keys()],
    // by the group's state from ListGroups: the client's DescribeGroups cannot parse a Connect worker's member metadata
    groupActive: async (group) => !['EMPTY', 'DEAD', undefined].includes((await (await a()).listGroups()).get(group)?.state.toUpperCase()),
    deleteGroups: async (groups) => {
      if (groups.length) await (await a()).deleteGroups({ groups: [...groups] });
    },
    deleteTopics: async (topics) => {
      if (topics.length) await (await a()).deleteTopics({ topics: [...topics] });
    },
    async createTopics(topics) {
      for (const x of topics)
        await (await a()).createTopics({ topics: [x.name], partitions: x.partitions, replicas: x.replicationFactor, configs: Object.entries(x.configs ?? {}).map(([name, value]) => ({ name, value })) });
      // created is not yet writable: wait (bounded) until every partition has a leader
      const names = topics.map((x) => x.name);
      for (let i = 0; names.length && i < 100; i++) {
        const md = await (await a()).metadata({ topics: names, forceUpdate: true }).catch(() => undefined);
        const led = (n: string) => {
          const ps = md?.topics.get(n)?.partitions ?? [];
          return ps.length > 0 && ps.every((p) => p.leader >= 0);
        };
        if (names.every(led)) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      if (names.length) throw new Error(`topics ${names.join(', ')} created but without leaders after 10 s`);
    },
    commitOffset: async (group, topic, offset) => (await a()).alterConsumerGroupOffsets({ groupId: group, topics: [{ name: topic, partitionOffsets: [{ partition: 0, offset: BigInt(offset) }] }] }),
    async acls(principal) {
      const { AclOperations, AclPermissionTypes, ResourcePatternTypes, ResourceTypes } = await kafkaLibrary();
      const names = new Map<number, string>(Object.entries(AclOperations).map(([constant, code]) => [code, operationName(constant)]));
      const resources = await (await a()).describeAcls({
        filter: { principal, host: null, resourceName: null, resourceType: ResourceTypes.ANY, resourcePatternType: ResourcePatternTypes.ANY, operation: AclOperations.ANY, permissionType: AclPermissionTypes.ANY },
      });
      return resources.flatMap((res) =>
        res.acls.map((acl) => ({
          principal: acl.principal,
          permission: acl.permissionType === AclPermissionTypes.DENY ? ('Deny' as const) : ('Allow' as const),
          operation: names.get(acl.operation) ?? `operation ${acl.operation}`,
          resourceType: res.resourceType === ResourceTypes.TOPIC ? ('Topic' as const) : res.resourceType === ResourceTypes.GROUP ? ('Group' as const) : res.resourceType === ResourceTypes.CLUSTER ? ('Cluster' as const) : ('Other' as const),
          resourceName: res.resourceName,
          patternType: res.resourcePatternType === ResourcePatternTypes.PREFIXED ? ('Prefixed' as const) : res.resourcePatternType === ResourcePatternTypes.LITERAL ? ('Literal' as const) : ('Other' as const),
          host: acl.host,
        })),
      );
    },
    close: async () => {
      if (admin) await (await admin).close();
    },
  };
}

/**
 * The records of one partition in [from, to), read from `from` on with a throw-away consumer group
 * (deleted afterwards) that commits nothing. Bounded by `timeoutMs`; what was read by then is
 * returned with `complete: false`.
 */
export async function readPartition(t: KafkaConnection, topic: string, partition: number, from: number, to: number, timeoutMs: number): Promise<{ records: RawRecord[]; complete: boolean }> {
  if (to <= from) return { records: [], complete: true };
  const groupId = `smart-cdc-ops-read-${process.pid}-${randomUUID()}`;
  const { Consumer, MessagesStreamModes } = await kafkaLibrary();
  const consumer = new Consumer({ ...connectionOptions(t, 'smart-cdc-ops'), groupId, sessionTimeout: 10_000, rebalanceTimeout: 10_000, heartbeatInterval: 3_000 });
  const records: RawRecord[] = [];
  let complete = false;
  try {
    const stream = await consumer.consume({
      topics: [topic],
      mode: MessagesStreamModes.MANUAL,
      offsets: [{ topic, partition, offset: BigInt(from) }],
      autocommit: false,
      maxWaitTime: 200,
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, timeoutMs);
        stream.on('error', (e) => {
          clearTimeout(timer);
          reject(e);
        });
        stream.on('data', (m) => {
          const off = num(m.offset);
          if (m.partition !== partition || off < from || off >= to) return;
          const headers: Record<string, string> = {};
          for (const [k, v] of m.headers) headers[String(k)] = v == null ? '' : String(v);
          records.push({ offset: off, key: m.key ?? null, value: m.value ?? null, headers, timestamp: num(m.timestamp) });
          if (off >= to - 1) {
            complete = true;
            clearTimeout(timer);
            resolve();
          }
        });
      });
    } finally {
      await stream.close().catch(() => undefined);
    }
  } finally {
    await consumer.close().catch(() => undefined);
    const admin = kafkaAdminClient(t);
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.close().catch(() => undefined);
  }
  return { records: records.sort((a, b) => a.offset - b.offset), complete };
}

/** Produces records to a topic and waits for every in-sync replica's acknowledgement. */
export async function produceRecords(t: KafkaConnection, topic: string, messages: ReadonlyArray<{ key: Buffer | null; value: Buffer | null; headers?: Record<string, string> }>): Promise<void> {
  if (!messages.length) return;
  const { Producer, ProduceAcks } = await kafkaLibrary();
  const producer = new Producer({ ...connectionOptions(t, 'smart-cdc-ops'), idempotent: false, autocreateTopics: false });
  try {
    await producer.send({
      acks: ProduceAcks.ALL,
      messages: messages.map((m) => ({
        topic,
        key: m.key ?? undefined,
        value: m.value as Buffer,
        headers: new Map(Object.entries(m.headers ?? {}).map(([k, v]) => [Buffer.from(k), Buffer.from(v)])),
      })),
    });
  } finally {
    await producer.close().catch(() => undefined);
  }
}
