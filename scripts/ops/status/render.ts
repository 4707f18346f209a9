/** Judges gathered state with the health policy, and renders the report for people. */
import { aclText, bindingText } from '../acls';
import { HEARTBEAT_TABLE } from '../../../catalogue/derive';
import { formatBytes, formatDuration, renderTable, section } from '../format';
import { CLI } from '../io';
import { ConnectorState, evaluate, EXIT_CODES, Health, healthOf, Problem, StatusData, Thresholds } from '../health';

export interface StatusReport extends StatusData {
  readonly health: Health;
  readonly exitCode: number;
  readonly problems: readonly Problem[];
  readonly checkedAt: string;
}

export function judge(data: StatusData, t: Thresholds, now = new Date()): StatusReport {
  const problems = evaluate(data, t);
  const health = healthOf(problems);
  return { ...data, health, exitCode: EXIT_CODES[health], problems, checkedAt: now.toISOString() };
}

const tasksText = (c: ConnectorState) => (c.tasks.length ? c.tasks.map((t) => `${t.id}:${t.state}`).join(' ') : '-');
const lastError = (c: ConnectorState) => c.trace ?? c.tasks.find((t) => t.trace)?.trace ?? '';

/** The human rendering of a status report. */
export function renderStatus(r: StatusReport): string {
  const head = `SMART CDC status — environment ${r.environment}, pipeline ${r.pipelineVersion}: ${r.health.toUpperCase()} (exit ${r.exitCode})`;
  const endpoints = renderTable(
    ['COMPONENT', 'ENDPOINT', 'STATE'],
    r.endpoints.map((e) => [e.component, e.label, e.error ? `UNREACHABLE: ${e.error}` : 'ok']),
  );
  const connectorRows = (cs: readonly ConnectorState[]) => cs.map((c) => [c.name, c.kind, c.subject, c.state, tasksText(c), lastError(c)]);
  const connectors = renderTable(['CONNECTOR', 'KIND', 'DB/FLOW', 'STATE', 'TASKS', 'LAST ERROR'], connectorRows(r.connectors));
  const slots = renderTable(
    ['DATABASE', 'SLOT', 'USED BY', 'ACTIVE', 'WAL', 'LAG', 'RETAINED', 'AGE'],
    r.slots.map((s) =>
      s.exists
        ? [s.database, s.name, s.usedBy ?? (s.pipeline ? 'pipeline' : '(none)'), s.active ? 'yes' : 'NO', s.walStatus ?? '-', formatBytes(s.lagBytes), formatBytes(s.retainedBytes), s.ageSeconds === null || s.ageSeconds === undefined ? '-' : `${formatDuration(s.ageSeconds)} (${s.ageSource === 'heartbeat' ? 'heartbeat' : 'replay lag'})`]
        : [s.database, s.name, s.usedBy ?? '-', 'MISSING', '-', '-', '-', '-'],
    ),
  );
  const consumers = renderTable(
    ['FLOW', 'SINK CONSUMER GROUP', 'TOPIC', 'LAG'],
    r.consumers.map((c) => [c.flow, c.group, c.topic, c.error ? c.error : c.lag === null ? '?' : String(c.lag)]),
  );
  const dlq = renderTable(
    ['FLOW', 'DEAD-LETTER TOPIC', 'PARKED', 'LAST PARKED: WHY (FROM)'],
    r.deadLetters.map((q) => [
      q.flow,
      q.topic,
      q.error ? q.error : q.depth === null ? '?' : `${q.pending ?? q.depth}${q.pending !== undefined && q.pending !== q.depth ? ` (of ${q.depth})` : ''}`,
      q.last ? `${q.last.reason} (${q.last.position})` : '',
    ]),
  );
  const sup = r.supervision;
  const supervisorLine = !sup
    ? '  ?'
    : sup.error
      ? `  ${sup.topic}: ${sup.error}`
      : `  ${sup.restarts ?? '?'} restart(s) in the last ${formatDuration(sup.windowSeconds)}${sup.last ? `; last ${sup.last.at}: ${sup.last.connector}${sup.last.tasks.length ? ` task ${sup.last.tasks.join(',')}` : ''} (restart ${sup.last.attempt}) — ${sup.last.cause}` : ''}`;
  const hb = renderTable(
    ['DATABASE', 'SOURCE CONNECTOR', 'HEARTBEAT TOPIC', 'RECENT RECORD', `LAST ${HEARTBEAT_TABLE}`],
    r.heartbeats.map((h) => [
      h.database,
      h.connector,
      h.topic,
      h.topicFresh === true ? 'yes' : h.topicFresh === false ? 'NO' : '?',
      h.unknown ? '? (database unreachable)' : h.error ? h.error : h.ageSeconds === null ? 'never' : `${formatDuration(h.ageSeconds)} ago`,
    ]),
  );
  const acls = r.acls;
  const aclLine = !acls
    ? ''
    : acls.error
      ? `  ? (${acls.error})`
      : `  ${acls.checked - acls.missing.length} of ${acls.checked} held${acls.missing.length ? `; missing: ${acls.missing.map(aclText).join('; ')}` : ''}${acls.denied.length ? `; overridden by DENY: ${acls.denied.map((d) => bindingText(d.binding)).join('; ')}` : ''}`;
  const content = renderTable(
    ['FLOW', 'LAST VERIFY', 'RESULT', 'COMPARED', 'MISSING', 'EXTRA', 'DIFFERENT', 'BACKFILL'],
    (r.content ?? []).map((c) => [
      ...(c.verifiedAt === null
        ? [c.flow, c.error ?? 'never', '-', '-', '-', '-', '-']
        : [c.flow, `${formatDuration(c.ageSeconds ?? 0)} ago (${c.verifiedAt})`, c.result === 'unverified' ? `could not verify: ${c.reason ?? '?'}` : c.result ?? '?', String(c.compared), String(c.missing), String(c.extra), String(c.different)]),
      c.backfill ? `PENDING since ${c.backfill.since}` : '-',
    ]),
  );
  const problems = r.problems.map((p) => `  ${p.severity === 'down' ? 'DOWN    ' : 'DEGRADED'}  ${p.message}${p.hint ? `\n            → ${p.hint}` : ''}`).join('\n');
  return [
    head,
    '',
    section('ENDPOINTS', endpoints),
    '',
    section('CONNECTORS', connectors),
    ...(r.otherConnectors.length ? ['', section('OTHER CONNECTORS ON THE CLUSTER (not judged)', renderTable(['CONNECTOR', 'KIND', '', 'STATE', 'TASKS', 'LAST ERROR'], connectorRows(r.otherConnectors)))] : []),
    '',
    section('REPLICATION SLOTS', slots),
    '',
    section('SINK CONSUMERS', consumers),
    '',
    section('DEAD-LETTER TOPICS (parked records)', dlq),
    '',
    section('SUPERVISOR (restarts FAILED connectors and tasks with backoff)', supervisorLine),
    '',
    section('HEARTBEATS', hb),
    '',
    ...(acls ? [section("KAFKA ACLS (the stack's grants)", aclLine), ''] : []),
    section(`CONTENT (the last verify of each flow: ${CLI} verify, or verify --every on a schedule)`, content),
    '',
    section('PROBLEMS', problems),
  ].join('\n');
}

