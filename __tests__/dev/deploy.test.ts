import { randomUUID, createHash } from 'crypto';
import { kafkaAdminClient } from '../../scripts/ops/kafka';
import { ChildProcess, spawn, spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { PLUGIN_JAR } from '../../constructs/connect/plugin';
import { Catalogue } from '../../catalogue/model';
import { SMART_CATALOGUE } from '../../catalogue/smart';
import { CatalogueView } from '../../catalogue/derive';
import { dev } from '../../environments/dev';
import { validateEnvironment } from '../../environments/schema';
import { DockerEngine, startDockerEngine } from '../support/docker-engine';
import { lookAlikeImages } from './support/images';
import { PrometheusApi, started } from '../support/prometheus';
import { alertRules } from '../../monitoring/alerts';
import { cdktfDev, connectApi, Db, DEV_SECRETS, devUnderTest, eventually, query, removeOut, ROOT, stateList, synthDev } from './support/stack';

/**
 * `cdktf deploy dev` on a real Docker Engine (Debian's docker.io; the harness's own dockerd, own data
 * root and socket, stopped at the end), with look-alikes of the pinned images built offline
 * (runtime/docker-images/): from nothing to every container healthy and both directions flowing,
 * masked; `cdktf diff` clean; `smart-cdc status dev` healthy; `cdktf destroy` leaving nothing; a second
 * deploy; a catalogue change (a new carried field) applied in place. Phases 1, 2 and 4 — Ranger Admin
 * cannot be obtained here (see support/stack.ts devUnderTest).
 */

const STEP_MS = 900_000;
const P = 'smart-cdc-dev-';
const CONTAINERS = [`${P}warehouse-db`, `${P}citizen-db`, `${P}kafka`, `${P}connect`];
/** phase 4: in the host's network namespace (it scrapes what is published on 127.0.0.1) */
const PROMETHEUS_CONTAINER = `${P}prometheus`;
const NEW_COLUMN = 'recommended_at';
let engine: DockerEngine;
let exporter: ChildProcess | undefined;
let env: ReturnType<typeof devUnderTest>;
const view = new CatalogueView(SMART_CATALOGUE, [1, 2, 4]);
const figures: Record<string, string> = {};
const t0 = Date.now();

/** The pull request of the lifecycle test: flow 2 carries ml.recommendation.created_at to a new portal column. */
function withNewField(c: Catalogue): Catalogue {
  const next = structuredClone(c);
  const portal = next.databases.find((d) => d.id === 'citizen')!.tables.find((t) => `${t.schema}.${t.name}` === 'portal.recommendation')!;
  (portal as unknown as { columns: unknown[] }).columns = [...portal.columns, { name: NEW_COLUMN, type: 'timestamptz', class: 'PUBLIC' }];
  const flow = next.flows.find((f) => f.name === 'recommendation')!;
  (flow as { fields: Record<string, string> }).fields = { ...flow.fields, created_at: NEW_COLUMN };
  return next;
}

interface Inspect { State: { Running: boolean; Health?: { Status: string } }; HostConfig: { NetworkMode: string; PortBindings: Record<string, Array<{ HostIp: string; HostPort: string }>> }; NetworkSettings: { Networks: Record<string, unknown> } }
const inspect = async (name: string) => {
  const r = await engine.api<Inspect>('GET', `/containers/${name}/json`);
  return r.status === 200 ? r.body : undefined;
};
/** containers, volumes and networks of ours still on the engine */
async function leftovers(): Promise<string[]> {
  const c = await engine.api<Array<{ Names: string[] }>>('GET', '/containers/json?all=true');
  const v = await engine.api<{ Volumes: Array<{ Name: string }> | null }>('GET', '/volumes');
  const n = await engine.api<Array<{ Name: string }>>('GET', '/networks');
  return [
    ...c.body.flatMap((x) => x.Names).filter((x) => x.startsWith(`/${P}`)),
    ...(v.body.Volumes ?? []).map((x) => `volume ${x.Name}`),
    ...n.body.map((x) => x.Name).filter((x) => x.startsWith('smart-cdc')).map((x) => `network ${x}`),
  ];
}

async function connectorsRunning(): Promise<void> {
  const expected = [...view.databaseIds.map((id) => view.sourceConnectorName(id)), ...view.flows.map((f) => view.sinkConnectorName(f))];
  await eventually(async () => {
    const names = await connectApi<string[]>('/connectors');
    for (const n of expected) {
      if (!names.includes(n)) throw new Error(`connector ${n} missing`);
      const s = await connectApi<{ connector: { state: string }; tasks: Array<{ state: string; trace?: string }> }>(`/connectors/${n}/status`);
      if (s.connector.state !== 'RUNNING' || !s.tasks.length || s.tasks.some((t) => t.state !== 'RUNNING'))
        throw new Error(`${n}: ${s.connector.state}, tasks ${s.tasks.map((t) => `${t.state} ${(t.trace ?? '').split('\n')[0]}`).join('; ')}`);
    }
  }, 180_000);
}

/** One row each way, checked on the other side with the catalogue's renames, ownership and hashing. */
async function rowsFlowBothWays(): Promise<void> {
  const citizen = randomUUID();
  const insight = randomUUID();
  const submission = randomUUID();
  const secret = `free text ${citizen}`;
  // warehouse → citizen (flows 3 and 1): registry-owned fields only; the INTERNAL income band never leaves
  await query('warehouse', `INSERT INTO analytics.citizen_profile (citizen_id, full_name, email, postal_code, income_band) VALUES ($1, 'Eve Dev', 'eve@wh.example', '00100', 'high')`, [citizen]);
  const profile = await eventually(async () => {
    const [r] = await query('citizen', 'SELECT * FROM portal.citizen WHERE id = $1', [citizen]);
    if (!r) throw new Error('profile not in the portal yet');
    return r;
  });
  expect(profile).toMatchObject({ full_name: 'Eve Dev', postal_code: '00100', email: null });
  expect(profile).not.toHaveProperty('income_band');
  await query('warehouse', `INSERT INTO ml.eligibility_insight (insight_id, citizen_id, program_code, eligibility_score, is_eligible, status, model_version) VALUES ($1, $2, 'HOUSING', 0.75, true, 'published', 'm-dev')`, [insight, citizen]);
  const eligibility = await eventually(async () => {
    const [r] = await query('citizen', 'SELECT * FROM portal.eligibility WHERE id = $1', [insight]);
    if (!r) throw new Error('insight not in the portal yet');
    return r;
  });
  expect(eligibility).toMatchObject({ citizen_id: citizen, program_code: 'HOUSING', eligible: true });
  expect(Number(eligibility.score)).toBe(0.75);
  expect(eligibility).not.toHaveProperty('model_version');

  // citizen → warehouse (flows 4 and 6): citizen-owned fields; SENSITIVE free text hashed with the salt
  await query('citizen', "UPDATE portal.citizen SET phone = '+358 40 1234567', preferred_language = 'sv' WHERE id = $1", [citizen]);
  await eventually(async () => {
    const [r] = await query('warehouse', 'SELECT phone, preferred_language, full_name FROM analytics.citizen_profile WHERE citizen_id = $1', [citizen]);
    if (r?.phone !== '+358 40 1234567') throw new Error('phone not back in the warehouse yet');
    expect(r).toMatchObject({ preferred_language: 'sv', full_name: 'Eve Dev' });
  });
  await query('citizen', `INSERT INTO portal.citizen_submission (id, citizen_id, category, free_text, consent_research) VALUES ($1, $2, 'idea', $3, true)`, [submission, citizen, secret]);
  const sub = await eventually(async () => {
    const [r] = await query<{ free_text: string; category: string }>('warehouse', 'SELECT free_text, category FROM staging.citizen_submission WHERE submission_id = $1', [submission]);
    if (!r) throw new Error('submission not in the warehouse yet');
    return r;
  });
  expect(sub.category).toBe('idea');
  expect(sub.free_text).toBe(createHash('sha256').update(DEV_SECRETS.TF_VAR_hash_salt + secret).digest('hex'));

  // loop prevention: the sinks' writes are stamped by the trigger (flow 3 created the portal row: `sink`;
  // flow 4 last wrote the warehouse row, which the registry wrote before: `sink-over-app`), and the sources'
  // DropSinkEchoes transform keeps every one of them out of Kafka, while the applications' writes go through
  const [wh] = await query<{ cdc_origin: string }>('warehouse', 'SELECT cdc_origin FROM analytics.citizen_profile WHERE citizen_id = $1', [citizen]);
  expect(wh.cdc_origin).toBe('sink-over-app');
  const profileTopics = view.flows.filter((f) => ['profile_to_citizen', 'profile_to_warehouse'].includes(f.name)).map((f) => view.changeTopic(f));
  expect(profileTopics).toHaveLength(2);
  for (const topic of profileTopics) {
    const records = topicValues(topic);
    type Envelope = { after?: { cdc_origin?: string } | null };
    // JsonConverter with or without schemas: { schema, payload: envelope } or the envelope itself
    const origins = records.map((v) => (((v as { payload?: Envelope } | null)?.payload ?? v) as Envelope | null)?.after?.cdc_origin ?? null);
    expect({ topic, appRecords: origins.filter((o) => o === 'app').length > 0, sinkRecords: origins.filter((o) => o === 'sink' || o === 'sink-over-app').length }).toEqual({ topic, appRecords: true, sinkRecords: 0 });
  }
}

/**
 * Every record value of a topic (JSON), read by Kafka's own console consumer inside the Kafka container:
 * from the beginning until 15 s without a record.
 */
function topicValues(topic: string): unknown[] {
  // without the broker's KAFKA_OPTS: its JMX agent would start in this JVM too, find its port taken, and exit
  const args = ['exec', '-e', 'KAFKA_OPTS=', `${P}kafka`, '/opt/kafka/bin/kafka-run-class.sh', 'org.apache.kafka.tools.consumer.ConsoleConsumer',
    '--bootstrap-server', 'localhost:9092', '--topic', topic, '--from-beginning', '--timeout-ms', '15000'];
  let out: string;
  try {
    out = engine.docker(...args);
  } catch (e) {
    // the console consumer ends its run on the timeout: what it printed is the topic
    out = String((e as { stdout?: string }).stdout ?? '');
  }
  const values = out.split('\n').filter((l) => l.startsWith('{') || l === 'null').map((l) => JSON.parse(l) as unknown);
  if (!values.length) throw new Error(`${topic}: no record read`);
  return values;
}

async function deployFromNothing(label: string): Promise<void> {
  expect(await leftovers()).toEqual([]);
  const r = await cdktfDev('deploy');
  figures[`${label} (s)`] = r.seconds.toFixed(1);
  for (const name of CONTAINERS) {
    const c = (await inspect(name))!;
    expect({ name, state: c.State }).toMatchObject({ name, state: { Running: true, Health: { Status: 'healthy' } } });
    expect(Object.keys(c.NetworkSettings.Networks)).toEqual([dev.docker!.network]);
    // published on the loopback only
    for (const b of Object.values(c.HostConfig.PortBindings ?? {}).flat()) expect(b.HostIp).toBe('127.0.0.1');
  }
  const prometheus = (await inspect(PROMETHEUS_CONTAINER))!;
  expect(prometheus).toMatchObject({ State: { Running: true, Health: { Status: 'healthy' } }, HostConfig: { NetworkMode: 'host' } });
  expect(Object.values(prometheus.HostConfig.PortBindings ?? {}).flat()).toEqual([]);
  await connectorsRunning();
}

beforeAll(async () => {
  // the stack uploads the project's Connect plugin jar; a fresh clone has it only once it is packaged
  if (!existsSync(join(ROOT, PLUGIN_JAR))) {
    const mvn = spawnSync('mvn', ['-B', '-ntp', '-q', '-f', join(ROOT, 'connect-plugin', 'pom.xml'), 'package', '-DskipTests'], { stdio: 'inherit' });
    if (mvn.status !== 0) throw new Error(`could not package the Connect plugin (${PLUGIN_JAR}) that the dev stack uploads`);
  }
  engine = await startDockerEngine();
  const d = dev.docker!.images;
  const images = await lookAlikeImages(engine, { postgres: d.postgres, kafka: d.kafka, connect: d.connect, prometheus: d.prometheus });
  figures['image build (s)'] = `${images.buildSeconds.toFixed(1)} (built: ${images.built.join(', ') || 'none, cached'})`;
  figures['image import (s)'] = images.importSeconds.toFixed(1);
  env = devUnderTest(engine.host);
  validateEnvironment(env, SMART_CATALOGUE);
  removeOut();
  synthDev(env);
}, STEP_MS);

afterAll(async () => {
  exporter?.kill('SIGTERM');
  try {
    if (engine && stateList().length) await cdktfDev('destroy').catch((e) => console.error(String(e).slice(-2000)));
  } finally {
    await engine?.stop();
    removeOut();
    figures['dev e2e total (s)'] = ((Date.now() - t0) / 1000).toFixed(1);
    console.log(`dev e2e figures:\n${Object.entries(figures).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
  }
}, STEP_MS);

describe('cdktf deploy dev on a real Docker Engine (look-alike images; phases 1, 2, 4)', () => {
  it('the Connect look-alike, like the real image, has debezium-scripting and no Groovy (the loop filter needs none)', () => {
    const out = engine.docker('run', '--rm', '--network', 'none', '--entrypoint', 'sh', dev.docker!.images.connect, '-c', 'find / -xdev -name "*.jar" 2>/dev/null | grep -E "groovy|scripting" || true');
    expect(out).toMatch(/external_libs\/debezium-scripting\/debezium-scripting-[^/]*\.jar/);
    expect(out).not.toMatch(/groovy/i);
  });

  it('deploys from nothing: containers healthy, schema, roles, publications, slots, topics, connectors', async () => {
    await deployFromNothing('first deploy');
    for (const db of view.databaseIds as Db[]) {
      const [pub] = await query(db, 'SELECT count(*)::int AS n FROM pg_publication WHERE pubname = $1', [view.publicationName(db)]);
      expect(pub.n).toBe(1);
      const [slot] = await query(db, 'SELECT count(*)::int AS n FROM pg_replication_slots WHERE slot_name = $1', [view.slotName(db)]);
      expect(slot.n).toBe(1);
      const roles = await query<{ rolname: string }>(db, "SELECT rolname FROM pg_roles WHERE rolname LIKE 'smart_cdc%' ORDER BY 1");
      expect(roles.map((r) => r.rolname)).toEqual(expect.arrayContaining(['smart_cdc_capture', 'smart_cdc_sink']));
      const [wal] = await query<{ wal_level: string }>(db, 'SHOW wal_level');
      expect(wal.wal_level).toBe('logical');
      // a row a target refuses is logged without its values
      const [verbosity] = await query<{ log_error_verbosity: string }>(db, 'SHOW log_error_verbosity');
      expect(verbosity.log_error_verbosity).toBe('terse');
    }
    const admin = kafkaAdminClient({ brokers: dev.kafka.bootstrapServers, ssl: false }, 'smart-cdc-dev-test');
    try {
      const topics = await admin.listTopics();
      for (const f of view.flows) expect(topics).toContain(view.changeTopic(f));
    } finally {
      await admin.close();
    }
    // the loop filter is the project's jar, uploaded beside the JDBC sink; no scripting engine anywhere
    expect(engine.docker('exec', `${P}connect`, 'ls', '/kafka/connect/debezium-connector-jdbc')).toMatch(/smart-cdc-connect-[\d.]+\.jar/);
    expect(engine.docker('exec', `${P}connect`, 'sh', '-c', 'ls /kafka/connect/*/ /kafka/libs/')).not.toMatch(/groovy/i);
  }, STEP_MS);

  it('carries a row each way, masked as the catalogue says', async () => {
    await rowsFlowBothWays();
  }, STEP_MS);

  it('plans no change afterwards (cdktf diff)', async () => {
    const diff = await cdktfDev('diff');
    expect(diff.output).toMatch(/No changes/);
  }, STEP_MS);

  it('reports the pipeline healthy (npx smart-cdc status dev)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'smart-cdc.js'), 'status', 'dev'], {
      cwd: ROOT,
      env: { ...process.env, ...DEV_SECRETS, SMART_CDC_DOCKER_HOST: engine.host },
      encoding: 'utf8',
      timeout: 170_000,
    });
    figures['status dev exit'] = String(r.status);
    if (r.status !== 0) console.error(r.stdout, r.stderr);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/SMART CDC status — environment dev, pipeline [\d.]+: HEALTHY \(exit 0\)/);
    for (const id of view.databaseIds) expect(r.stdout).toContain(view.sourceConnectorName(id));
  }, STEP_MS);

  it('phase 4: Prometheus scrapes the JMX agents and the exporter, loads the derived rules; a stopped database fires its alert, which clears once it is back', async () => {
    const cfg = validateEnvironment(env, SMART_CATALOGUE);
    const prom = new PrometheusApi(`127.0.0.1:${cfg.docker!.ports.prometheus}`);
    exporter = spawn(process.execPath, [join(ROOT, 'bin', 'smart-cdc.js'), 'metrics', 'dev', '--listen', cfg.monitoring.exporter], {
      cwd: ROOT,
      env: { ...process.env, ...DEV_SECRETS, SMART_CDC_DOCKER_HOST: engine.host },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await started(exporter, 'smart-cdc metrics dev', /serving http:/);
    const t = Date.now();
    // the three jobs scrapeConfigs derives, every target answering
    await eventually(async () => {
      const targets = (await prom.targets()).map((x) => ({ job: x.scrapePool, environment: x.labels.environment, health: x.health, error: x.lastError }));
      expect(targets.sort((a, b) => a.job.localeCompare(b.job))).toEqual(['smart-cdc-dev', 'smart-cdc-dev-connect', 'smart-cdc-dev-kafka'].map((job) => ({ job, environment: 'dev', health: 'up', error: '' })));
    }, 120_000);
    figures['prometheus targets up (s)'] = ((Date.now() - t) / 1000).toFixed(1);
    const groups = await prom.ruleGroups();
    expect(groups.map((g) => g.name).sort()).toEqual(alertRules(view, cfg).map((g) => g.name).sort());
    expect(groups.flatMap((g) => g.rules).filter((r) => r.health === 'err')).toEqual([]);
    // the agents inside the broker and the worker: Debezium's MBeans and Connect's task states arrive
    await eventually(async () => {
      for (const db of view.sourceDatabases) expect({ db, connected: (await prom.query(`debezium_postgres_streaming_connected{environment="dev",server="${view.topicPrefix(db)}"}`))[0]?.value[1] }).toEqual({ db, connected: '1' });
      expect(Number((await prom.query('sum(kafka_server_replicamanager_partitioncount{environment="dev"})'))[0]?.value[1])).toBeGreaterThan(0);
      const running = (await prom.query('kafka_connect_connector_status{environment="dev",status="running"} == 1')).map((r) => r.metric.connector);
      expect(running).toEqual(expect.arrayContaining(view.flows.map((f) => view.sinkConnectorName(f))));
    }, 120_000);

    const labels = { alertname: 'SmartCdcEndpointDown', component: 'citizen database' };
    expect(await prom.isFiring(labels.alertname, { component: labels.component })).toBe(false);
    const stopped = Date.now();
    engine.docker('stop', `${P}citizen-db`);
    try {
      // dev's rules hold a condition for monitoring.forSeconds before they fire
      await eventually(async () => expect(await prom.isFiring(labels.alertname, { component: labels.component })).toBe(true), 240_000);
      figures['alert firing after the stop (s)'] = ((Date.now() - stopped) / 1000).toFixed(1);
      expect(await prom.isFiring(labels.alertname, { component: 'warehouse database' })).toBe(false);
    } finally {
      engine.docker('start', `${P}citizen-db`);
    }
    const back = Date.now();
    await eventually(async () => expect(await prom.isFiring(labels.alertname, { component: labels.component })).toBe(false), 180_000);
    figures['alert cleared after the start (s)'] = ((Date.now() - back) / 1000).toFixed(1);
    await connectorsRunning();
    exporter.kill('SIGTERM');
  }, STEP_MS);

  it('destroys everything: no container, volume or network of ours, no state entries', async () => {
    const r = await cdktfDev('destroy');
    figures['destroy (s)'] = r.seconds.toFixed(1);
    expect(await leftovers()).toEqual([]);
    expect(stateList()).toEqual([]);
  }, STEP_MS);

  it('deploys again from nothing, and rows flow', async () => {
    await deployFromNothing('second deploy');
    await rowsFlowBothWays();
  }, STEP_MS);

  it('applies a catalogue change (a new carried field) in place, and the field flows', async () => {
    synthDev(env, withNewField(SMART_CATALOGUE));
    // the application's own migration adds the column the flow now writes
    await query('citizen', `ALTER TABLE portal.recommendation ADD COLUMN IF NOT EXISTS ${NEW_COLUMN} timestamptz`);
    const r = await cdktfDev('deploy');
    figures['change deploy (s)'] = r.seconds.toFixed(1);
    const summary = r.output.match(/Apply complete! Resources: (\d+) added, (\d+) changed, (\d+) destroyed/);
    expect(summary).not.toBeNull();
    figures['change deploy resources'] = summary![0];
    // in place: the two connectors that carry the field are updated, nothing of the engines or the
    // pipeline is replaced (only idempotent SQL steps whose SQL gained the column run again)
    expect(r.output).not.toMatch(/(docker_container|docker_volume|docker_network|kafka-connect_connector|kafka_topic|postgresql_replication_slot|postgresql_role)\.[^\s]+ \([^)]*\): Destroying/);
    const modified = [...r.output.matchAll(/kafka-connect_connector\.[^\s]+ \(([^)]*)\): Modifications complete/g)].map((m) => m[1]).sort();
    expect(modified).toEqual(['connect/sink-recommendation/connector', 'connect/source-warehouse/connector']);
    await connectorsRunning();
    const id = randomUUID();
    const [citizen] = await query<{ id: string }>('citizen', 'SELECT id FROM portal.citizen LIMIT 1');
    await query('warehouse', `INSERT INTO ml.recommendation (recommendation_id, citizen_id, program_code, rank) VALUES ($1, $2, 'DEV-NEW', 1)`, [id, citizen.id]);
    const carried = await eventually(async () => {
      const [row] = await query<{ at: Date | null }>('citizen', `SELECT ${NEW_COLUMN} AS at FROM portal.recommendation WHERE id = $1`, [id]);
      if (!row?.at) throw new Error(`${NEW_COLUMN} not carried yet`);
      return row.at;
    });
    const [source] = await query<{ created_at: Date }>('warehouse', 'SELECT created_at FROM ml.recommendation WHERE recommendation_id = $1', [id]);
    expect(carried.toISOString()).toBe(source.created_at.toISOString());
    expect((await cdktfDev('diff')).output).toMatch(/No changes/);
  }, STEP_MS);
});
