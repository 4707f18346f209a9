import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { domainEndpoints, SharedEndpoints, sharedEnvironment } from '../../../environments/shared';
import { EnvironmentInput, validateEnvironment } from '../../../environments/schema';
import { resources, synthJson } from '../../support/synth';

/**
 * A shared environment at other endpoints (the runtime's secured profile, a rehearsal cluster): the
 * same sharedEnvironment shape, with a CA file that reaches every client the stack drives (Terraform's
 * three providers, the SQL steps, the connectors on the workers), and a capture role the platform
 * created where the admin user may not (PostgreSQL 15 and earlier without a superuser).
 */

const CA = '/srv/pki/smart-ca.crt';
const at: SharedEndpoints = {
  where: 'on loopback',
  databases: { warehouse: { host: '127.0.0.1', port: 54331 }, citizen: { host: '127.0.0.1', port: 54332 } },
  kafka: ['127.0.0.1:29092', '127.0.0.1:29094'],
  connect: 'https://127.0.0.1:28083',
  ranger: 'https://127.0.0.1:26080',
  caFile: CA,
  workerSecrets: '/srv/connect/secrets',
};
const withCa = (edit: (e: EnvironmentInput) => EnvironmentInput = (e) => e) => () => edit(sharedEnvironment('prod', at, { brokers: 3, partitions: 2, retentionDays: 1 }));

describe('a shared environment with its own CA file', () => {
  const json = synthJson('prod', { edit: withCa() });

  it('Terraform’s kafka, kafka-connect and postgresql providers read the CA file', () => {
    expect(json.provider.kafka[0]).toMatchObject({ ca_cert_file: CA, tls_enabled: true, sasl_mechanism: 'scram-sha512' });
    expect(json.provider['kafka-connect'][0]).toMatchObject({ url: 'https://127.0.0.1:28083', tls_root_ca_file: CA });
    for (const p of json.provider.postgresql) expect(p).toMatchObject({ sslmode: 'verify-full', sslrootcert: CA });
  });

  it('the SQL steps (psql) verify the server against it', () => {
    // a migration's connection is its provisioner's environment; a teardown's, its input (destroy reads self.input)
    const data = Object.values<{ input?: Record<string, string>; provisioner?: Array<{ 'local-exec': { environment?: Record<string, string> } }> }>(json.resource.terraform_data);
    const migrations = data.map((r) => r.provisioner?.[0]['local-exec'].environment).filter((x) => x?.PGHOST && !x.PGHOST.startsWith('${self.'));
    const teardowns = data.map((r) => r.input).filter((x) => x?.PGHOST);
    expect(migrations.length).toBeGreaterThan(4);
    expect(teardowns).toHaveLength(2);
    for (const s of [...migrations, ...teardowns]) expect(s).toMatchObject({ PGSSLMODE: 'verify-full', PGSSLROOTCERT: CA });
  });

  it('the connectors verify the databases against it on the workers', () => {
    const connectors = resources(json, 'kafka-connect_connector');
    const sources = connectors.filter((c) => c.config['connector.class'] === 'io.debezium.connector.postgresql.PostgresConnector');
    const sinks = connectors.filter((c) => c.config['connection.url']);
    expect(sources).toHaveLength(2);
    for (const s of sources) expect(s.config).toMatchObject({ 'database.sslmode': 'verify-full', 'database.sslrootcert': CA });
    expect(sinks.length).toBeGreaterThan(0);
    for (const s of sinks) expect(s.config['connection.url']).toContain(`sslmode=verify-full&sslrootcert=${encodeURIComponent(CA)}&`);
  });

  it('the managed endpoints of a domain name no CA file: clients use the system store', () => {
    const prod = synthJson('prod');
    expect(prod.provider.kafka[0].ca_cert_file).toBeUndefined();
    expect(prod.provider['kafka-connect'][0].tls_root_ca_file).toBeUndefined();
    for (const c of resources(prod, 'kafka-connect_connector')) expect(JSON.stringify(c.config)).not.toContain('sslrootcert');
    expect(domainEndpoints('x.example', ['warehouse']).databases.warehouse).toEqual({ host: 'warehouse-db.x.example', port: 5432 });
  });
});

describe('captureRole: platform', () => {
  const platform = (e: EnvironmentInput): EnvironmentInput => ({
    ...e,
    databases: Object.fromEntries(Object.entries(e.databases).map(([id, d]) => [id, { ...d, captureRole: 'platform' as const, capturePassword: undefined }])),
  });
  const json = synthJson('prod', { edit: withCa(platform) });

  it('creates no capture role, still grants it exactly its privileges, and takes no capture password variable', () => {
    expect(resources(json, 'postgresql_role').map((r) => r.name).sort()).toEqual(['smart_cdc_sink', 'smart_cdc_sink']);
    const capture = resources(json, 'postgresql_grant').filter((g) => g.role === 'smart_cdc_capture');
    expect(capture.filter((g) => g.object_type === 'table').length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(json.variable).filter((v) => v.includes('capture'))).toEqual([]);
    // the connectors still name the password the platform put on the workers
    for (const c of resources(json, 'kafka-connect_connector').filter((x) => x.config['database.user'] === 'smart_cdc_capture')) expect(c.config['database.password']).toMatch(/^\$\$\{secrets:\/srv\/connect\/secrets:(warehouse|citizen)_capture_password\}$/);
  });

  it('a capture password with a platform role, a CA file on http, or a root certificate without verification is a clear error', () => {
    const bad = (edit: (e: EnvironmentInput) => EnvironmentInput) => () => validateEnvironment(edit(withCa()()), SMART_CATALOGUE);
    expect(bad((e) => ({ ...e, databases: { ...e.databases, citizen: { ...e.databases.citizen, captureRole: 'platform' } } }))).toThrow(
      /databases\.citizen\.capturePassword: the platform sets the capture role's password/,
    );
    expect(bad((e) => ({ ...e, runtime: 'external', connect: { ...e.connect, url: 'http://127.0.0.1:28083' } }))).toThrow(/connect\.caFile: only for an https URL/);
    expect(bad((e) => ({ ...e, databases: { ...e.databases, warehouse: { ...e.databases.warehouse, sslmode: 'require' } } }))).toThrow(/databases\.warehouse\.sslRootCert: only checked with sslmode verify-ca or verify-full/);
  });
});
