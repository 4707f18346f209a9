import { Client } from 'pg';
import { CompressionCodecs, CompressionTypes, Kafka, logLevel } from 'kafkajs';

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

// eslint-disable-next-line @typescript-eslint/no-require-imports
const lz4: { compress(b: Uint8Array): Uint8Array; decompress(b: Uint8Array): Uint8Array } = require('lz4js');

/** The sources' producers compress with lz4 (the environment's tuning); kafkajs decodes only gzip by itself. */
CompressionCodecs[CompressionTypes.LZ4] = () => ({
  compress: async (encoder: { buffer: Buffer }) => Buffer.from(lz4.compress(encoder.buffer)),
  decompress: async (buffer: Buffer) => Buffer.from(lz4.decompress(buffer)),
});

export const kafka = new Kafka({ clientId: 'smart-cdc-e2e', brokers: [LOCAL.kafka], logLevel: logLevel.NOTHING });

/** End offsets summed over partitions: the number of records a topic has ever held. */
export async function topicSize(topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((n, p) => n + Number(p.high), 0);
  } finally {
    await admin.disconnect();
  }
}

/** Every topic of the broker. */
export async function listTopics(): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await admin.listTopics();
  } finally {
    await admin.disconnect();
  }
}

/** A record as read: raw key and value bytes, headers as text. */
export interface TopicRecord {
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

/** Every record of a topic from the beginning, as raw bytes (key and value). */
export async function readTopic(topic: string): Promise<TopicRecord[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const pending = new Map(ends.filter((p) => Number(p.high) > 0).map((p) => [p.partition, Number(p.high)]));
  const out: TopicRecord[] = [];
  if (pending.size === 0) return out;
  const consumer = kafka.consumer({ groupId: `smart-cdc-e2e-${Date.now()}-${Math.random()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out reading ${topic}`)), 60_000);
    consumer
      .run({
        eachMessage: async ({ partition, message }) => {
          const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, v === undefined ? '' : String(v)]));
          out.push({ key: message.key, value: message.value, headers });
          if (Number(message.offset) + 1 >= (pending.get(partition) ?? 0)) pending.delete(partition);
          if (pending.size === 0) {
            clearTimeout(timer);
            resolve();
          }
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return out;
}

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
