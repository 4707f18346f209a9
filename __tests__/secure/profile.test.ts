import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { request } from 'https';
import { join } from 'path';
import { Client } from 'pg';
import { secureStateDir } from '../../runtime/state-dir';
import { describeError } from '../../scripts/ops/errors';
import { connectionOptions, KafkaAdmin, kafkaAdminClient, KafkaConnection, kafkaLibrary, produceRecords, readPartition } from '../../scripts/ops/kafka';
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

const CA_FILE = { path: join(STATE, 'tls', 'ca.crt'), field: 'the test CA' };

/** A SCRAM-SHA-512 login over TLS; `trustTestCa: false` trusts only the system's CAs. */
function kafka(username: string, password: string, trustTestCa = true): KafkaConnection {
  return { brokers: BROKERS, ssl: true, ...(trustTestCa ? { ca: CA_FILE } : {}), sasl: { mechanism: 'scram-sha-512', username, password } };
}

async function withAdmin<T>(k: KafkaConnection, use: (a: KafkaAdmin) => Promise<T>): Promise<T> {
  const admin = kafkaAdminClient(k, `secure-smoke-${k.sasl?.username}`);
  try {
    return await use(admin);
  } finally {
    await admin.close().catch(() => undefined);
  }
}

/** The error a promise rejects with, as text. */
async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    // as the CLI words it, then the client's own name and message
    const err = e as { name?: string; message?: string };
    return [describeError(e), err.name, err.message].filter(Boolean).join(' | ');
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
      expect((await admin.cluster()).brokers).toBe(3);
      expect((await admin.topicShapes(['_smart-cdc-secure-configs'])).get('_smart-cdc-secure-configs')?.replicationFactor).toBe(3);
    });
  });

  it('refuses a wrong SCRAM password', async () => {
    const err = await failure(withAdmin(kafka('admin', `${secret('kafka-admin')}x`), (a) => a.listTopics()));
    expect(err).toMatch(/SASL|authentication/i);
  });

  it('refuses a TLS client that does not trust the test CA', async () => {
    const err = await failure(withAdmin(kafka('admin', secret('kafka-admin'), false), (a) => a.listTopics()));
    expect(err).toMatch(/self[- ]signed|unable to (get|verify)|certificate/i);
  });
});

describe('Kafka: the authorizer denies what no ACL allows', () => {
  const topic = `secure-smoke-${RUN}`;
  const deployTopic = `smart.secure-smoke-${RUN}`;

  beforeAll(async () => {
    await withAdmin(kafka('admin', secret('kafka-admin')), async (admin) => {
      await admin.createTopics([{ name: topic, partitions: 1 }]);
    });
    await produceRecords(kafka('admin', secret('kafka-admin')), topic, [{ key: Buffer.from('k'), value: Buffer.from('only for the admin') }]);
  });

  afterAll(async () => {
    await withAdmin(kafka('admin', secret('kafka-admin')), async (admin) => {
      const existing = new Set(await admin.listTopics());
      await admin.deleteTopics([topic, deployTopic].filter((t) => existing.has(t)));
    });
  });

  it('topics get the brokers\' defaults: replication factor 3, min.insync.replicas 2', async () => {
    await withAdmin(kafka('admin', secret('kafka-admin')), async (admin) => {
      expect((await admin.topicShapes([topic])).get(topic)?.replicationFactor).toBe(3);
    });
    // the topic's effective configuration: a call of the client itself (the project reads no topic config)
    const { Admin, ConfigResourceTypes } = await kafkaLibrary();
    const raw = new Admin(connectionOptions(kafka('admin', secret('kafka-admin')), 'secure-smoke-configs'));
    try {
      const [res] = await raw.describeConfigs({ resources: [{ resourceType: ConfigResourceTypes.TOPIC, resourceName: topic, configurationKeys: ['min.insync.replicas'] }] });
      expect(res.configs.find((c) => c.name === 'min.insync.replicas')?.value).toBe('2');
    } finally {
      await raw.close();
    }
  });

  it('a principal without ACLs (smart-cdc-nobody) sees no topic, cannot read one and cannot create one', async () => {
    const nobody = kafka('smart-cdc-nobody', secret('kafka-smart-cdc-nobody'));
    await withAdmin(nobody, async (admin) => {
      expect(await admin.listTopics()).toEqual([]);
      expect(await failure(admin.createTopics([{ name: `secure-smoke-nobody-${RUN}` }]))).toMatch(/AUTHORIZATION_FAILED/);
      expect(await failure(admin.topicOffsets(topic))).toMatch(/AUTHORIZATION_FAILED/);
    });
    // reading: the consumer's first metadata or group request is refused, whichever comes first
    expect(await failure(readPartition(nobody, topic, 0, 0, 1, 15_000))).toMatch(/AUTHORIZATION_FAILED/);
  });

  it('the deploy principal (smart-cdc) creates topics under the pipeline\'s prefix only, and reads none', async () => {
    await withAdmin(kafka('smart-cdc', secret('kafka-smart-cdc')), async (admin) => {
      await admin.createTopics([{ name: deployTopic }]);
      expect(await admin.listTopics()).toContain(deployTopic);
      expect(await failure(admin.createTopics([{ name: `elsewhere-${RUN}` }]))).toMatch(/AUTHORIZATION_FAILED/);
      expect(await failure(admin.topicOffsets(topic))).toMatch(/AUTHORIZATION_FAILED/);
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
