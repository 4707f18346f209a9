import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { request } from 'https';
import { Admin, Kafka, logLevel } from 'kafkajs';
import { join } from 'path';
import { Client } from 'pg';
import { secureStateDir } from '../../runtime/state-dir';
import { eventually } from '../e2e/support/engines';

/**
 * The secured runtime profile (`scripts/local-runtime.sh up --secure`) is secured for real, on the
 * real engines: Kafka answers only SASL_SSL with a known SCRAM password, from clients that trust the
 * test CA, and its authorizer denies what no ACL allows; both Connect workers answer only HTTPS with
 * basic auth and form one group (a request to either reaches the leader); PostgreSQL refuses TCP
 * without TLS and accepts `sslmode=verify-full` against the test CA.
 *
 * Needs the profile up (jest --selectProjects secure); it creates a user with no ACL
 * (smart-cdc-nobody), a topic and two stopped connectors, and removes the topic and connectors.
 */

const ROOT = join(__dirname, '..', '..');
const STATE = secureStateDir();
const CA = () => readFileSync(join(STATE, 'tls', 'ca.crt'), 'utf8');
const secret = (name: string) => readFileSync(join(STATE, 'secrets', name), 'utf8').trim();
const BROKERS = ['127.0.0.1:29092', '127.0.0.1:29094', '127.0.0.1:29096'];
const WORKERS = [28083, 28084];
const PG = { warehouse: { port: 54331, db: 'smart_warehouse' }, citizen: { port: 54332, db: 'smart_citizen' } };
const RUN = Date.now().toString(36);

const runtime = (...args: string[]) => execFileSync('bash', [join(ROOT, 'scripts', 'local-runtime.sh'), ...args, '--secure'], { encoding: 'utf8', stdio: 'pipe' });

function kafka(username: string, password: string, ssl: object | boolean = { ca: [CA()] }): Kafka {
  return new Kafka({
    clientId: `secure-smoke-${username}`,
    brokers: BROKERS,
    ssl,
    sasl: { mechanism: 'scram-sha-512', username, password },
    connectionTimeout: 5_000,
    requestTimeout: 15_000,
    retry: { retries: 1, initialRetryTime: 200, maxRetryTime: 1_000 },
    logLevel: logLevel.NOTHING,
  });
}

async function withAdmin<T>(k: Kafka, use: (a: Admin) => Promise<T>): Promise<T> {
  const admin = k.admin();
  try {
    await admin.connect();
    return await use(admin);
  } finally {
    await admin.disconnect();
  }
}

/** The error a promise rejects with, as text (its name, message and Kafka error type). */
async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    const err = e as { name?: string; message?: string; type?: string; errors?: unknown[]; cause?: { message?: string } };
    return [err.name, err.type, err.message, err.cause?.message, JSON.stringify(err.errors ?? [])].filter(Boolean).join(' | ');
  }
  throw new Error('expected a failure, got success');
}

interface Reply {
  status: number;
  body: string;
}

/** One HTTPS request to a Connect worker; `ca` undefined trusts only the system's CAs. */
function rest(port: number, method: string, path: string, opts: { auth?: string; body?: unknown; ca?: string | null } = {}): Promise<Reply> {
  const data = opts.body === undefined ? undefined : JSON.stringify(opts.body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        ca: opts.ca === null ? undefined : (opts.ca ?? CA()),
        headers: {
          ...(opts.auth ? { Authorization: `Basic ${Buffer.from(opts.auth).toString('base64')}` } : {}),
          ...(data ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) } : {}),
        },
        timeout: 20_000,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout: ${method} ${path} on :${port}`)));
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

const REST_AUTH = () => `smart-cdc:${secret('connect-smart-cdc')}`;

async function pgConnect(conn: string | object): Promise<Client> {
  const client = new Client(typeof conn === 'string' ? { connectionString: conn, connectionTimeoutMillis: 10_000 } : { ...conn, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    throw e;
  }
  return client;
}

beforeAll(() => {
  try {
    runtime('status');
  } catch (e) {
    const out = (e as { stdout?: string }).stdout ?? '';
    throw new Error(`the secured profile is not up; start it with: bash scripts/local-runtime.sh up --secure\n${out}`);
  }
  runtime('user', 'smart-cdc-nobody');
});

describe('Kafka: SASL_SSL with SCRAM-SHA-512, checked against the test CA', () => {
  it('the admin lists topics over SASL_SSL, verifying the brokers against the test CA; three brokers, Connect\'s internal topics with RF 3', async () => {
    await withAdmin(kafka('admin', secret('kafka-admin')), async (admin) => {
      const topics = await admin.listTopics();
      expect(topics).toEqual(expect.arrayContaining(['_smart-cdc-secure-configs', '_smart-cdc-secure-offsets', '_smart-cdc-secure-status']));
      expect((await admin.describeCluster()).brokers).toHaveLength(3);
      const meta = await admin.fetchTopicMetadata({ topics: ['_smart-cdc-secure-configs'] });
      expect(meta.topics[0].partitions[0].replicas).toHaveLength(3);
    });
  });

  it('refuses a wrong SCRAM password', async () => {
    const err = await failure(withAdmin(kafka('admin', `${secret('kafka-admin')}x`), (a) => a.listTopics()));
    expect(err).toMatch(/SASL|authentication/i);
  });

  it('refuses a TLS client that does not trust the test CA', async () => {
    const err = await failure(withAdmin(kafka('admin', secret('kafka-admin'), true), (a) => a.listTopics()));
    expect(err).toMatch(/self[- ]signed|unable to (get|verify)|certificate/i);
  });
});

describe('Kafka: the authorizer denies what no ACL allows', () => {
  const topic = `secure-smoke-${RUN}`;
  const deployTopic = `smart.secure-smoke-${RUN}`;

  beforeAll(async () => {
    await withAdmin(kafka('admin', secret('kafka-admin')), async (admin) => {
      await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    });
    const producer = kafka('admin', secret('kafka-admin')).producer();
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: [{ key: 'k', value: 'only for the admin' }] });
    await producer.disconnect();
  });

  afterAll(async () => {
    await withAdmin(kafka('admin', secret('kafka-admin')), async (admin) => {
      const existing = new Set(await admin.listTopics());
      await admin.deleteTopics({ topics: [topic, deployTopic].filter((t) => existing.has(t)) });
    });
  });

  it('topics get the brokers\' defaults: replication factor 3, min.insync.replicas 2', async () => {
    await withAdmin(kafka('admin', secret('kafka-admin')), async (admin) => {
      const meta = await admin.fetchTopicMetadata({ topics: [topic] });
      expect(meta.topics[0].partitions[0].replicas).toHaveLength(3);
      const configs = await admin.describeConfigs({ resources: [{ type: 2, name: topic, configNames: ['min.insync.replicas'] }], includeSynonyms: false });
      expect(configs.resources[0].configEntries.find((c) => c.configName === 'min.insync.replicas')?.configValue).toBe('2');
    });
  });

  it('a principal without ACLs (smart-cdc-nobody) sees no topic, cannot read one and cannot create one', async () => {
    const nobody = kafka('smart-cdc-nobody', secret('kafka-smart-cdc-nobody'));
    await withAdmin(nobody, async (admin) => {
      expect(await admin.listTopics()).toEqual([]);
      expect(await failure(admin.createTopics({ topics: [{ topic: `secure-smoke-nobody-${RUN}` }] }))).toMatch(/AUTHORIZATION_FAILED|not authorized/i);
      expect(await failure(admin.fetchTopicOffsets(topic))).toMatch(/AUTHORIZATION_FAILED|not authorized/i);
    });
    // reading: the consumer's first metadata or group request is refused, whichever comes first
    const consumer = nobody.consumer({ groupId: `secure-smoke-nobody-${RUN}`, retry: { retries: 0 } });
    try {
      const outcome = await new Promise<string>((resolve) => {
        consumer.on(consumer.events.CRASH, (e) => resolve(String(e.payload.error)));
        consumer
          .connect()
          .then(() => consumer.subscribe({ topics: [topic], fromBeginning: true }))
          .then(() => consumer.run({ eachMessage: async () => resolve('read a message') }))
          .catch((e: Error) => resolve(`${e.name}: ${e.message}`));
      });
      expect(outcome).toMatch(/AUTHORIZATION_FAILED|not authorized/i);
    } finally {
      await consumer.disconnect();
    }
  });

  it('the deploy principal (smart-cdc) creates topics under the pipeline\'s prefix only, and reads none', async () => {
    await withAdmin(kafka('smart-cdc', secret('kafka-smart-cdc')), async (admin) => {
      expect(await admin.createTopics({ topics: [{ topic: deployTopic }], waitForLeaders: true })).toBe(true);
      expect(await failure(admin.createTopics({ topics: [{ topic: `elsewhere-${RUN}` }] }))).toMatch(/AUTHORIZATION_FAILED|not authorized/i);
      expect(await failure(admin.fetchTopicOffsets(topic))).toMatch(/AUTHORIZATION_FAILED|not authorized/i);
    });
  });
});

describe('Kafka Connect: two workers, one group, REST on HTTPS with basic auth', () => {
  const names = WORKERS.map((port) => `secure-smoke-${RUN}-via-${port}`);

  afterAll(async () => {
    for (const name of names) await rest(WORKERS[0], 'DELETE', `/connectors/${name}`, { auth: REST_AUTH() }).catch(() => undefined);
  });

  it('both workers answer 401 without credentials or with a wrong password, 200 with them, verifying the test CA', async () => {
    for (const port of WORKERS) {
      const status = async (auth?: string) => [port, (await rest(port, 'GET', '/connectors', { auth })).status];
      expect(await status()).toEqual([port, 401]);
      expect(await status(`${REST_AUTH()}x`)).toEqual([port, 401]);
      expect(await status(REST_AUTH())).toEqual([port, 200]);
    }
  });

  it('refuses a client that does not trust the test CA', async () => {
    await expect(rest(WORKERS[0], 'GET', '/', { auth: REST_AUTH(), ca: null })).rejects.toThrow(/self[- ]signed|unable to (get|verify)|certificate/i);
  });

  it("no config provider of the workers reads the runtime's secrets: a validated config does not resolve the admin's password", async () => {
    // Connect resolves ${provider:path:key} when it validates a config and returns the values: a REST
    // user reads whatever the workers' providers may read, so they may read no more than the workers need
    const admin = secret('kafka-admin');
    for (const provider of ['platform', 'secrets']) {
      const reply = await rest(WORKERS[0], 'PUT', '/connector-plugins/io.debezium.connector.jdbc.JdbcSinkConnector/config/validate', {
        auth: REST_AUTH(),
        body: {
          'connector.class': 'io.debezium.connector.jdbc.JdbcSinkConnector',
          topics: 'secure-smoke',
          'connection.url': 'jdbc:postgresql://127.0.0.1:54331/smart_warehouse',
          'connection.username': `\${${provider}:${join(STATE, 'secrets')}:kafka-admin}`,
        },
      });
      expect([provider, reply.status, reply.body.includes(admin)]).toEqual([provider, 200, false]);
    }
  });

  it('a connector created through either worker (one of them not the leader) is visible through the other', async () => {
    for (const [i, port] of WORKERS.entries()) {
      const created = await rest(port, 'POST', '/connectors', {
        auth: REST_AUTH(),
        body: {
          name: names[i],
          initial_state: 'STOPPED',
          config: { 'connector.class': 'io.debezium.connector.jdbc.JdbcSinkConnector', topics: `secure-smoke-${RUN}`, 'connection.url': 'jdbc:postgresql://127.0.0.1:54331/smart_warehouse', 'tasks.max': '1' },
        },
      });
      expect([created.status, created.body]).toEqual([201, expect.any(String)]);
    }
    // the other worker reads it from the config topic: at once when idle, within seconds under load
    for (const [i, port] of WORKERS.entries()) {
      const other = WORKERS[1 - i];
      await eventually(async () => {
        const listed = await rest(other, 'GET', '/connectors', { auth: REST_AUTH() });
        expect([port, JSON.parse(listed.body)]).toEqual([port, expect.arrayContaining([names[i]])]);
      }, 30_000, 500);
    }
  });
});

describe('PostgreSQL: TLS only, verify-full against the test CA', () => {
  const password = () => secret('postgres-smart_cdc_admin');

  it('both clusters refuse a connection without TLS', async () => {
    for (const { port, db } of Object.values(PG)) {
      const err = await failure(pgConnect({ host: '127.0.0.1', port, database: db, user: 'smart_cdc_admin', password: password(), ssl: false }));
      expect(err).toMatch(new RegExp(`pg_hba\\.conf rejects connection .*"${db}", no encryption`));
    }
  });

  it('both clusters accept sslmode=verify-full with the test CA, and the session is encrypted', async () => {
    for (const { port, db } of Object.values(PG)) {
      const url = `postgresql://smart_cdc_admin:${password()}@127.0.0.1:${port}/${db}?sslmode=verify-full&sslrootcert=${join(STATE, 'tls', 'ca.crt')}`;
      const client = await pgConnect(url);
      try {
        const { rows } = await client.query('SELECT current_database() AS db, ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
        expect(rows).toEqual([{ db, ssl: true }]);
      } finally {
        await client.end();
      }
    }
  });

  it('refuses verify-full from a client that does not trust the test CA', async () => {
    const err = await failure(pgConnect({ host: '127.0.0.1', port: PG.warehouse.port, database: PG.warehouse.db, user: 'smart_cdc_admin', password: password(), ssl: { rejectUnauthorized: true } }));
    expect(err).toMatch(/self[- ]signed|unable to (get|verify)|certificate/i);
  });
});
