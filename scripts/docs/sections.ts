import { alertRules } from '../../monitoring/alerts';
import { JMX_METRICS } from '../../monitoring/jmx';
import { METRICS } from '../../monitoring/metrics';
import { CAPTURE_ROLE, CatalogueView, filterSql, ORIGIN_COLUMN, ORIGIN_SINK, SINK_ROLE } from '../../catalogue/derive';
import { DatabaseId, PHASES, Phase } from '../../catalogue/model';
import { captureSupportSql, publicationSql } from '../../constructs/database/sql';
import { MASKING_RULES } from '../../constructs/aspects/masking-rules';
import { POLICY_TYPE } from '../../constructs/governance/ranger-api';
import { HASH_SALT_SECRET, workerSecretName } from '../../constructs/connect/worker-secrets';
import { exportedConnectors, exportedTopics } from './config-export';
import { EnvironmentStack, Pipeline, sensitiveVariables } from './pipeline';
import { environmentRanger } from './ranger';
import { code, fence, table, words } from './render';
import { ConnectorKind, documentedConnectors, reasonsByKey } from './settings';
import { clockRule } from './mapping';
import { healingTable, Measurements, pipelineRun, timingLine } from './measurements';
import { CHANGE_OUTCOMES } from './outcomes';
import { claimsTable, promisesTable } from './claims';

/**
 * Generated sections of the strategy and implementation documents. A template names a section as
 * `{{name}}` alone on a line; each function here returns its Markdown from the catalogue and stacks.
 */
export type Sections = Record<string, (p: Pipeline, arg?: string) => string>;

const days = (ms: number) => (ms % 86_400_000 === 0 ? `${ms / 86_400_000} d` : ms % 3_600_000 === 0 ? `${ms / 3_600_000} h` : `${ms} ms`);
const fullView = (p: Pipeline) => new CatalogueView(p.catalogue);
/** The environment whose values the documents quote: the first shared one (the production shape). */
export const referenceEnv = (p: Pipeline): EnvironmentStack => p.environments.find((e) => e.env.runtime === 'external') ?? p.environments[0];
const env = (p: Pipeline, name: string) => {
  const e = p.environments.find((x) => x.name === name);
  if (!e) throw new Error(`docs: no environment '${name}'`);
  return e;
};
function dbArg(p: Pipeline, db?: string): DatabaseId {
  const ids = p.catalogue.databases.map((d) => d.id);
  if (!db || !ids.includes(db)) throw new Error(`docs: '${db}' is not a database id (${ids.join(', ')})`);
  return db;
}
function flowArg(p: Pipeline, id?: string) {
  const f = p.catalogue.flows.find((x) => String(x.id) === id);
  if (!f) throw new Error(`docs: no flow with id '${id}'`);
  return f;
}
/** `{{envValue:dev.databases.warehouse.port}}`: a value of an environment's configuration. */
function envValue(p: Pipeline, path?: string): string {
  const [name, ...keys] = (path ?? '').split('.');
  let v: unknown = env(p, name).env;
  for (const k of keys) v = (v as Record<string, unknown> | undefined)?.[k];
  if (v === undefined || typeof v === 'object') throw new Error(`docs: environment value '${path}' is not a scalar`);
  return String(v);
}
const id = (s: string) => s.replace(/[^A-Za-z0-9]/g, '_');

// ---- architecture -------------------------------------------------------------------------------

function architectureDiagram(p: Pipeline): string {
  const view = fullView(p);
  const lines = ['flowchart LR'];
  const tableNode = (db: DatabaseId, t: string) => `${db}_${id(t)}`;
  for (const db of view.catalogue.databases) {
    const used = [...new Set([...view.capturedTables(db.id), ...view.targetTables(db.id)])];
    lines.push(`  subgraph ${db.id}["${db.name} (PostgreSQL)"]`);
    for (const t of db.tables.map((x) => `${x.schema}.${x.name}`).filter((t) => used.includes(t))) lines.push(`    ${tableNode(db.id, t)}[("${t}")]`);
    lines.push('  end');
  }
  lines.push('  subgraph kafka["Kafka + Kafka Connect"]');
  for (const db of view.sourceDatabases)
    lines.push(`    src_${db}[["${view.sourceConnectorName(db)}<br/>slot ${view.slotName(db)}<br/>publication ${view.publicationName(db)}"]]`);
  for (const f of view.flows) lines.push(`    topic_${f.id}>"${view.changeTopic(f)}"]`);
  for (const f of view.flows) lines.push(`    sink_${f.id}[["${view.sinkConnectorName(f)}"]]`);
  lines.push(`    dlq>"dead-letter topics<br/>${view.deadLetterTopicPrefix}(flow name)"]`);
  lines.push('  end');
  const readers = view.catalogue.readers;
  lines.push('  subgraph ranger["Apache Ranger (phase 3)"]');
  for (const db of view.catalogue.databases.filter((d) => readers.some((r) => r.database === d.id)))
    lines.push(`    ranger_${db.id}["service smart-cdc-(env)-${db.id}<br/>access + masking policies"]`);
  lines.push('  end');
  for (const r of readers) lines.push(`  role_${r.name}(["${r.name}"])`);

  for (const db of view.sourceDatabases)
    for (const t of view.capturedTables(db)) {
      const f = view.filterOf(db, t);
      lines.push(`  ${tableNode(db, t)} -->${f ? `|"${filterSql(f).replace(/"/g, "'")}"|` : ''} src_${db}`);
    }
  for (const f of view.flows) {
    lines.push(`  src_${f.source.database} --> topic_${f.id}`);
    lines.push(`  topic_${f.id} --> sink_${f.id}`);
    lines.push(`  sink_${f.id} -->|"flow ${f.id}${f.deletes === 'ignore' ? ', deletes ignored' : ''}"| ${tableNode(f.target.database, f.target.table)}`);
    lines.push(`  sink_${f.id} -.-> dlq`);
  }
  for (const r of readers) lines.push(`  role_${r.name} -.->|"masked reads"| ranger_${r.database}`);
  return fence('mermaid', lines.join('\n'));
}

function environmentsTable(p: Pipeline): string {
  const rows = p.environments.map(({ name, env: e }) => [
    code(name),
    e.description,
    { local: 'local processes (`scripts/local-runtime.sh`)', docker: 'containers the stack creates', external: 'existing endpoints' }[e.runtime],
    `${e.kafka.brokers} broker(s), RF ${e.kafka.replicationFactor}, min ISR ${e.kafka.minInsyncReplicas}, ${e.kafka.partitions} partition(s)`,
    e.kafka.security.protocol === 'SASL_SSL' ? `SASL_SSL (${e.kafka.security.mechanism})${e.kafka.acls?.enabled ? ', ACLs' : ''}` : 'PLAINTEXT',
    [...new Set(Object.values(e.databases).map((d) => d.sslmode))].join(', '),
    e.backend.type,
    e.phases.join(', '),
  ]);
  return table(['environment', 'what it is', 'engines', 'Kafka', 'Kafka security', 'PostgreSQL sslmode', 'Terraform state', 'phases'], rows);
}

function namesTable(p: Pipeline): string {
  const view = fullView(p);
  const rows: string[][] = [];
  for (const db of view.sourceDatabases) {
    rows.push([`publication in ${view.database(db).name}`, code(view.publicationName(db)), 'captured tables (with row filters), `cdc.heartbeat`, `cdc.debezium_signal`']);
    rows.push([`replication slot in ${view.database(db).name}`, code(view.slotName(db)), '`pgoutput`, read by the source connector']);
    rows.push(['source connector', code(view.sourceConnectorName(db)), words(view.capturedTables(db).map(code))]);
    rows.push(['heartbeat topic', code(view.heartbeatTopic(db)), 'heartbeats of the source connector']);
  }
  for (const f of view.flows) {
    rows.push([`change topic (flow ${f.id})`, code(view.changeTopic(f)), `changes of ${code(f.source.table)}`]);
    rows.push([`sink connector (flow ${f.id})`, code(view.sinkConnectorName(f)), `writes ${code(f.target.table)}`]);
    rows.push([`dead-letter topic (flow ${f.id})`, code(view.deadLetterTopic(f)), 'records the sink could not convert or transform']);
  }
  rows.push(['database roles', `${code(CAPTURE_ROLE)}, ${code(SINK_ROLE)}`, 'capture (LOGIN REPLICATION, SELECT) and sink (writes targets), in each database']);
  return table(['what', 'name', 'notes'], rows);
}

// ---- connectors ------------------------------------------------------------------------------------

/** Property → value in the reference environment, with the reason its builder gives, for the connectors of one kind. */
function settingsTable(p: Pipeline, kind: ConnectorKind): string {
  const ref = referenceEnv(p);
  // one reason per property across every environment (throws when two connectors disagree)
  const reasons = reasonsByKey(p.environments, kind);
  const refSettings = documentedConnectors(ref, kind).flatMap((c) => c.settings);
  const keys = [...new Set(refSettings.map((s) => s.key))];
  const rows = keys.map((key) => {
    const vals = [...new Set(refSettings.filter((s) => s.key === key).map((s) => s.value))];
    const shown = vals.length === 1 ? code(vals[0]) : vals.length <= 3 ? vals.map(code).join('<br>') : `per ${kind === 'source' ? 'database' : 'flow'} (${vals.length} values)`;
    return [code(key), shown, reasons.get(key)!];
  });
  const elsewhere = [...reasons.keys()].filter((k) => !keys.includes(k));
  return [
    table(['property', `value in ${code(ref.name)}`, 'why'], rows),
    ...(elsewhere.length ? ['', `Set only in other environments: ${elsewhere.map((k) => `${code(k)} (${reasons.get(k)})`).join('; ')}.`] : []),
  ].join('\n');
}

/** Properties whose value differs between environments, per environment (connectors of the same name). */
function settingsByEnvironment(p: Pipeline): string {
  const byEnv = p.environments.map((e) => new Map(exportedConnectors(e).map((c) => [c.name, c.config])));
  const names = [...new Set(byEnv.flatMap((m) => [...m.keys()]))].sort();
  const rows: string[][] = [];
  for (const name of names)
    for (const key of [...new Set(byEnv.flatMap((m) => Object.keys(m.get(name) ?? {})))].sort()) {
      const vals = byEnv.map((m) => m.get(name)?.[key]);
      if (new Set(vals).size > 1) rows.push([code(name), code(key), ...vals.map((v) => (v === undefined ? '—' : code(v)))]);
    }
  return rows.length ? table(['connector', 'property', ...p.environments.map((e) => code(e.name))], rows) : 'No property differs between environments.';
}

function connectorExample(p: Pipeline, kind: 'source' | 'sink'): string {
  const ref = referenceEnv(p);
  const c = exportedConnectors(ref).find((x) => x.name.endsWith(kind === 'source' ? 'citizen-source' : 'eligibility-sink')) ?? exportedConnectors(ref)[0];
  return [`${code(`config/${ref.name}/connectors/${c.name}.json`)}:`, '', fence('json', JSON.stringify(c.config, Object.keys(c.config).sort(), 2))].join('\n');
}

// ---- database side ----------------------------------------------------------------------------------

function publications(p: Pipeline): string {
  const view = fullView(p);
  return view.sourceDatabases.map((db) => [`${code(view.database(db).name)}:`, '', fence('sql', publicationSql(view, db))].join('\n')).join('\n\n');
}

function supportSql(p: Pipeline): string {
  const view = fullView(p);
  return view.databaseIds.filter((db) => view.targetTables(db).length)
    .map((db) => [`${code(view.database(db).name)}:`, '', fence('sql', captureSupportSql(view, db, SINK_ROLE))].join('\n'))
    .join('\n\n');
}

function echoFilters(p: Pipeline): string {
  const view = fullView(p);
  const ref = referenceEnv(p);
  const rows = exportedConnectors(ref)
    .filter((c) => c.config.transforms?.split(',').includes('dropSinkEchoes'))
    .map((c) => {
      const k = (key: string) => c.config[`transforms.dropSinkEchoes.${key}`];
      return [code(c.name), words(k('tables').split(',').map(code)), code(k('origin.column')), `${code(k('sink.value'))} always; ${code(k('sink.over.app.value'))} except in snapshot reads`];
    });
  const guarded = view.catalogue.databases.flatMap((d) => view.echoGuardedTables(d.id).map((t) => `${code(t)} (${d.name})`));
  return [
    `Tables with ${code(ORIGIN_COLUMN)}: ${words(guarded)}.`,
    '',
    table(['source connector', 'tables', 'origin column', 'dropped when the new row says'], rows),
  ].join('\n');
}

// ---- phases, topics, monitoring ----------------------------------------------------------------------

function phasesTable(p: Pipeline): string {
  const view = fullView(p);
  const what: Record<Phase, string> = {
    1: '',
    2: '',
    3: 'Ranger service definition, one service per database and one for Kafka, access and masking policies of the reader roles, Kafka topic policies for the Connect principal.',
    4: 'No resources of its own in the stack: monitoring uses what phases 1–2 deploy (heartbeats, dead-letter topics, slots, connector status) through the ops CLI\'s `status` command.',
  };
  const rows = (Object.keys(PHASES).map(Number) as Phase[]).map((ph) => {
    const flows = view.catalogue.flows.filter((f) => f.phase === ph);
    const content = flows.length ? `Flows ${words(flows.map((f) => `${f.id} (${f.name})`))}: their publication tables, triggers, slot, source connector, topics and sinks.` : what[ph];
    const envs = p.environments.filter((e) => e.env.phases.includes(ph)).map((e) => code(e.name));
    return [String(ph), PHASES[ph], content, envs.length ? words(envs) : 'none'];
  });
  return table(['phase', 'name', 'what it deploys', 'enabled in'], rows);
}

function topicsTable(p: Pipeline): string {
  const rows = p.environments.map((e) => {
    const t = exportedTopics(e);
    const r = (purpose: string) => {
      const x = t.find((s) => s.purpose === purpose);
      return x ? `${t.filter((s) => s.purpose === purpose).length} × ${x.partitions} partition(s), RF ${x.replicationFactor}, ${days(Number(x.config['retention.ms']))}` : '—';
    };
    return [code(e.name), r('change'), r('dead-letter'), r('heartbeat'), e.env.kafka.minInsyncReplicas];
  });
  return table(['environment', 'change topics', 'dead-letter topics', 'heartbeat topics', 'min.insync.replicas'], rows);
}

function deadLetters(p: Pipeline): string {
  const view = fullView(p);
  const rows = view.flows.map((f) => [code(view.deadLetterTopic(f)), code(view.sinkConnectorName(f)), code(f.target.table)]);
  return table(['dead-letter topic', 'written by', 'for target'], rows);
}

function walSettings(p: Pipeline): string {
  const dev = p.environments.find((e) => e.env.runtime === 'docker');
  const cmd = dev && Object.values(dev.stack.engines?.databases ?? {})[0];
  const args = cmd?.commandInput ?? [];
  const settings = args.filter((_, i) => args[i - 1] === '-c');
  if (!settings.length) return '_No Docker environment: see the local runtime for its settings._';
  return [`What \`${dev!.name}\` starts its PostgreSQL containers with:`, '', fence('', settings.join('\n'))].join('\n');
}

// ---- secrets and deployment -----------------------------------------------------------------------

function variablesTable(p: Pipeline): string {
  const names = [...new Set(p.environments.flatMap((e) => sensitiveVariables(e.stack).map((v) => v.name)))].sort();
  const desc = new Map(p.environments.flatMap((e) => sensitiveVariables(e.stack).map((v) => [v.name, v.description] as const)));
  const rows = names.map((n) => [code(`TF_VAR_${n}`), desc.get(n) ?? '', ...p.environments.map((e) => (sensitiveVariables(e.stack).some((v) => v.name === n) ? 'required' : '—'))]);
  return table(['variable', 'what', ...p.environments.map((e) => code(e.name))], rows);
}

/**
 * Where each secret lives, per environment: the ones connectors use sit in the Connect workers' secret
 * storage (read by their config provider); the ones Terraform itself uses are sensitive variables.
 */
function secretsTable(p: Pipeline): string {
  const rows = p.environments.flatMap((e) => {
    const store = e.env.connect.secrets;
    const workers = new Map<string, string[]>();
    for (const c of exportedConnectors(e))
      for (const v of Object.values(c.config)) {
        const n = workerSecretName(v);
        if (n) workers.set(n, [...new Set([...(workers.get(n) ?? []), c.name])]);
      }
    const filled = (n: string) =>
      e.env.runtime === 'local'
        ? n === HASH_SALT_SECRET
          ? 'generated once (random, mode 600) by `scripts/local-runtime.sh up`<!-- not run here: starts the engines the tests run on, already up -->'
          : 'written there by whoever adds the secret'
        : e.env.runtime === 'docker'
          ? `written by the stack into the Connect container from \`TF_VAR_${n}\``
          : 'put there by the platform on every worker (e.g. a mounted secret volume)';
    const worker = [...workers.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([n, cs]) => [code(e.name), code(n), `Connect worker (${cs.length} connector${cs.length > 1 ? 's' : ''}), via \`\${${store.provider}:${store.directory}:${n}}\``, `file \`${store.directory}/${n}\` on the workers; ${filled(n)}`]);
    const terraform = sensitiveVariables(e.stack).map((v) => [code(e.name), code(v.name), `Terraform: ${v.description}`, `\`TF_VAR_${v.name}\` at plan/apply, and the Terraform state (${e.env.backend.type === 'local' ? 'local file' : 'encrypted remote backend'})`]);
    return [...worker, ...terraform];
  });
  return table(['environment', 'secret', 'read by', 'lives in'], rows);
}

function backendsTable(p: Pipeline): string {
  const rows = p.environments.map(({ name, env: e }) => {
    const b = e.backend;
    const where = b.type === 'local' ? (b.withRuntime ? `\`$SMART_CDC_STATE/terraform/${name}.tfstate\`, beside the local engines' data` : `\`terraform.${name}.tfstate\` in the working directory`) : b.type === 's3' ? `s3://${b.bucket}/${b.key} (${b.region}, encrypted, locked by an S3 lock file)` : `${b.hostname}: ${b.organization}/${b.workspace}`;
    return [code(name), b.type, where];
  });
  return table(['environment', 'backend', 'state'], rows);
}

function endpointsTable(p: Pipeline, names: string[]): string {
  const rows = names.map((n) => {
    const e = env(p, n).env;
    return [
      code(n),
      ...p.catalogue.databases.map((d) => `${e.databases[d.id].host}:${e.databases[d.id].port}`),
      e.kafka.bootstrapServers.join(', '),
      e.connect.url,
      e.ranger?.url ?? (e.docker ? `—` : '—'),
    ];
  });
  return table(['environment', ...p.catalogue.databases.map((d) => d.name), 'Kafka', 'Kafka Connect', 'Ranger Admin'], rows);
}

function providersTable(p: Pipeline): string {
  // the providers the stacks use, with their version constraints, as synthesized
  const seen = new Map<string, string>();
  for (const e of p.environments) {
    const tf = (e.stack.toTerraform() as { terraform?: { required_providers?: Record<string, { source?: string; version?: string }> } }).terraform?.required_providers ?? {};
    for (const [, v] of Object.entries(tf)) if (v.source) seen.set(v.source, v.version ?? '');
  }
  return table(['provider', 'version'], [...seen.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([s, v]) => [code(s), v ? code(v) : 'any']));
}

function grantsTable(p: Pipeline): string {
  const view = fullView(p);
  const rows = view.databaseIds.map((db) => [
    view.database(db).name,
    `${code(CAPTURE_ROLE)}: LOGIN REPLICATION; SELECT on ${words(view.capturedTables(db).map(code)) || 'nothing'}; SELECT, INSERT, UPDATE on \`cdc.heartbeat\`, \`cdc.debezium_signal\``,
    `${code(SINK_ROLE)}: LOGIN; SELECT, INSERT, UPDATE, DELETE on ${words(view.targetTables(db).map(code)) || 'nothing'}`,
  ]);
  return table(['database', 'capture role', 'sink role'], rows);
}

function rangerPolicies(p: Pipeline): string {
  const ref = p.environments.find((e) => environmentRanger(e)) ;
  if (!ref) return '_No environment enables phase 3._';
  const docs = environmentRanger(ref)!;
  const type = (t: number) => (t === POLICY_TYPE.access ? 'access' : t === POLICY_TYPE.dataMask ? 'masking' : 'row filter');
  const res = (r: Record<string, { values: string[] }>) => Object.entries(r).map(([k, v]) => `${k}=${v.values.join(',')}`).join('; ');
  const who = (pol: (typeof docs.policies)[number]) =>
    [
      ...pol.policyItems.map((i) => `allow ${[...i.roles, ...i.users, ...i.groups].join(',')}: ${i.accesses.map((a) => a.type).join(',')}`),
      ...pol.dataMaskPolicyItems.map((i) => `${[...i.roles, ...i.users, ...i.groups].join(',')}: ${i.dataMaskInfo.dataMaskType}`),
      ...pol.denyPolicyItems.map((i) => `deny ${[...i.roles, ...i.users, ...i.groups].join(',')}: ${i.accesses.map((a) => a.type).join(',')}`),
      ...pol.denyExceptions.map((i) => `except ${[...i.roles, ...i.users, ...i.groups].join(',')}`),
    ].join('<br>');
  const rows = docs.policies.map((pol) => [code(pol.name), type(pol.policyType), res(pol.resources), who(pol)]);
  return [
    `Services in ${code(ref.name)}: ${words(docs.services.map((s) => `${code(s.name)} (type ${code(s.type)})`))}. Policies:`,
    '',
    table(['policy', 'type', 'resources', 'items'], rows),
  ].join('\n');
}

/** The masking gate's rules: id, what each checks and why it exists. */
function maskingRules(): string {
  return table(['rule', 'checks', 'why'], MASKING_RULES.map((r) => [code(r.id), r.name, r.why]));
}

/** The alias under which every environment's workers register the config provider the connectors' secret references name. */
export function secretsProvider(p: Pipeline): string {
  const aliases = [...new Set(p.environments.map((e) => e.env.connect.secrets.provider))];
  if (aliases.length !== 1) throw new Error(`docs: environments register the secrets provider under different aliases (${aliases.join(', ')})`);
  return aliases[0];
}

/** Sections of figures, from the results recorded in docs/measurements/ (never typed into a document). */
export function measurementSections(m: Measurements): Sections {
  return {
    healingFaults: () => healingTable(m, 'faults'),
    healingOutages: () => healingTable(m, 'outages'),
    benchSynth: () => timingLine(m.synth, 'npm run bench'),
    benchStatus: () => timingLine(m.status, 'npm run bench:status'),
    benchPipeline: () => pipelineRun(m),
  };
}

export const SECTIONS: Sections = {
  /** README: the rules the pipeline keeps, each with the claims that prove it (scripts/docs/claims.ts) */
  promises: () => promisesTable(),
  /** README: what the tests prove, each claim with its tests */
  testedClaims: () => claimsTable(),
  maskingRules,
  secretsProvider,
  /** the version an application write of a shared field gets (the trigger's hybrid logical clock) */
  clockRule: () => code(clockRule()),
  architecture: architectureDiagram,
  environments: environmentsTable,
  names: namesTable,
  sourceSettings: (p) => settingsTable(p, 'source'),
  sinkSettings: (p) => settingsTable(p, 'sink'),
  supervisorSettings: (p) => settingsTable(p, 'supervisor'),
  settingsByEnvironment,
  sourceExample: (p) => connectorExample(p, 'source'),
  sinkExample: (p) => connectorExample(p, 'sink'),
  publications,
  supportSql,
  echoFilters,
  /** what becomes of each kind of change to a captured table (outcomes.ts) */
  changeOutcomes: (p) => table(['Change', 'Outcome', 'How', 'Proved by'], CHANGE_OUTCOMES.map((o) => [o.change, `**${o.outcome}**`, o.how(fullView(p)), o.proof.map((f) => `[${f.split('/').pop()}](../${f})`).join(', ')])),
  phases: phasesTable,
  /** the exporter's series (monitoring/metrics.ts) */
  monitoringMetrics: () => table(['metric (gauge)', 'labels', 'what it is'], Object.values(METRICS).map((m) => [code(m.name), ['environment', ...m.labels].map(code).join(', '), m.help])),
  /** the engines' series, as monitoring/jmx/*.yml write them (monitoring/jmx.ts) */
  monitoringEngineMetrics: () => table(['metric', 'engine', 'type', 'labels', 'what it is'], Object.values(JMX_METRICS).map((m) => [code(m.name), m.engine === 'kafka' ? 'Kafka broker' : 'Kafka Connect worker', m.type, ['environment', ...m.labels].map(code).join(', '), m.help])),
  /** `{{monitoringAlerts:prod}}`: the alert rules of an environment, one row per alert of its first flow and source database, and the pipeline's */
  monitoringAlerts: (p, name) => {
    const e = env(p, name ?? '');
    const groups = alertRules(e.stack.view, e.env);
    const sample = [groups.find((g) => g.name.includes('-flow-')), groups.find((g) => g.name.includes('-source-')), groups.find((g) => g.name.endsWith('-pipeline'))].filter((g) => g !== undefined);
    return table(
      ['group', 'alert', 'fires when', 'for', 'severity', 'what to do'],
      sample.flatMap((g) => g.rules.map((r) => [code(g.name), code(r.alert), code(r.expr), r.for, r.labels.severity, `${r.annotations.summary}: ${code(r.annotations.runbook)}<!-- not run here: an alert's runbook, against ${name}'s endpoints -->`])),
    );
  },
  topics: topicsTable,
  deadLetters,
  walSettings,
  variables: variablesTable,
  backends: backendsTable,
  secrets: secretsTable,
  /** `{{endpoints:staging,prod}}` */
  endpoints: (p, names) => endpointsTable(p, (names ?? '').split(',')),
  /** `{{exportVariables:dev}}`: the shell exports an environment's deployment needs (values elided) */
  exportVariables: (p, name) => {
    const vars = sensitiveVariables(env(p, name ?? '').stack).map((v) => `export TF_VAR_${v.name}=…`);
    const why = env(p, name ?? '').env.runtime === 'docker' ? `deploys ${name}: needs a Docker daemon and the TF_VAR_ secrets` : `deploys ${name}: needs its endpoints and the TF_VAR_ secrets`;
    return [`<!-- not run here: ${why} -->`, fence('sh', ['export CHECKPOINT_DISABLE=1', ...vars, `npx cdktf deploy ${name}`].join('\n'))].join('\n');
  },
  providers: providersTable,
  grants: grantsTable,
  rangerPolicies,
  referenceEnv: (p) => code(referenceEnv(p).name),
  hashList: (p) => {
    const view = fullView(p);
    const cols = view.catalogue.databases.flatMap((d) => view.capturedTables(d.id).flatMap((t) => view.columnsOfClass(d.id, t, 'SENSITIVE').map((c) => code(`${d.name}.${t}.${c}`))));
    return cols.length ? words(cols) : 'none';
  },
  internalList: (p) => {
    const view = fullView(p);
    const cols = view.catalogue.databases.flatMap((d) => view.capturedTables(d.id).flatMap((t) => view.columnsOfClass(d.id, t, 'INTERNAL').map((c) => code(`${t}.${c}`))));
    return cols.length ? words(cols) : 'none';
  },
  originValue: () => code(`${ORIGIN_COLUMN} = '${ORIGIN_SINK}'`),
  /** `{{slot:warehouse}}`, `{{publication:citizen}}`, `{{source:citizen}}`: a name, unquoted */
  slot: (p, db) => fullView(p).slotName(dbArg(p, db)),
  publication: (p, db) => fullView(p).publicationName(dbArg(p, db)),
  source: (p, db) => fullView(p).sourceConnectorName(dbArg(p, db)),
  /** `{{sink:1}}`, `{{topic:1}}`, `{{dlq:1}}`, `{{target:1}}`, `{{sourceTable:1}}`: by flow id */
  sink: (p, f) => fullView(p).sinkConnectorName(flowArg(p, f)),
  topic: (p, f) => fullView(p).changeTopic(flowArg(p, f)),
  dlq: (p, f) => fullView(p).deadLetterTopic(flowArg(p, f)),
  target: (p, f) => flowArg(p, f).target.table,
  sourceTable: (p, f) => flowArg(p, f).source.table,
  /** the table name without schema, as PostgreSQL prints it in errors */
  targetName: (p, f) => flowArg(p, f).target.table.split('.')[1],
  sourceName: (p, f) => flowArg(p, f).source.table.split('.')[1],
  phasesOf: (p, name) => words(env(p, name ?? '').env.phases.map(String)),
  captureRole: () => CAPTURE_ROLE,
  sinkRole: () => SINK_ROLE,
  envValue: (p, path) => envValue(p, path),
};
