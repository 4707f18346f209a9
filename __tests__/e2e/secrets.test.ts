import { createHash, randomBytes } from 'crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';
import { CatalogueView } from '../../catalogue/derive';
import { SMART_CATALOGUE } from '../../catalogue/smart';
import { connectorMaps } from '../../constructs/connect/connector';
import { carriedTypesOf } from '../../constructs/connect/field-types';
import { jdbcSinkConfig } from '../../constructs/connect/jdbc-sink';
import { workerSecret } from '../../constructs/connect/worker-secrets';
import { loadEnvironment } from '../../environments';
import { localStateDir } from '../../scripts/terraform/local-secrets';
import { localBackendPath } from '../../runtime/state-dir';
import { localSalt, ROOT, STACK_DIR, waitForRunning } from './support/deploy';
import { app, connectApi, eventually, LOCAL, listTopics, query, readTopic, topicSize, withKafka } from './support/engines';
import { SECRET_TEXT, SEED, streamSeededRows } from './support/fixtures';
import { ops } from './ops/run';

/**
 * No secret and no carried value of a rejected row in the clear: the bytes of Kafka's log
 * directories (every topic, Connect's config, offset and status topics included), Connect's and
 * Kafka's logs, the Connect REST API and `smart-cdc status --json` are searched for the hash salt,
 * a database password the test gives a connector, and the values of a row a sink rejects. Each
 * search has a positive control, so that it cannot pass by looking in the wrong place.
 */

const view = new CatalogueView(SMART_CATALOGUE);
const local = loadEnvironment('local', SMART_CATALOGUE);
const STATE = localStateDir();
const KAFKA_DATA = join(STATE, 'kafka', 'data');
const LOGS = join(STATE, 'logs');
const flow = (name: string) => view.flows.find((f) => f.name === name)!;
const PROFILE_FLOW = flow('profile_to_citizen');
const PROFILE_SINK = view.sinkConnectorName(PROFILE_FLOW);

/** A throwaway sink that logs in with a password, as a shared environment's sinks do. */
const PROBE = {
  connector: 'smart-cdc-e2e-secret-probe',
  role: 'smart_cdc_e2e_probe',
  table: 'public.secret_probe',
  secret: 'e2e_probe_password',
  dlq: 'smart.e2e.secret-probe.dlq',
};
const HBA = join(STATE, 'pg', 'warehouse', 'pg_hba.conf');

const token = () => randomBytes(12).toString('hex');
const password = token();
const marker = token();
/** values of the row the citizen database rejects: they may be in its change topic and its dead-letter topic, nowhere else */
const REJECTED = { national_id: `NATID-${marker}`, full_name: `REJECTME-${marker}`, address_line: `ADDR-${marker} Street` };

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : d.isFile() ? [join(dir, d.name)] : []));
}

/** Where each needle occurs among the named byte strings. */
function occurrencesIn(sources: Array<[string, Buffer]>, needles: Record<string, string>): string[] {
  return sources.flatMap(([where, bytes]) => Object.entries(needles).filter(([, needle]) => bytes.includes(Buffer.from(needle))).map(([what]) => `${what} in ${where}`));
}

/** Where each needle occurs among the files (as bytes: segments are binary). */
const occurrences = (files: string[], needles: Record<string, string>): string[] =>
  occurrencesIn(files.filter((f) => statSync(f).size > 0).map((f) => [f, readFileSync(f)]), needles);

/**
 * Each topic's records, keys and values, decoded: the sources' producers compress their batches
 * (lz4, the environment's tuning), so a value need not show in the segment files' bytes.
 */
async function decodedRecords(topics: string[]): Promise<Array<[string, Buffer]>> {
  const out: Array<[string, Buffer]> = [];
  for (const t of topics) out.push([`records of ${t}`, Buffer.concat((await readTopic(t)).flatMap((r) => [r.key ?? Buffer.alloc(0), r.value ?? Buffer.alloc(0)]))]);
  return out;
}

async function rest(path: string, init?: RequestInit): Promise<string> {
  const res = await fetch(`${LOCAL.connect}${path}`, init);
  return `${init?.method ?? 'GET'} ${path} → ${res.status}\n${await res.text()}`;
}

async function restResponses(connectors: string[]): Promise<string> {
  const out = [await rest('/connectors?expand=info&expand=status')];
  for (const c of connectors)
    for (const p of ['', '/config', '/tasks', '/status', '/tasks/0/status', '/topics']) out.push(await rest(`/connectors/${c}${p}`));
  return out.join('\n');
}

async function taskState(connector: string): Promise<{ state: string; trace?: string }> {
  const s = await connectApi<{ tasks: Array<{ state: string; trace?: string }> }>(`/connectors/${connector}/status`);
  return s.tasks[0] ?? { state: 'NONE' };
}

describe('no secret and no rejected row in the clear', () => {
  const hbaBefore = readFileSync(HBA, 'utf8');
  let putResponse = '';
  let dlqBefore = 0;

  beforeAll(async () => {
    // --- a sink that authenticates with a password from the worker's secret storage
    writeFileSync(join(STATE, 'secrets', PROBE.secret), password, { mode: 0o600 });
    writeFileSync(HBA, `host all ${PROBE.role} 127.0.0.1/32 scram-sha-256\n${hbaBefore}`);
    await query('warehouse', 'SELECT pg_reload_conf()');
    await query('warehouse', `DROP TABLE IF EXISTS ${PROBE.table}`);
    await query('warehouse', `DROP ROLE IF EXISTS ${PROBE.role}`);
    await query('warehouse', `CREATE ROLE ${PROBE.role} LOGIN PASSWORD '${password}'`);
    await query('warehouse', `CREATE TABLE ${PROBE.table} (LIKE staging.citizen_submission INCLUDING ALL)`);
    await query('warehouse', `GRANT SELECT, INSERT, UPDATE, DELETE ON ${PROBE.table} TO ${PROBE.role}`);
    const submission = flow('submission');
    const { config } = connectorMaps(
      jdbcSinkConfig({
        name: PROBE.connector,
        flow: submission.name,
        sourceTable: submission.source.table,
        carriedTypes: carriedTypesOf(view, submission),
        topic: view.changeTopic(submission),
        database: { host: LOCAL.warehouse.host, port: LOCAL.warehouse.port, name: LOCAL.warehouse.database, user: PROBE.role, sslmode: 'disable' },
        password: workerSecret(local.connect.secrets, PROBE.secret),
        targetTable: PROBE.table,
        fields: submission.fields,
        sourceKey: view.primaryKey(submission.source.database, submission.source.table).name,
        deletes: submission.deletes,
        deadLetterTopic: PROBE.dlq,
        deadLetterReplicationFactor: 1,
        tuning: local.tuning,
      }),
    );
    // the seeded submission's change event, which the probe reads from the topic's start (its first copy went around Kafka)
    await streamSeededRows();
    putResponse = await rest(`/connectors/${PROBE.connector}/config`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...config, name: PROBE.connector }) });
    // the worker resolved the password: scram authentication succeeded and the seeded submission landed
    await eventually(async () => {
      const rows = await query('warehouse', `SELECT 1 FROM ${PROBE.table} WHERE submission_id = $1`, [SEED.consentedSubmission]);
      if (!rows.length) throw new Error(`probe sink has not written yet: ${JSON.stringify(await taskState(PROBE.connector))}`);
    }, 90_000);

    // --- a row the citizen database rejects: the profile sink parks it in its dead-letter topic and goes on
    dlqBefore = await topicSize(view.deadLetterTopic(PROFILE_FLOW));
    await query('citizen', "ALTER TABLE portal.citizen ADD CONSTRAINT e2e_reject_probe CHECK (full_name NOT LIKE 'REJECTME-%')");
    await app('warehouse', 'INSERT INTO analytics.citizen_profile (citizen_id, national_id, full_name, address_line) VALUES (gen_random_uuid(), $1, $2, $3)', [REJECTED.national_id, REJECTED.full_name, REJECTED.address_line]);
    await eventually(async () => {
      const t = await taskState(PROFILE_SINK);
      if (t.state === 'FAILED') throw new Error(`${PROFILE_SINK} failed on the rejected row instead of parking it`);
      if ((await topicSize(view.deadLetterTopic(PROFILE_FLOW))) === dlqBefore) throw new Error(`the rejected row is not parked yet (${t.state})`);
    }, 90_000);
    expect((await taskState(PROFILE_SINK)).state).toBe('RUNNING');
  }, 240_000);

  afterAll(async () => {
    await fetch(`${LOCAL.connect}/connectors/${PROBE.connector}/stop`, { method: 'PUT' });
    await eventually(async () => {
      const s = await connectApi<{ connector: { state: string } }>(`/connectors/${PROBE.connector}/status`).catch(() => ({ connector: { state: 'STOPPED' } }));
      if (s.connector.state !== 'STOPPED') throw new Error(s.connector.state);
    });
    await fetch(`${LOCAL.connect}/connectors/${PROBE.connector}/offsets`, { method: 'DELETE' });
    await fetch(`${LOCAL.connect}/connectors/${PROBE.connector}`, { method: 'DELETE' });
    await withKafka(async (admin) => {
      await admin.deleteGroups([`connect-${PROBE.connector}`]).catch(() => undefined);
      if ((await admin.listTopics()).includes(PROBE.dlq)) await admin.deleteTopics([PROBE.dlq]);
    });
    writeFileSync(HBA, hbaBefore);
    await query('warehouse', 'SELECT pg_reload_conf()');
    await eventually(() => query('warehouse', `DROP TABLE IF EXISTS ${PROBE.table}; DROP ROLE IF EXISTS ${PROBE.role}`));
    rmSync(join(STATE, 'secrets', PROBE.secret), { force: true });
    // the rejected row is accepted once the constraint goes: the sink resumes and delivers it
    await query('citizen', 'ALTER TABLE portal.citizen DROP CONSTRAINT IF EXISTS e2e_reject_probe');
    // parked rather than failed (the parking sink): it goes in when replayed
    if ((await topicSize(view.deadLetterTopic(PROFILE_FLOW))) > dlqBefore) expect((await ops(['repair', 'replay', 'local', PROFILE_FLOW.name])).code).toBe(0);
    if ((await taskState(PROFILE_SINK)).state === 'FAILED') await fetch(`${LOCAL.connect}/connectors/${PROFILE_SINK}/restart?includeTasks=true&onlyFailed=true`, { method: 'POST' });
    await waitForRunning([PROFILE_SINK]);
    await eventually(async () => {
      if (!(await query('citizen', 'SELECT 1 FROM portal.citizen WHERE national_id = $1', [REJECTED.national_id])).length) throw new Error('rejected row not delivered after the fix');
    }, 90_000);
  }, 240_000);

  it('the salt and the password resolve on the worker: the hash is salted with the secret file, the probe sink logged in', async () => {
    const [row] = await query<{ free_text: string }>('warehouse', 'SELECT free_text FROM staging.citizen_submission WHERE submission_id = $1', [SEED.consentedSubmission]);
    expect(row.free_text).toBe(createHash('sha256').update(localSalt() + SECRET_TEXT).digest('hex'));
    expect((await query('warehouse', `SELECT 1 FROM ${PROBE.table}`)).length).toBeGreaterThan(0);
  });

  it('Connect REST shows secret references, never the salt or the password, and no value of the rejected row', async () => {
    const connectors = [...view.sourceDatabases.map((d) => view.sourceConnectorName(d)), ...view.flows.map((f) => view.sinkConnectorName(f)), PROBE.connector];
    const text = `${putResponse}\n${await restResponses(connectors)}`;
    // positive controls: the references are there
    expect(text).toContain(`"transforms.hashSensitive.salt.password":"\${${local.connect.secrets.provider}:${local.connect.secrets.directory}:hash_salt}"`);
    expect(text).toContain(`"connection.password":"\${${local.connect.secrets.provider}:${local.connect.secrets.directory}:${PROBE.secret}}"`);
    for (const [what, needle] of Object.entries({ salt: localSalt(), password, ...REJECTED })) expect({ what, found: text.includes(needle) }).toEqual({ what, found: false });
  });

  it('`smart-cdc status --json` shows no secret and no value of the rejected row', async () => {
    const r = await ops(['status', 'local', '--json']);
    expect(r.stdout).toContain(PROFILE_SINK);
    for (const [what, needle] of Object.entries({ salt: localSalt(), password, ...REJECTED })) expect({ what, found: `${r.stdout}${r.stderr}`.includes(needle) }).toEqual({ what, found: false });
  });

  it("no byte of Kafka's log directories or of its records holds the salt or the password; the rejected row's values are only in its change topic and dead-letter topic", async () => {
    const files = filesUnder(KAFKA_DATA);
    const dir = (f: string) => f.slice(KAFKA_DATA.length + 1).split('/')[0];
    // the pipeline's topics (Connect's and Kafka's internal ones start with '_' and are written
    // uncompressed; directories of deleted topics stay in the byte scan only)
    const existing = await listTopics();
    const topics = existing.filter((t) => !t.startsWith('_'));
    expect(topics).toContain(view.changeTopic(PROFILE_FLOW));
    const records = await decodedRecords(topics);
    // positive controls: the scan sees record contents (the rejected row is in its change topic and, parked,
    // in its dead-letter topic) and the status topic's task states
    const changeTopic = view.changeTopic(PROFILE_FLOW);
    expect(occurrencesIn(records, { marker: REJECTED.national_id })).toEqual(expect.arrayContaining([`marker in records of ${changeTopic}`, `marker in records of ${view.deadLetterTopic(PROFILE_FLOW)}`]));
    expect(files.some((f) => dir(f).startsWith('_smart-cdc-local-configs-'))).toBe(true);
    const statusFiles = files.filter((f) => dir(f).startsWith('_smart-cdc-local-status-'));
    expect(occurrences(statusFiles, { state: '"state":"RUNNING"' }).length).toBeGreaterThan(0);

    expect(occurrences(files, { salt: localSalt(), password })).toEqual([]);
    expect(occurrencesIn(records, { salt: localSalt(), password })).toEqual([]);
    const allowed = (t: string) => t === changeTopic || t === view.deadLetterTopic(PROFILE_FLOW);
    expect(occurrences(files.filter((f) => !allowed(dir(f).replace(/-\d+$/, ''))), REJECTED)).toEqual([]);
    expect(occurrencesIn(records.filter(([where]) => !allowed(where.replace(/^records of /, ''))), REJECTED)).toEqual([]);
  }, 240_000);

  it("Connect's, Kafka's and PostgreSQL's logs hold neither, though they logged the refusal and the masked configuration", () => {
    const files = filesUnder(LOGS);
    expect(files.some((f) => /\/pg-citizen\.log$/.test(f))).toBe(true);
    // the citizen database logged the refusal, without the row (log_error_verbosity = terse: no "Failing row contains")
    expect(readFileSync(join(LOGS, 'pg-citizen.log'), 'utf8')).toContain('e2e_reject_probe');
    expect(files.some((f) => f.endsWith('connect.log'))).toBe(true);
    expect(files.some((f) => f.endsWith('kafka.log'))).toBe(true);
    const connectLog = readFileSync(join(LOGS, 'connect.log'), 'utf8');
    expect(connectLog).toMatch(/transforms\.hashSensitive\.salt\.password = \*+/);
    expect(connectLog).toMatch(/connection\.password = \*+/);
    expect(connectLog).toMatch(/parked the record at .*e2e_reject_probe/);
    expect(occurrences(files, { salt: localSalt(), password, ...REJECTED })).toEqual([]);
  });

  it('the synthesized JSON, config/ and the Terraform state of local hold no salt', () => {
    const state = localBackendPath('local', true);
    expect(existsSync(state)).toBe(true);
    const files = [...filesUnder(STACK_DIR).filter((f) => /\.json$/.test(f)), state, ...filesUnder(join(ROOT, 'config'))];
    expect(occurrences(files, { salt: localSalt(), password })).toEqual([]);
  });
});
