/**
 * A Grafana dashboard per environment, derived from the catalogue: a row for the pipeline, one per
 * source database and one per flow (throughput, lag, dead letters, task states). Its queries read the
 * same series as the alert rules (series.ts). JSON in Grafana's dashboard model, typed by Grafana's own
 * schema package, ready for file provisioning (a provider pointing at config/<env>/monitoring/).
 */
import type { Dashboard, Panel, RowPanel } from '@grafana/schema';
import { CatalogueView } from '../catalogue/derive';
import { DatabaseId, FlowDef } from '../catalogue/model';
import { EnvironmentConfig } from '../environments/schema';
import { selector } from './series';

/** One query of a panel: PromQL and the legend Grafana draws for each of its series. */
export interface Query {
  readonly expr: string;
  readonly legend: string;
}

/** The data source the dashboard asks for when it is imported or provisioned. */
const DATASOURCE = { type: 'prometheus', uid: '$datasource' };
const WIDTH = 24;
const PANEL = { w: 6, h: 8 };

type PanelKind = 'timeseries' | 'stat';

export function dashboard(view: CatalogueView, env: EnvironmentConfig): Dashboard {
  const e = env.name;
  const panels: Array<Panel | RowPanel> = [];
  let id = 0;
  let y = 0;
  let x = 0;

  const row = (title: string) => {
    if (x > 0) y += PANEL.h;
    x = 0;
    panels.push({ type: 'row', id: ++id, title, collapsed: false, panels: [], gridPos: { x: 0, y: y++, w: WIDTH, h: 1 } });
  };
  const panel = (title: string, description: string, unit: string, queries: readonly Query[], kind: PanelKind = 'timeseries') => {
    if (x + PANEL.w > WIDTH) {
      x = 0;
      y += PANEL.h;
    }
    panels.push({
      type: kind,
      id: ++id,
      title,
      description,
      datasource: DATASOURCE,
      gridPos: { x, y, ...PANEL },
      fieldConfig: { defaults: { unit }, overrides: [] },
      options: kind === 'stat' ? { reduceOptions: { calcs: ['lastNotNull'] }, colorMode: 'background' } : { legend: { displayMode: 'list', placement: 'bottom', showLegend: true } },
      targets: queries.map((q, i) => ({ refId: String.fromCharCode(65 + i), datasource: DATASOURCE, expr: q.expr, legendFormat: q.legend })),
    });
    x += PANEL.w;
  };
  const rate = (s: string) => `sum(rate(${s}[5m]))`;

  row(`Pipeline (${e})`);
  panel('Connectors RUNNING', '1 while RUNNING; 0 when FAILED, PAUSED, STOPPED or missing (smart-cdc status says why)', 'none', [{ expr: selector('connectorRunning', e), legend: '{{connector}}' }], 'stat');
  panel('Connect task states', "Kafka Connect's tasks by state, from the workers' JMX", 'none', [{ expr: `sum by (status) (${selector('taskStatus', e)})`, legend: '{{status}}' }]);
  panel('Endpoints answering', "1 when the exporter reached the endpoint", 'none', [{ expr: selector('endpointUp', e), legend: '{{component}}' }], 'stat');
  panel('Kafka partitions at risk', 'under min ISR: writes fail; offline: no leader; under-replicated: one broker from trouble', 'none', [
    { expr: `sum(${selector('kafkaUnderMinIsr', e)})`, legend: 'under min ISR' },
    { expr: `sum(${selector('kafkaOfflinePartitions', e)})`, legend: 'offline' },
    { expr: `sum(${selector('kafkaUnderReplicated', e)})`, legend: 'under-replicated' },
  ]);

  const source = (db: DatabaseId) => {
    const connector = view.sourceConnectorName(db);
    const slot = { database: db, slot: view.slotName(db) };
    const server = { server: view.topicPrefix(db) };
    row(`Source ${db}`);
    panel('Changes captured', `records ${connector} writes to Kafka`, 'ops', [{ expr: rate(selector('sourceRecordsWritten', e, { connector })), legend: 'records/s' }]);
    panel('Source lag', "Debezium's time from commit to processing, and the age of the last heartbeat row", 's', [
      { expr: `${selector('sourceBehindMs', e, server)} / 1000`, legend: 'behind source' },
      { expr: selector('heartbeatAge', e, { database: db, connector }), legend: 'heartbeat age' },
    ]);
    panel('Replication slot', `WAL ${view.slotName(db)} holds back: unconfirmed (lag) and on disk (retained)`, 'bytes', [
      { expr: selector('slotLagBytes', e, slot), legend: 'lag' },
      { expr: selector('slotRetainedBytes', e, slot), legend: 'retained' },
      { expr: selector('slotSafeWalBytes', e, slot), legend: 'safe WAL left' },
    ]);
    panel('Snapshot', 'tables an initial, blocking or incremental snapshot has still to read', 'none', [
      { expr: selector('snapshotRemainingTables', e, server), legend: 'tables left' },
      { expr: selector('snapshotRunning', e, server), legend: 'running' },
    ]);
  };

  const flow = (f: FlowDef) => {
    const sink = view.sinkConnectorName(f);
    const topic = view.changeTopic(f);
    row(`Flow ${f.name}: ${f.source.database}.${f.source.table} → ${f.target.database}.${f.target.table}`);
    panel('Throughput', `records into ${topic}, and records its sink applies (the echo filter drops the pipeline's own writes)`, 'ops', [
      { expr: rate(selector('topicMessagesIn', e, { topic })), legend: 'into the topic' },
      { expr: rate(selector('sinkRecordsSent', e, { connector: sink })), legend: 'applied by the sink' },
    ]);
    panel('Sink lag', `records of ${topic} its sink has not consumed: the end-to-end lag after the source's`, 'none', [{ expr: selector('sinkLag', e, { flow: f.name }), legend: 'records waiting' }]);
    panel('Dead letters', `records parked in ${view.deadLetterTopic(f)} not yet replayed or discarded`, 'none', [{ expr: selector('deadLetters', e, { flow: f.name }), legend: 'pending' }], 'stat');
    panel('Sink task states', `${sink}'s tasks by state`, 'none', [{ expr: `sum by (status) (${selector('taskStatus', e, { connector: sink })})`, legend: '{{status}}' }]);
  };

  view.sourceDatabases.forEach(source);
  view.flows.forEach(flow);

  return {
    uid: `smart-cdc-${e}`,
    title: `SMART CDC (${e})`,
    description: `Generated from the pipeline catalogue for ${e}: do not edit, regenerate with npm run docs`,
    tags: ['smart-cdc', e],
    editable: false,
    schemaVersion: 39,
    time: { from: 'now-6h', to: 'now' },
    refresh: '30s',
    templating: { list: [{ name: 'datasource', label: 'Prometheus', type: 'datasource', query: 'prometheus' }] },
    panels,
  };
}

/** Every query of the dashboard (rows aside), with the panel it belongs to. */
export function dashboardQueries(d: Dashboard): Array<{ panel: string; expr: string }> {
  return (d.panels ?? []).flatMap((p) => (p.type === 'row' ? [] : ((p as Panel).targets ?? []).map((t) => ({ panel: (p as Panel).title ?? '', expr: String(t.expr) }))));
}

/** The dashboard file Grafana provisions. */
export function dashboardFile(d: Dashboard): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}
