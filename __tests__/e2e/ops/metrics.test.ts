import { ChildProcess, spawn } from 'child_process';
import { randomUUID } from 'crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { ENVIRONMENTS } from '../../../environments';
import { validateEnvironment } from '../../../environments/schema';
import { alertRules, ruleFile } from '../../../monitoring/alerts';
import { dashboard, dashboardQueries } from '../../../monitoring/dashboard';
import { JMX_METRICS } from '../../../monitoring/jmx';
import { scrapeConfigs } from '../../../monitoring/prometheus';
import { viewOf } from '../../../scripts/ops/context';
import { app, eventually, LOCAL, query } from '../support/engines';
import { SEED } from '../support/fixtures';
import { localNames, opsChild, ops } from './run';
import { PrometheusApi, started } from '../../support/prometheus';

/**
 * `smart-cdc metrics local --listen`: what status gathers, served to a real Prometheus (Debian's
 * package) that loads the environment's generated alert rules. Faults injected on the real engines
 * (a sink paused, a row parked, a source stopped) make the matching alert fire, and it clears once
 * the fault is repaired. The rules are local's, with `for: 0s` so a test need not wait minutes.
 * Prometheus also scrapes the broker's and the worker's JMX exporter agents, and evaluates every
 * query of the generated Grafana dashboard.
 */

jest.setTimeout(600_000);

const EXPORTER = '127.0.0.1:19187';
const PROMETHEUS = '127.0.0.1:19090';
const env = validateEnvironment({ ...ENVIRONMENTS.local, monitoring: { forSeconds: 0 } }, SMART_CATALOGUE);
const view = viewOf(env);
const eligibility = view.flows.find((f) => f.name === 'eligibility')!;
const names = localNames();

let exporter: ChildProcess | undefined;
let prometheus: ChildProcess | undefined;
let dir = '';

async function scrapeText(): Promise<{ status: number; type: string | null; text: string }> {
  const r = await fetch(`http://${EXPORTER}/metrics`);
  return { status: r.status, type: r.headers.get('content-type'), text: await r.text() };
}

/** The value of one series (labels as a subset), or undefined when the exporter leaves it out. */
function valueOf(text: string, name: string, labels: Record<string, string>): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

const prom = new PrometheusApi(PROMETHEUS);
const promQuery = (expr: string) => prom.query(expr);
const isFiring = (alert: string, labels: Record<string, string>) => prom.isFiring(alert, labels);

async function untilFiring(alert: string, labels: Record<string, string>, want: boolean): Promise<void> {
  await eventually(async () => expect({ alert, labels, firing: await isFiring(alert, labels) }).toEqual({ alert, labels, firing: want }), 90_000, 1_000);
}

describe('ops metrics: served to a real Prometheus, alerts fire on real faults (local runtime)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'smart-cdc-prometheus-'));
    exporter = opsChild(['metrics', 'local', '--listen', EXPORTER]);
    await started(exporter, 'the exporter', /serving http:\/\/127\.0\.0\.1:19187\/metrics/);
    writeFileSync(join(dir, 'alerts.rules.json'), ruleFile(alertRules(view, env)));
    writeFileSync(
      join(dir, 'prometheus.yml'),
      JSON.stringify({
        global: { scrape_interval: '1s', evaluation_interval: '1s', scrape_timeout: '1s' },
        rule_files: [join(dir, 'alerts.rules.json')],
        scrape_configs: scrapeConfigs('local', { exporter: EXPORTER, engines: LOCAL.metrics }),
      }),
    );
    prometheus = spawn('prometheus', [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=${PROMETHEUS}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    await started(prometheus, 'Prometheus', /Server is ready to receive web requests/);
  });

  afterAll(async () => {
    for (const p of [prometheus, exporter]) p?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves what status gathers: every endpoint up, every connector RUNNING, both slots active, changes reaching Kafka', async () => {
    // a source an earlier suite restarted puts its first record on Kafka an interval after its start
    await eventually(async () => {
      const r = await scrapeText();
      expect(r.status).toBe(200);
      expect(r.type).toBe('text/plain; version=0.0.4; charset=utf-8');
      for (const component of ['warehouse database', 'citizen database', 'kafka', 'connect']) expect({ component, up: valueOf(r.text, 'smart_cdc_endpoint_up', { component }) }).toEqual({ component, up: 1 });
      for (const c of [...names.sources.map((s) => s.connector), ...names.sinks.map((s) => s.connector)]) expect({ c, running: valueOf(r.text, 'smart_cdc_connector_running', { connector: c }) }).toEqual({ c, running: 1 });
      for (const db of view.sourceDatabases) {
        expect({ db, active: valueOf(r.text, 'smart_cdc_slot_active', { database: db, slot: view.slotName(db) }) }).toEqual({ db, active: 1 });
        expect({ db, fresh: valueOf(r.text, 'smart_cdc_heartbeat_topic_fresh', { database: db }) }).toEqual({ db, fresh: 1 });
      }
    }, 60_000, 2_000);
    expect((await fetch(`http://${EXPORTER}/other`)).status).toBe(404);
  });

  it("the engines' JMX exporters: every series the rules and dashboards read arrives, labelled with the environment", async () => {
    await eventually(async () => {
      const missing: string[] = [];
      for (const m of Object.values(JMX_METRICS)) if ((await promQuery(`count(${m.name}{environment="local"})`)).length === 0) missing.push(m.name);
      expect(missing).toEqual([]);
    }, 60_000, 2_000);
    for (const db of view.sourceDatabases) expect(Number((await promQuery(`debezium_postgres_streaming_connected{environment="local",server="${view.topicPrefix(db)}"}`))[0]?.value[1])).toBe(1);
    const running = await promQuery('kafka_connect_connector_status{environment="local",status="running"}');
    expect(running.map((r) => r.metric.connector).sort()).toEqual(expect.arrayContaining([...names.sources.map((s) => s.connector), ...names.sinks.map((s) => s.connector)].sort()));
  });

  it('every query of the Grafana dashboard evaluates on the real series; a change shows in its flow\'s throughput', async () => {
    const queries = dashboardQueries(dashboard(view, env));
    for (const q of queries) {
      const r = await fetch(`http://${PROMETHEUS}/api/v1/query?query=${encodeURIComponent(q.expr)}`);
      expect({ panel: q.panel, expr: q.expr, status: ((await r.json()) as { status: string }).status }).toEqual({ panel: q.panel, expr: q.expr, status: 'success' });
    }
    const id = randomUUID();
    await app('warehouse', "INSERT INTO ml.eligibility_insight (insight_id, citizen_id, program_code, eligibility_score, is_eligible, explanation, status) VALUES ($1, $2, 'METRICS', 0.5000, true, 'x', 'published')", [id, SEED.profile]);
    await eventually(async () => expect(await query('citizen', 'SELECT 1 FROM portal.eligibility WHERE id = $1', [id])).toHaveLength(1), 60_000);
    const throughput = queries.find((q) => q.expr.includes(`connector="${view.sinkConnectorName(eligibility)}"`) && q.expr.startsWith('sum(rate('))!;
    await eventually(async () => expect(Number((await promQuery(throughput.expr))[0]?.value[1] ?? 0)).toBeGreaterThan(0), 60_000, 2_000);
    await app('warehouse', 'DELETE FROM ml.eligibility_insight WHERE insight_id = $1', [id]);
  });

  it('a sink paused: SmartCdcSinkNotRunning fires for its flow, and clears once it is resumed', async () => {
    await untilFiring('SmartCdcSinkNotRunning', { flow: eligibility.name }, false);
    expect((await ops(['repair', 'pause', 'local', eligibility.name])).code).toBe(0);
    try {
      await untilFiring('SmartCdcSinkNotRunning', { flow: eligibility.name }, true);
      // the other flows' sinks are not affected
      expect(await isFiring('SmartCdcSinkNotRunning', { flow: 'recommendation' })).toBe(false);
    } finally {
      expect((await ops(['repair', 'resume', 'local', eligibility.name])).code).toBe(0);
    }
    await untilFiring('SmartCdcSinkNotRunning', { flow: eligibility.name }, false);
  });

  it('a row the target refuses: SmartCdcDeadLetters fires for its flow, and clears once it is replayed', async () => {
    // records other suites left parked would fire it already
    if (await isFiring('SmartCdcDeadLetters', { flow: eligibility.name })) expect((await ops(['repair', 'discard', 'local', eligibility.name])).code).toBe(0);
    await untilFiring('SmartCdcDeadLetters', { flow: eligibility.name }, false);
    const check = 'smart_cdc_e2e_metrics_score';
    const id = randomUUID();
    await query('citizen', `ALTER TABLE portal.eligibility ADD CONSTRAINT ${check} CHECK (score <= 0.9) NOT VALID`);
    try {
      await app('warehouse', "INSERT INTO ml.eligibility_insight (insight_id, citizen_id, program_code, eligibility_score, is_eligible, explanation, status) VALUES ($1, $2, 'METRICS', 0.9500, true, 'x', 'published')", [id, SEED.profile]);
      await untilFiring('SmartCdcDeadLetters', { flow: eligibility.name }, true);
    } finally {
      await query('citizen', `ALTER TABLE portal.eligibility DROP CONSTRAINT IF EXISTS ${check}`);
    }
    const replay = await ops(['repair', 'replay', 'local', eligibility.name]);
    expect({ code: replay.code, out: replay.stdout + replay.stderr }).toMatchObject({ code: 0 });
    await eventually(async () => expect(await query('citizen', 'SELECT 1 FROM portal.eligibility WHERE id = $1', [id])).toHaveLength(1), 60_000);
    await untilFiring('SmartCdcDeadLetters', { flow: eligibility.name }, false);
    await app('warehouse', 'DELETE FROM ml.eligibility_insight WHERE insight_id = $1', [id]);
  });

  it('a source stopped: SmartCdcSourceNotRunning and SmartCdcSlotInactive fire for its database, and clear once it is resumed', async () => {
    const db = 'citizen';
    await untilFiring('SmartCdcSlotInactive', { database: db }, false);
    expect((await ops(['repair', 'stop', 'local', db, '--source'])).code).toBe(0);
    try {
      await untilFiring('SmartCdcSourceNotRunning', { database: db }, true);
      await untilFiring('SmartCdcSlotInactive', { database: db }, true);
      expect(await isFiring('SmartCdcSlotInactive', { database: 'warehouse' })).toBe(false);
    } finally {
      expect((await ops(['repair', 'resume', 'local', db, '--source'])).code).toBe(0);
    }
    await untilFiring('SmartCdcSourceNotRunning', { database: db }, false);
    await untilFiring('SmartCdcSlotInactive', { database: db }, false);
  });
});
