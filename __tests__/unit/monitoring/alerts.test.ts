import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CatalogueView } from '../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { ENVIRONMENTS, loadEnvironment } from '../../../environments';
import { ENVIRONMENT_NAMES, validateEnvironment } from '../../../environments/schema';
import { AlertRule, alertRules, ruleFile } from '../../../monitoring/alerts';
import { SeriesKey, SERIES } from '../../../monitoring/series';
import { parseArgs } from '../../../scripts/ops/program';

/**
 * The alert rules: derived from the catalogue and the environment, accepted by Prometheus' own
 * checker, and — by `promtool test rules` — each firing on a series that should fire it and quiet on
 * one that should not. promtool comes with Debian's `prometheus` package (scripts/test.sh installs it).
 */

const viewOf = (env: string) => {
  const e = loadEnvironment(env, SMART_CATALOGUE);
  return { env: e, view: new CatalogueView({ ...SMART_CATALOGUE, flows: SMART_CATALOGUE.flows.filter((f) => !e.disabledFlows.includes(f.name)) }, e.phases) };
};

const promtool = (...args: string[]) => spawnSync('promtool', args, { encoding: 'utf8' });

function tmpFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'alerts-')), name);
  writeFileSync(file, text);
  return file;
}

describe('alert rules: derived from the catalogue and the environment', () => {
  it.each(ENVIRONMENT_NAMES)('%s: a group per flow, per source database and one for the pipeline; each alert with a severity, a summary and a runbook the CLI accepts', (name) => {
    const { env, view } = viewOf(name);
    const groups = alertRules(view, env);
    expect(groups.map((g) => g.name)).toEqual([
      ...view.flows.map((f) => `smart-cdc-${name}-flow-${f.name}`),
      ...view.sourceDatabases.map((db) => `smart-cdc-${name}-source-${db}`),
      `smart-cdc-${name}-pipeline`,
    ]);
    for (const r of groups.flatMap((g) => g.rules)) {
      expect(['critical', 'warning']).toContain(r.labels.severity);
      expect(r.labels.environment).toBe(name);
      expect(r.annotations.summary.length).toBeGreaterThan(20);
      // the exact command: the CLI parses it as it would run it
      expect(r.annotations.runbook).toMatch(/^npx smart-cdc /);
      expect(() => parseArgs(r.annotations.runbook.replace(/^npx smart-cdc /, '').split(' '))).not.toThrow();
    }
  });

  it("fires at the environment's monitoring bounds", () => {
    const env = validateEnvironment({ ...ENVIRONMENTS.prod, monitoring: { maxSlotLagBytes: 1234567, maxDeadLetters: 3, maxConsumerLag: 42, maxHeartbeatAgeSeconds: 90, forSeconds: 30 } }, SMART_CATALOGUE);
    const rules = alertRules(viewOf('prod').view, env).flatMap((g) => g.rules);
    const expr = (alert: string) => rules.find((r) => r.alert === alert)!.expr;
    expect(expr('SmartCdcSlotLag')).toMatch(/> 1234567$/);
    expect(expr('SmartCdcDeadLetters')).toMatch(/> 3$/);
    expect(expr('SmartCdcSinkLag')).toMatch(/> 42$/);
    expect(expr('SmartCdcHeartbeatStale')).toMatch(/> 90$/);
    expect(rules.find((r) => r.alert === 'SmartCdcSinkFailed')!.for).toBe('30s');
  });

  it('a rule on the ACLs only where the stack grants them (kafka.acls)', () => {
    const alerts = (name: string) => alertRules(viewOf(name).view, viewOf(name).env).flatMap((g) => g.rules).map((r) => r.alert);
    expect(alerts('prod')).toContain('SmartCdcKafkaAclMissing');
    expect(alerts('local')).not.toContain('SmartCdcKafkaAclMissing');
  });

  it('the defaults are status\'s defaults', () => {
    const rules = alertRules(viewOf('local').view, viewOf('local').env).flatMap((g) => g.rules);
    expect(rules.find((r) => r.alert === 'SmartCdcSlotLag')!.expr).toMatch(new RegExp(`> ${256 * 1024 ** 2}$`));
    expect(rules.find((r) => r.alert === 'SmartCdcDeadLetters')!.expr).toMatch(/> 0$/);
  });
});

describe('alert rules: checked by Prometheus (promtool)', () => {
  it('promtool is installed (scripts/test.sh installs Debian\'s prometheus package)', () => {
    const v = promtool('--version');
    expect(v.error).toBeUndefined();
    expect(v.status).toBe(0);
  });

  it.each(ENVIRONMENT_NAMES)('%s: promtool check rules accepts the rule file', (name) => {
    const { env, view } = viewOf(name);
    const r = promtool('check', 'rules', tmpFile('alerts.json', ruleFile(alertRules(view, env))));
    expect({ status: r.status, out: r.stdout + r.stderr }).toMatchObject({ status: 0 });
    expect(r.stdout).toMatch(/SUCCESS: \d+ rules found/);
  });

  it('a broken rule fails the check', () => {
    const r = promtool('check', 'rules', tmpFile('alerts.json', ruleFile([{ name: 'x', rules: [{ alert: 'X', expr: 'smart_cdc_exporter_up ==', for: '1m', labels: { severity: 'warning', environment: 'local' }, annotations: { summary: 's', runbook: 'r' } }] }])));
    expect(r.status).not.toBe(0);
  });

  /**
   * Per alert: series (exporter metric, the labels its selector names, a value) that must fire it,
   * and series that must leave it quiet. Every other label of the series is the exporter's own.
   */
  type Series = Array<{ key: SeriesKey; labels: Record<string, string>; value: number }>;
  const cases = (r: AlertRule, view: CatalogueView): { fire: Series; quiet: Series } | 'absent' => {
    const flow = view.flows.find((f) => f.name === r.labels.flow);
    const db = r.labels.database;
    const sink: Record<string, string> = flow ? { connector: view.sinkConnectorName(flow) } : {};
    const source: Record<string, string> = db ? { connector: view.sourceConnectorName(db) } : {};
    const slot: Record<string, string> = db ? { database: db, slot: view.slotName(db) } : {};
    const server: Record<string, string> = db ? { server: view.topicPrefix(db) } : {};
    const one = (key: SeriesKey, labels: Record<string, string>, fire: number, quiet: number) => ({ fire: [{ key, labels, value: fire }], quiet: [{ key, labels, value: quiet }] });
    const notRunning = (c: Record<string, string>) => ({
      fire: [{ key: 'connectorRunning' as const, labels: c, value: 0 }, { key: 'connectorFailed' as const, labels: c, value: 0 }],
      // a FAILED connector is the other alert's
      quiet: [{ key: 'connectorRunning' as const, labels: c, value: 0 }, { key: 'connectorFailed' as const, labels: c, value: 1 }],
    });
    const m = viewOf(r.labels.environment).env.monitoring;
    switch (r.alert) {
      case 'SmartCdcSinkFailed': return one('connectorFailed', sink, 1, 0);
      case 'SmartCdcSinkNotRunning': return notRunning(sink);
      case 'SmartCdcDeadLetters': return one('deadLetters', { flow: flow!.name }, m.maxDeadLetters + 1, m.maxDeadLetters);
      case 'SmartCdcSinkLag': return one('sinkLag', { flow: flow!.name }, m.maxConsumerLag + 1, m.maxConsumerLag);
      case 'SmartCdcContentDifferent': return one('verifyDifferences', { flow: flow!.name }, 2, 0);
      case 'SmartCdcBackfillPending': return one('backfillPending', { flow: flow!.name }, 1, 0);
      case 'SmartCdcSourceFailed': return one('connectorFailed', source, 1, 0);
      case 'SmartCdcSourceNotRunning': return notRunning(source);
      case 'SmartCdcSlotMissing': return one('slotExists', slot, 0, 1);
      case 'SmartCdcSlotInactive': return one('slotActive', slot, 0, 1);
      case 'SmartCdcSlotLag': return one('slotLagBytes', slot, m.maxSlotLagBytes + 1, m.maxSlotLagBytes);
      case 'SmartCdcSlotWalAtRisk':
        return {
          fire: [{ key: 'slotSafeWalBytes', labels: slot, value: 100 }, { key: 'slotKeepBytes', labels: slot, value: 1000 }],
          quiet: [{ key: 'slotSafeWalBytes', labels: slot, value: 900 }, { key: 'slotKeepBytes', labels: slot, value: 1000 }],
        };
      case 'SmartCdcSlotWalLost': return one('slotWalLost', slot, 1, 0);
      case 'SmartCdcHeartbeatStale': return one('heartbeatAge', { database: db!, ...source }, m.maxHeartbeatAgeSeconds + 1, 1);
      case 'SmartCdcSourceDisconnected': return one('sourceConnected', server, 0, 1);
      case 'SmartCdcSourceBehind': return one('sourceBehindMs', server, m.maxSourceLagSeconds * 1000 + 1, -1);
      case 'SmartCdcSourceQueueFull':
        return {
          fire: [{ key: 'sourceQueueRemaining', labels: server, value: 100 }, { key: 'sourceQueueTotal', labels: server, value: 8192 }],
          quiet: [{ key: 'sourceQueueRemaining', labels: server, value: 8000 }, { key: 'sourceQueueTotal', labels: server, value: 8192 }],
        };
      case 'SmartCdcKafkaUnderMinIsr': return one('kafkaUnderMinIsr', {}, 2, 0);
      case 'SmartCdcKafkaOfflinePartitions': return one('kafkaOfflinePartitions', {}, 1, 0);
      case 'SmartCdcKafkaUnderReplicated': return one('kafkaUnderReplicated', {}, 1, 0);
      case 'SmartCdcChangesNotReachingKafka': return one('heartbeatTopicFresh', { database: db!, ...source }, 0, 1);
      case 'SmartCdcEndpointDown': return one('endpointUp', { component: 'kafka' }, 0, 1);
      case 'SmartCdcSupervisorNotRunning': return one('connectorRunning', { connector: view.supervisorConnectorName }, 0, 1);
      case 'SmartCdcKafkaAclMissing': return one('kafkaAclsMissing', {}, 1, 0);
      case 'SmartCdcExporterAbsent': return 'absent';
      default: throw new Error(`no promtool case for alert ${r.alert}: add one`);
    }
  };

  // local has the rules every environment has; prod adds those of its ACLs
  it.each(['local', 'prod'])('promtool test rules: every alert of %s fires on a series that should fire it, after its `for`, and stays quiet on one that should not', (name) => {
    const { env, view } = viewOf(name);
    const groups = alertRules(view, env);
    const rulesFile = tmpFile('alerts.json', ruleFile(groups));
    const full = (key: SeriesKey, labels: Record<string, string>) => {
      // the exporter's labels: those the selector names, the rest of the metric's own filled in
      const all: Record<string, string> = { environment: name };
      for (const l of SERIES[key].labels) all[l] = labels[l] ?? `some-${l}`;
      return all;
    };
    const seriesText = (key: SeriesKey, labels: Record<string, string>) => `${SERIES[key].name}{${Object.entries(full(key, labels)).map(([k, v]) => `${k}="${v}"`).join(',')}}`;
    const tests: unknown[] = [];
    const rules = groups.flatMap((g) => g.rules);
    for (const r of rules) {
      const c = cases(r, view);
      const at = '30m';
      if (c === 'absent') {
        tests.push({ interval: '1m', input_series: [], alert_rule_test: [{ eval_time: at, alertname: r.alert, exp_alerts: [{ exp_labels: { ...r.labels }, exp_annotations: r.annotations }] }] });
        tests.push({ interval: '1m', input_series: [{ series: seriesText('up', {}), values: '1x40' }], alert_rule_test: [{ eval_time: at, alertname: r.alert, exp_alerts: [] }] });
        continue;
      }
      const input = (s: Series) => s.map((x) => ({ series: seriesText(x.key, x.labels), values: `${x.value}x40` }));
      // the alert's labels: its own, and the first series' (a comparison keeps the left side's labels)
      const first = c.fire[0];
      tests.push({ interval: '1m', input_series: input(c.fire), alert_rule_test: [{ eval_time: at, alertname: r.alert, exp_alerts: [{ exp_labels: { ...full(first.key, first.labels), ...r.labels }, exp_annotations: r.annotations }] }] });
      tests.push({ interval: '1m', input_series: input(c.quiet), alert_rule_test: [{ eval_time: at, alertname: r.alert, exp_alerts: [] }] });
    }
    const testFile = tmpFile('alerts.test.json', JSON.stringify({ rule_files: [rulesFile], evaluation_interval: '1m', tests }));
    const out = promtool('test', 'rules', testFile);
    expect({ status: out.status, out: (out.stdout + out.stderr).slice(0, 4000) }).toEqual({ status: 0, out: expect.stringContaining('SUCCESS') });
    expect(tests.length).toBe(rules.length * 2);
  });
});
