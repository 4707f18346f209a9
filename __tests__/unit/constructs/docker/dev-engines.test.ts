import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SMART_CATALOGUE } from '../../../../catalogue/smart';
import { DEV } from '../../../../constructs/docker/dev-engines';
import { RANGER_PASSWORD_RULE, rangerPasswordProblem } from '../../../../constructs/governance/governance-layer';
import { validateEnvironment } from '../../../../environments/schema';
import { ENVIRONMENTS } from '../../../../environments';
import { Json, resources, synthJson } from '../../../support/synth';

/**
 * The dev stack against the documented interface of the images it pins (issue 17's review, checked
 * against the public recipes: docker-library/postgres, apache/kafka docker/, debezium/container-images
 * connect-base and connect, apache/ranger dev-support/ranger-docker at release-ranger-2.6.0).
 */

const json = synthJson('dev');
const containers = resources(json, 'docker_container');
const container = (name: string) => {
  const c = containers.find((x) => x.name === name);
  if (!c) throw new Error(`no container ${name}`);
  return c;
};
const connect = container('smart-cdc-dev-connect');
const uploads = (c: Json) => (c.upload as Array<{ file: string; source?: string; source_hash?: string; content?: string }>) ?? [];

/** Where each class the dev connectors name comes from in the Connect container. */
function provider(cls: string): string | undefined {
  if (cls.startsWith('org.apache.kafka.connect.')) return 'the Kafka Connect runtime (/kafka/libs)';
  if (cls.startsWith('smart.cdc.connect.')) return uploads(connect).some((u) => u.file.startsWith(`${DEV.jdbcPluginDir}/smart-cdc-connect-`)) ? 'the project plugin the stack uploads' : undefined;
  if (cls === 'io.debezium.connector.postgresql.PostgresConnector' || cls === 'io.debezium.transforms.ExtractNewRecordState') return 'the Debezium plugins of the image';
  // the scripting transforms (Filter, ContentBasedRouter) need a JSR-223 engine the image does not have
  return undefined;
}

describe('dev stack: what the pinned images provide, and what the stack must bring', () => {
  it('references no connector, transform or predicate whose runtime the Connect container lacks', () => {
    const used: Array<[string, string]> = [];
    for (const c of resources(json, 'kafka-connect_connector')) {
      const cfg = c.config as Record<string, string>;
      used.push([c.name, cfg['connector.class']]);
      for (const [k, v] of Object.entries(cfg)) if (/^(transforms|predicates)\.[^.]+\.type$/.test(k)) used.push([c.name, v]);
    }
    // the loop filter is the project's compiled transform: no scripting engine to bring
    expect(used.some(([, cls]) => cls === 'smart.cdc.connect.DropSinkEchoes')).toBe(true);
    const missing = used.filter(([, cls]) => !provider(cls)).map(([n, cls]) => `${n}: ${cls}`);
    expect(missing).toEqual([]);
    expect(connect.env.some((e: string) => e.startsWith('ENABLE_DEBEZIUM_SCRIPTING'))).toBe(false);
  });

  it('sets the worker settings through variables the image maps (CONNECT_*, OFFSET_FLUSH_INTERVAL_MS), committing offsets every second', () => {
    expect(connect.env).toContain(`OFFSET_FLUSH_INTERVAL_MS=${DEV.offsetFlushIntervalMs}`);
    expect(DEV.offsetFlushIntervalMs).toBe(1000);
    for (const t of ['CONFIG', 'OFFSET', 'STATUS']) {
      expect(connect.env).toContain(`CONNECT_${t}_STORAGE_REPLICATION_FACTOR=1`);
      // unprefixed, the image's entrypoint ignores it
      expect(connect.env).not.toContain(`${t}_STORAGE_REPLICATION_FACTOR=1`);
    }
  });

  it('checks PostgreSQL readiness over TCP, which the first-start (socket-only) server does not answer', () => {
    for (const name of ['smart-cdc-dev-warehouse-db', 'smart-cdc-dev-citizen-db', 'smart-cdc-dev-ranger-db']) {
      expect(container(name).healthcheck.test.join(' ')).toMatch(/pg_isready -h 127\.0\.0\.1 /);
    }
  });
});

describe('dev stack: Ranger containers (not run here: Ranger Admin cannot be obtained)', () => {
  const ranger = container('smart-cdc-dev-ranger');
  const db = container('smart-cdc-dev-ranger-db');

  it('gives ranger-db its superuser password explicitly, and Ranger setup the same one as db_root_password', () => {
    expect(db.env).toEqual(['POSTGRES_PASSWORD=${var.ranger_admin_password}']);
    expect(ranger.env).toContain('RANGER_DB_ROOT_PASSWORD=${var.ranger_admin_password}');
    const script = (ranger.command as string[]).join('\n');
    expect(script).toContain('/^db_root_password=/{print "db_root_password=" ENVIRON["RANGER_DB_ROOT_PASSWORD"]; next}');
    expect(script).toContain('/^db_host=/{print "db_host=" ENVIRON["RANGER_DB_HOST"]; next}');
    expect(script).toContain('/^rangerAdmin_password=/{print "rangerAdmin_password=" ENVIRON["RANGER_ADMIN_PASSWORD"]; next}');
    expect(script).toMatch(/exec \/home\/ranger\/scripts\/ranger\.sh$/);
  });

  const CASES: Array<[string, boolean]> = [
    ['secret123', false],
    ['Secret12', true],
    ['RangerDev2026', true],
    ['Sec12', false],
    ['SECRET123', false],
    ['SecretPass', false],
    ['Secret12"', false],
    ['Secret12`', false],
    ['Secret12\\', false],
    ["Secret12'", false],
    ['Secret12!$', true],
  ];
  it.each(CASES)('Ranger 2.6 password rule: %j accepted = %s', (pw, ok) => {
    expect(rangerPasswordProblem(pw) === undefined).toBe(ok);
    if (!ok) expect(rangerPasswordProblem(pw)).toContain(RANGER_PASSWORD_RULE);
  });

  it('declares the rule on the sensitive variable, so a plan fails before any container exists', () => {
    const v = json.variable.ranger_admin_password;
    expect(v.sensitive).toBe(true);
    expect(v.validation).toHaveLength(1);
    expect(v.validation[0].error_message).toContain(RANGER_PASSWORD_RULE);
    expect(v.validation[0].condition).toMatch(/^\$\{length\(var\.ranger_admin_password\) >= 8 && can\(regex\("\[A-Z\]"/);
  });

  it('the variable validation, run by Terraform itself, accepts exactly what the rule accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ranger-pw-'));
    try {
      const v = json.variable.ranger_admin_password;
      writeFileSync(join(dir, 'main.tf.json'), JSON.stringify({ variable: { ranger_admin_password: { type: 'string', sensitive: true, validation: v.validation } } }));
      const tf = (args: string[], pw?: string) =>
        spawnSync('terraform', [`-chdir=${dir}`, ...args], { env: { ...process.env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_VAR_ranger_admin_password: pw }, encoding: 'utf8' });
      expect(tf(['init', '-input=false', '-backend=false']).status).toBe(0);
      for (const [pw, ok] of CASES) {
        const r = tf(['plan', '-input=false', '-no-color', '-refresh=false'], pw);
        expect({ pw, accepted: r.status === 0 }).toEqual({ pw, accepted: ok });
        if (!ok) expect(r.stderr).toContain('Ranger 2.6 requires the admin password');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('dev stack: the Docker daemon it targets', () => {
  it('is /var/run/docker.sock unless SMART_CDC_DOCKER_HOST names another', () => {
    const provider = (j: Json) => j.provider.docker[0].host;
    expect(provider(json)).toBe(process.env.SMART_CDC_DOCKER_HOST || 'unix:///var/run/docker.sock');
    const before = process.env.SMART_CDC_DOCKER_HOST;
    process.env.SMART_CDC_DOCKER_HOST = 'unix:///tmp/sdk-test/docker.sock';
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { dev } = require('../../../../environments/dev');
        expect(dev.docker.host).toBe('unix:///tmp/sdk-test/docker.sock');
      });
    } finally {
      if (before === undefined) delete process.env.SMART_CDC_DOCKER_HOST;
      else process.env.SMART_CDC_DOCKER_HOST = before;
    }
  });

  it('must be a Docker daemon address', () => {
    const input = structuredClone(ENVIRONMENTS.dev);
    input.docker!.host = 'http://docker.example:2375';
    expect(() => validateEnvironment(input, SMART_CATALOGUE)).toThrow(/docker\.host: must be a Docker daemon address/);
  });
});
