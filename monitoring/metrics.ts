/**
 * The pipeline's own metrics: what `status` gathers, in Prometheus' text format, served by
 * `smart-cdc metrics <env> --listen` and read by the alert rules (monitoring/alerts.ts). One table
 * of metrics, so the exporter, the rules and the docs name the same series.
 */
import { StatusData } from '../scripts/ops/health';

export interface MetricDef {
  readonly name: string;
  readonly help: string;
  /** the labels every series of it has, besides `environment` */
  readonly labels: readonly string[];
}

const def = (name: string, labels: readonly string[], help: string): MetricDef => ({ name: `smart_cdc_${name}`, labels, help });

/** Every series the exporter writes (gauges), by what the alert rules call them. */
export const METRICS = {
  up: def('exporter_up', [], '1 while the exporter answers a scrape'),
  endpointUp: def('endpoint_up', ['component'], '1 when the endpoint (a database, Kafka, Kafka Connect) answered, 0 when not'),
  connectorRunning: def('connector_running', ['connector', 'kind', 'subject'], '1 when the connector is RUNNING, 0 when FAILED, PAUSED, STOPPED or MISSING (left out while Connect does not answer)'),
  connectorFailed: def('connector_failed', ['connector', 'kind', 'subject'], '1 when the connector or one of its tasks is FAILED'),
  slotExists: def('slot_exists', ['database', 'slot'], "1 when the pipeline's replication slot exists"),
  slotActive: def('slot_active', ['database', 'slot'], '1 when a connector streams from the slot'),
  slotLagBytes: def('slot_lag_bytes', ['database', 'slot'], 'WAL between the current position and what the connector confirmed'),
  slotRetainedBytes: def('slot_retained_bytes', ['database', 'slot'], 'WAL the slot keeps on disk'),
  slotSafeWalBytes: def('slot_safe_wal_bytes', ['database', 'slot'], 'WAL that can still be written before the slot loses what it needs (only with max_slot_wal_keep_size)'),
  slotKeepBytes: def('slot_keep_bytes', ['database', 'slot'], 'max_slot_wal_keep_size (only when bounded)'),
  slotWalLost: def('slot_wal_lost', ['database', 'slot'], '1 when the slot lost WAL it needed (wal_status lost): changes made meanwhile cannot be streamed'),
  heartbeatAge: def('heartbeat_age_seconds', ['database', 'connector'], "seconds since the source connector's last heartbeat row"),
  heartbeatTopicFresh: def('heartbeat_topic_fresh', ['database', 'connector'], '1 when the heartbeat topic received a record within the bound: change events reach Kafka'),
  sinkLag: def('sink_lag_records', ['flow', 'topic'], "records of the flow's change topic its sink has not consumed"),
  deadLetters: def('dead_letters_pending', ['flow', 'topic'], 'parked records of the flow not yet replayed or discarded'),
  verifyDifferences: def('verify_differences', ['flow'], "missing, extra and different rows the flow's last verify found"),
  verifyAge: def('verify_age_seconds', ['flow'], "seconds since the flow's last verify"),
  backfillPending: def('backfill_pending', ['flow'], '1 when a deploy widened the flow and its existing rows have not been brought across'),
  kafkaAclsMissing: def('kafka_acls_missing', [], "the stack's Kafka ACLs the cluster lacks or overrides with a DENY (only where kafka.acls is enabled; left out when they cannot be read)"),
} as const;

export type MetricKey = keyof typeof METRICS;

type Labels = Record<string, string>;

/** A label value as Prometheus' text format writes it. */
const escape = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

export interface Series {
  readonly name: string;
  readonly labels: Readonly<Labels>;
  readonly value: number;
}

/** The status as series (every one labelled with the environment); an unknown value is left out, never written as 0. */
export function metricSeries(d: StatusData): Series[] {
  const out: Array<Series & { key: MetricKey }> = [];
  const put = (key: MetricKey, labels: Labels, v: number | null | undefined) => {
    if (v === null || v === undefined || Number.isNaN(v)) return;
    out.push({ key, name: METRICS[key].name, labels: { environment: d.environment, ...labels }, value: v });
  };
  put('up', {}, 1);
  for (const e of d.endpoints) put('endpointUp', { component: e.component }, e.error ? 0 : 1);
  for (const c of d.connectors) {
    const labels = { connector: c.name, kind: c.kind, subject: c.subject };
    if (c.state === 'UNKNOWN') continue;
    put('connectorRunning', labels, c.state === 'RUNNING' ? 1 : 0);
    put('connectorFailed', labels, c.state === 'FAILED' || c.tasks.some((t) => t.state === 'FAILED') ? 1 : 0);
  }
  for (const s of d.slots.filter((x) => x.pipeline)) {
    const labels = { database: s.database, slot: s.name };
    put('slotExists', labels, s.exists ? 1 : 0);
    if (!s.exists) continue;
    put('slotActive', labels, s.active === undefined ? undefined : s.active ? 1 : 0);
    put('slotLagBytes', labels, s.lagBytes);
    put('slotRetainedBytes', labels, s.retainedBytes);
    put('slotSafeWalBytes', labels, s.keepBytes ? s.safeWalBytes : undefined);
    put('slotKeepBytes', labels, s.keepBytes);
    put('slotWalLost', labels, s.walStatus === undefined ? undefined : s.walStatus === 'lost' ? 1 : 0);
  }
  for (const h of d.heartbeats) {
    const labels = { database: h.database, connector: h.connector };
    if (!h.unknown && !h.error) put('heartbeatAge', labels, h.ageSeconds);
    put('heartbeatTopicFresh', labels, h.topicFresh === null || h.topicFresh === undefined ? undefined : h.topicFresh ? 1 : 0);
  }
  for (const c of d.consumers) if (!c.error) put('sinkLag', { flow: c.flow, topic: c.topic }, c.lag);
  for (const q of d.deadLetters) if (!q.error) put('deadLetters', { flow: q.flow, topic: q.topic }, q.pending ?? q.depth);
  for (const c of d.content ?? []) {
    if (c.result === 'equal' || c.result === 'different') put('verifyDifferences', { flow: c.flow }, (c.missing ?? 0) + (c.extra ?? 0) + (c.different ?? 0));
    put('verifyAge', { flow: c.flow }, c.ageSeconds);
    if (!c.error) put('backfillPending', { flow: c.flow }, c.backfill ? 1 : 0);
  }
  if (d.acls && !d.acls.error) put('kafkaAclsMissing', {}, d.acls.missing.length + d.acls.denied.length);
  // grouped by metric, in the table's order: the text format wants each metric's series together
  const order = Object.keys(METRICS);
  return out.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)).map(({ key: _key, ...s }) => s);
}

/** Series in Prometheus' text format, with each metric's HELP and TYPE. */
export function renderMetrics(d: StatusData): string {
  const lines: string[] = [];
  let last = '';
  for (const s of metricSeries(d)) {
    if (s.name !== last) {
      const m = Object.values(METRICS).find((x) => x.name === s.name)!;
      lines.push(`# HELP ${m.name} ${m.help}`, `# TYPE ${m.name} gauge`);
      last = s.name;
    }
    lines.push(`${s.name}{${Object.entries(s.labels).map(([l, x]) => `${l}="${escape(x)}"`).join(',')}} ${s.value}`);
  }
  return `${lines.join('\n')}\n`;
}
