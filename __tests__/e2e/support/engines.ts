import { Client } from 'pg';
import { KafkaAdmin, kafkaAdminClient, KafkaConnection, readPartition } from '../../../scripts/ops/kafka';

/** Clients of the local runtime's real engines (ports of environments/local.ts). */
export const LOCAL = {
  warehouse: { host: '127.0.0.1', port: 54321, database: 'smart_warehouse', user: 'postgres' },
  citizen: { host: '127.0.0.1', port: 54322, database: 'smart_citizen', user: 'postgres' },
  kafka: '127.0.0.1:19092',
  connect: 'http://127.0.0.1:18083',
  /** the JMX exporter agents of the broker and the worker (scripts/local-runtime.sh) */
  metrics: { kafka: ['127.0.0.1:19404'], connect: ['127.0.0.1:19405'] },
};

export type Db = 'warehouse' | 'citizen';

/** The local runtime's PostgreSQL Unix sockets (scripts/local-runtime.sh): a session that no loopback packet filter touches. */
export const LOCAL_SOCKET_DIR = `${process.env.SMART_CDC_STATE ?? '/tmp/smart-cdc-local'}/pg/sock`;

/**
 * The applications that own each database's tables write as these roles: LOGIN, table grants only,
 * no privilege on the pipeline's cdc schema, not the tables' owner, not superuser. Created by the
 * test fixtures (fixtures.ts: grantApplicationRole), never by the stack.
 */
export const APP_ROLE: Record<Db, string> = { warehouse: 'smart_registry_app', citizen: 'smart_portal_app' };

/** An application session: every write a test makes on the application's behalf goes through one. */
export const appConnect = (db: Db): Promise<Client> => connect(db, LOCAL[db].database, APP_ROLE[db]);
export const withApp = <T>(db: Db, f: (c: Client) => Promise<T>): Promise<T> => withDb(db, f, APP_ROLE[db]);
/** One statement as the application. */
export const app = async <T = Record<string, unknown>>(db: Db, sql: string, params: unknown[] = []): Promise<T[]> =>
  withApp(db, async (c) => (await c.query(sql, params)).rows as T[]);

/** An administrator session (the superuser, unless `user`): assertions, DDL, fault set-up; never an application's write. */
export async function connect(db: Db, database = LOCAL[db].database, user = LOCAL[db].user): Promise<Client> {
  const c = new Client({ ...LOCAL[db], database, user });
  await c.connect();
  return c;
}

export async function withDb<T>(db: Db, f: (c: Client) => Promise<T>, user?: string): Promise<T> {
  const c = await connect(db, undefined, user);
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

export const query = async <T = Record<string, unknown>>(db: Db, sql: string, params: unknown[] = []): Promise<T[]> =>
  withDb(db, async (c) => (await c.query(sql, params)).rows as T[]);

/** The local runtime's broker, as the project's Kafka module reaches it. */
export const LOCAL_KAFKA: KafkaConnection = { brokers: [LOCAL.kafka], ssl: false };

/** An admin session on the local broker, closed afterwards. */
export async function withKafka<T>(f: (admin: KafkaAdmin) => Promise<T>): Promise<T> {
  const admin = kafkaAdminClient(LOCAL_KAFKA, 'smart-cdc-e2e');
  try {
    return await f(admin);
  } finally {
    await admin.close().catch(() => undefined);
  }
}

/** End offsets summed over partitions: the number of records a topic has ever held. */
export async function topicSize(topic: string): Promise<number> {
  return (await withKafka((a) => a.topicOffsets(topic))).reduce((n, p) => n + p.high, 0);
}

/** Each partition's end offset: where the records written from now on start. */
export async function topicEnds(topic: string): Promise<Map<number, number>> {
  return new Map((await withKafka((a) => a.topicOffsets(topic))).map((p) => [p.partition, p.high]));
}

/** Every topic of the broker. */
export const listTopics = (): Promise<string[]> => withKafka((a) => a.listTopics());

/** A record as read: raw key and value bytes, headers as text. */
export interface TopicRecord {
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

/** Every record a topic holds, as raw bytes (key and value), partition by partition in offset order. */
export async function readTopic(topic: string): Promise<TopicRecord[]> {
  const out: TopicRecord[] = [];
  for (const p of await withKafka((a) => a.topicOffsets(topic))) {
    if (p.high <= p.low) continue;
    const { records, complete } = await readPartition(LOCAL_KAFKA, topic, p.partition, p.low, p.high, 60_000);
    if (!complete) throw new Error(`timed out reading ${topic} partition ${p.partition} (${records.length} of ${p.high - p.low} records)`);
    // one by one: spreading a partition of 100,000s of records (a benchmark's) overflows the call stack
    for (const { key, value, headers } of records) out.push({ key, value, headers });
  }
  return out;
}

/**
 * Every record of a topic as text (key, newline, value), to be searched one by one: a topic can hold
 * more text than one string can.
 */
export const topicTexts = async (topic: string): Promise<string[]> => (await readTopic(topic)).map((r) => `${r.key?.toString() ?? ''}\n${r.value?.toString() ?? ''}`);

export async function connectApi<T = unknown>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${LOCAL.connect}${path}`, init);
  const text = await res.text();
  if (!res.ok) throw new Error(`Connect ${init?.method ?? 'GET'} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Retries `check` until it stops throwing: replication is asynchronous. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 60_000, intervalMs = 300): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
