import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { ENVIRONMENTS, loadEnvironment } from '../../../environments';
import { ConfigError, EnvironmentInput, sinkTasks, validateEnvironment } from '../../../environments/schema';

type AnyInput = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const from = (env: keyof typeof ENVIRONMENTS, f: (e: AnyInput) => void): unknown => {
  const e = structuredClone(ENVIRONMENTS[env]) as AnyInput;
  f(e);
  return e;
};

/** The error a bad input gives: it must name the environment and each field. */
function problemsOf(input: unknown): string {
  try {
    validateEnvironment(input, SMART_CATALOGUE);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('environment configuration', () => {
  it.each(Object.keys(ENVIRONMENTS))('accepts the committed %s configuration', (name) => {
    expect(loadEnvironment(name, SMART_CATALOGUE).name).toBe(name);
  });

  it('rejects an unknown environment by name', () => {
    expect(() => loadEnvironment('qa', SMART_CATALOGUE)).toThrow("unknown environment 'qa' (known: local, dev, staging, prod)");
  });

  const cases: Array<[string, keyof typeof ENVIRONMENTS, (e: AnyInput) => void, RegExp]> = [
    ['a missing database endpoint', 'staging', (e) => delete e.databases.citizen, /environment 'staging'[\s\S]*databases\.citizen: required \(the catalogue has database 'citizen'\)/],
    ['an endpoint for a database the catalogue lacks', 'local', (e) => (e.databases.archive = { ...e.databases.warehouse, port: 54329 }), /databases\.archive: not a database of the catalogue \(it has warehouse, citizen\)/],
    ['two databases on one endpoint', 'local', (e) => (e.databases.citizen.port = e.databases.warehouse.port), /databases\.citizen: same endpoint as databases\.warehouse/],
    ['a database published on a port another engine uses (dev)', 'dev', (e) => (e.databases.citizen.port = 9092), /docker\.ports\.kafka: host port 9092 is already published by databases\.citizen\.port/],
    ['a missing host', 'prod', (e) => delete e.databases.warehouse.host, /environment 'prod'[\s\S]*databases\.warehouse\.host: Required/],
    ['a replication factor above the broker count', 'local', (e) => (e.kafka.replicationFactor = 3), /environment 'local'[\s\S]*kafka\.replicationFactor: 3 exceeds kafka\.brokers \(1\)/],
    ['min.insync.replicas above the replication factor', 'prod', (e) => (e.kafka.minInsyncReplicas = 4), /kafka\.minInsyncReplicas: 4 exceeds kafka\.replicationFactor \(3\)/],
    ['an unknown flow', 'dev', (e) => (e.disabledFlows = ['eligibilty']), /environment 'dev'[\s\S]*disabledFlows: unknown flow 'eligibilty'/],
    ['a secret given as a literal', 'prod', (e) => (e.databases.citizen.sinkPassword = 'hunter2'), /databases\.citizen\.sinkPassword: is a literal secret/],
    ['a literal salt', 'local', (e) => (e.hashSalt = 'pepper'), /hashSalt: is a literal secret/],
    ['a bootstrap server without a port', 'staging', (e) => (e.kafka.bootstrapServers = ['kafka-1']), /kafka\.bootstrapServers\.0: must be host:port/],
    ['plaintext Kafka in a shared environment', 'prod', (e) => (e.kafka.security = { protocol: 'PLAINTEXT' }), /kafka\.security\.protocol: a shared environment needs SASL_SSL/],
    ['a replication factor below 3 in a shared environment', 'staging', (e) => { e.kafka.replicationFactor = 2; e.kafka.minInsyncReplicas = 2; }, /kafka\.replicationFactor: 2 is below 3/],
    ['an image pinned to latest', 'dev', (e) => (e.docker.images.kafka = 'apache/kafka:latest'), /docker\.images\.kafka: must not be pinned to :latest/],
    ['an unpinned image', 'dev', (e) => (e.docker.images.postgres = 'postgres'), /docker\.images\.postgres: must be an image pinned by tag/],
    ['docker runtime without a docker block', 'dev', (e) => delete e.docker, /environment 'dev'[\s\S]*docker: required when runtime is docker/],
    ['a non-loopback host for the local runtime', 'local', (e) => (e.databases.citizen.host = '10.0.0.5'), /databases\.citizen\.host: the local runtime listens on 127\.0\.0\.1 only/],
    ['both databases on one endpoint', 'local', (e) => (e.databases.citizen.port = 54321), /databases\.citizen: same endpoint as databases\.warehouse/],
    ['an unknown phase', 'local', (e) => (e.phases = [1, 5]), /phases\.1: Invalid input/],
    ['a misspelt field', 'staging', (e) => (e.kafka.replicationFactr = 3), /kafka: Unrecognized key\(s\) in object: 'replicationFactr'/],
    ['a Connect URL that is not http(s)', 'prod', (e) => (e.connect.url = 'connect.prod:8083'), /connect\.url: must be an http\(s\) URL/],
    ['no TLS to a shared database', 'prod', (e) => (e.databases.warehouse.sslmode = 'disable'), /databases\.warehouse\.sslmode: a shared environment needs TLS/],
    ['a local state backend in a shared environment', 'staging', (e) => (e.backend = { type: 'local' }), /backend\.type: a shared environment needs a remote state backend/],
    ['state beside the runtime for a docker environment', 'dev', (e) => (e.backend = { type: 'local', withRuntime: true }), /backend\.withRuntime: only for runtime local[\s\S]*runtime is docker/],
    ['phase 2 without phase 1', 'local', (e) => (e.phases = [2]), /phases: phase 2 \(citizen → warehouse\) needs phase 1/],
    ['more sink tasks than partitions', 'prod', (e) => (e.connect.tasksMax = 7), /connect\.tasksMax: 7 sink tasks exceed kafka\.partitions \(6\)/],
    ['a source queue no larger than its batch', 'staging', (e) => (e.tuning = { source: { maxBatchSize: 4096, maxQueueSize: 4096 } }), /tuning\.source\.maxQueueSize: 4096 must exceed tuning\.source\.maxBatchSize \(4096\)/],
    ['an unknown compression codec', 'dev', (e) => (e.tuning = { producer: { compression: 'brotli' } }), /tuning\.producer\.compression: Invalid enum value/],
    ['a sink session timeout below what Kafka accepts', 'prod', (e) => (e.tuning = { sink: { sessionTimeoutMs: 1000 } }), /tuning\.sink\.sessionTimeoutMs: Number must be greater than or equal to 6000/],
    ['plain HTTP to a shared Connect cluster', 'prod', (e) => (e.connect.url = 'http://connect.prod:8083'), /connect\.url: a shared environment reaches Kafka Connect over TLS \(https\)/],
    ['a shared Connect cluster without authentication', 'staging', (e) => delete e.connect.password, /connect\.username, connect\.password: a shared environment authenticates to Kafka Connect/],
    ['a salt variable where the workers hold the salt themselves', 'prod', (e) => (e.hashSalt = { variable: 'hash_salt' }), /hashSalt: only for runtime docker; the external Connect workers hold the salt themselves/],
    ['no salt variable for the dev container', 'dev', (e) => delete e.hashSalt, /hashSalt: required when runtime is docker/],
    ['a relative secret directory on shared workers', 'staging', (e) => (e.connect.secrets.directory = 'secrets'), /connect\.secrets\.directory: must be absolute on external workers/],
    ['a secret directory a reference cannot carry', 'local', (e) => (e.connect.secrets.directory = 'a:b'), /connect\.secrets\.directory: must be a path without/],
    ['no secret storage for the workers', 'dev', (e) => delete e.connect.secrets, /connect\.secrets: Required/],
    ['dead letters without an operators principal', 'prod', (e) => delete e.kafka.acls.operatorsPrincipal, /kafka\.acls\.operatorsPrincipal: Required/],
  ];

  it.each(cases)('rejects %s, naming the environment and field', (_what, env, f, expected) => {
    expect(problemsOf(from(env, f))).toMatch(expected);
  });

  it('reports every problem of an input at once', () => {
    const msg = problemsOf(from('prod', (e) => { e.kafka.replicationFactor = 9; e.databases.warehouse.sslmode = 'disable'; }));
    expect(msg).toMatch(/replicationFactor: 9 exceeds/);
    expect(msg).toMatch(/warehouse\.sslmode/);
  });

  it('gives the typed defaults of optional fields', () => {
    const local = validateEnvironment(ENVIRONMENTS.local as EnvironmentInput, SMART_CATALOGUE);
    expect(local.disabledFlows).toEqual([]);
    expect(local.tuning).toEqual({
      source: { maxBatchSize: 2048, maxQueueSize: 8192, pollIntervalMs: 20 },
      producer: { lingerMs: 5, batchBytes: 1_048_576, compression: 'lz4', maxRecordBytes: 16_777_216 },
      sink: { batchSize: 4096, maxPartitionFetchBytes: 8_388_608, sessionTimeoutMs: 10_000 },
    });
  });

  it('runs one sink task per partition unless tasksMax sets fewer', () => {
    expect(sinkTasks(loadEnvironment('prod', SMART_CATALOGUE))).toBe(6);
    expect(sinkTasks(loadEnvironment('local', SMART_CATALOGUE))).toBe(1);
    const fewer = validateEnvironment(from('prod', (e) => (e.connect.tasksMax = 2)), SMART_CATALOGUE);
    expect(sinkTasks(fewer)).toBe(2);
  });

  it('keeps the defaults of tuning groups it is not given', () => {
    const env = validateEnvironment(from('staging', (e) => (e.tuning = { sink: { batchSize: 1000 } })), SMART_CATALOGUE);
    expect(env.tuning.sink).toEqual({ batchSize: 1000, maxPartitionFetchBytes: 8_388_608, sessionTimeoutMs: 10_000 });
    expect(env.tuning.source.pollIntervalMs).toBe(20);
  });
});
