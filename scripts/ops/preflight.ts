/**
 * `preflight <env>`: can this environment run the pipeline? Reads each database, Kafka and Connect
 * and judges them with checks.ts. `--fix` applies the safe fixes, then checks again.
 */
import { Client } from 'pg';
import { CARRIED_SCHEMA_CLASS, DROP_SINK_ECHOES_CLASS, HASH_COLUMNS_CLASS } from '../../constructs/connect/transforms';
import { CATALOGUE_JSON_CONVERTER } from '../../constructs/connect/converters';
import { SNAPSHOT_LIMITS } from '../../constructs/connect/field-types';
import { CAPTURE_ROLE, filterSql, HEARTBEAT_TABLE, SIGNAL_TABLE, SINK_ROLE, SUPPORT_SCHEMA } from '../../catalogue/derive';
import { DatabaseId } from '../../catalogue/model';
import { captureSecret } from '../../environments/schema';
import { publicationSql } from '../../constructs/database/sql';
import { PARKING_SINK_CLASS } from '../../constructs/connect/jdbc-sink';
import { PLUGIN_JAR_NAME, PLUGIN_VERSION } from '../../constructs/connect/plugin';
import { SUPERVISOR_CLASS } from '../../constructs/connect/supervisor';
import { applicationWriteChecks, installSql } from './app-writes';
import { Drift, driftFix, judgeDrift, readCarriedColumns } from './drift';
import { topicSpecs } from '../../constructs/streaming/topics';
import { ConnectApi, ConnectorExpanded, endpointError, pgConnect, withKafka } from './clients';
import { OpsContext } from './context';
import { describeError } from './errors';
import { renderTable, versionAtLeast } from './format';
import {
  brokerCheck,
  capacityCheck,
  Check,
  fixable,
  PENDING,
  pluginCheck,
  PluginRow,
  preflightExit,
  publicationCheck,
  replicaIdentityCheck,
  resyncFix,
  mayManageReplicationRoles,
  roleCheck,
  serverVersionCheck,
  Setting,
  slotWalKeepCheck,
  walLevelCheck,
} from './checks';
import { patchText, signalProblems } from './signals';
import { CLI, Io } from './io';

/** The roles the database layer creates (constructs/database/database-layer.ts). */
export const ROLES = {
  capture: { name: CAPTURE_ROLE, want: { login: true, replication: true, superuser: false } },
  sink: { name: SINK_ROLE, want: { login: true, replication: false, superuser: false } },
} as const;

export const MIN_SERVER_VERSION = 150000;
export const PLUGINS = [
  { cls: 'io.debezium.connector.postgresql.PostgresConnector', min: '3.0', why: 'the source connectors' },
  { cls: 'io.debezium.connector.jdbc.JdbcSinkConnector', min: '3.0', why: 'the sink connectors' },
  { cls: 'io.debezium.transforms.ExtractNewRecordState', min: '3.0', why: 'the sinks unwrap change events' },
];
/** The pipeline's own plugin (connect-plugin/): the sinks and the supervisor. */
export const OWN_PLUGINS = [
  { cls: PARKING_SINK_CLASS, min: PLUGIN_VERSION, why: `the sinks (install ${PLUGIN_JAR_NAME} into the Debezium JDBC sink's plugin directory)` },
  { cls: SUPERVISOR_CLASS, min: PLUGIN_VERSION, why: `the supervisor that restarts failed tasks (same jar, ${PLUGIN_JAR_NAME})` },
  { cls: CATALOGUE_JSON_CONVERTER, min: PLUGIN_VERSION, why: `the sinks read records with the catalogue's schemas (same jar, ${PLUGIN_JAR_NAME})` },
  { cls: CARRIED_SCHEMA_CLASS, min: PLUGIN_VERSION, why: `the sources name each record's shape for the sinks' drift check (same jar, ${PLUGIN_JAR_NAME})` },
];
export const ECHO_SMT = { cls: DROP_SINK_ECHOES_CLASS, min: '1.0', why: 'loop prevention drops sink echoes (connect-plugin/)' };
export const HASH_SMT = { cls: HASH_COLUMNS_CLASS, min: '1.0', why: 'SENSITIVE columns are hashed at the source (connect-plugin/)' };
/**
 * Connect ≥ 4.2: its JsonConverter reads records with a given schema (`schema.content`, KIP-1054),
 * which the sinks read with; (≥ 3.6 has PUT /connectors/{n}/stop and the offsets API that bootstrap
 * and repair use).
 */
export const MIN_CONNECT_VERSION = '4.2';

/** The checks of one database (exported for the e2e test of a database the stack is not installed in yet). */
export async function databaseChecks(ctx: OpsContext, id: DatabaseId, slotWalKeepSize: string): Promise<Check[]> {
  const t = ctx.databases[id];
  const area = id;
  const out: Check[] = [];
  let c: Client | undefined;
  try {
    c = await pgConnect(t);
  } catch (e) {
    return [{ area, name: 'connection', status: 'fail', detail: endpointError(t.label, e).message, fix: `check databases.${id} of environment '${ctx.env.name}' and its password (TF_VAR_… / PGPASSWORD)` }];
  }
  try {
    out.push({ area, name: 'connection', status: 'ok', detail: `${t.host}:${t.port}/${t.database} as ${t.user}` });
    const q = async <T>(sql: string, params: unknown[] = []) => (await c!.query(sql, params)).rows as T[];
    const [{ v }] = await q<{ v: string }>(`SELECT current_setting('server_version_num') AS v`);
    out.push(serverVersionCheck(area, Number(v), MIN_SERVER_VERSION));

    const settings = new Map(
      (
        await q<{ name: string; setting: string; unit: string | null; pending_restart: boolean; context: string }>(
          `SELECT name, setting, unit, pending_restart, context FROM pg_settings WHERE name IN ('wal_level', 'max_replication_slots', 'max_wal_senders', 'max_slot_wal_keep_size')`,
        )
      ).map((r): [string, Setting] => [r.name, { name: r.name, setting: r.setting, unit: r.unit, pendingRestart: r.pending_restart, context: r.context }]),
    );
    const source = ctx.names.sources.find((s) => s.db === id);
    const [{ others, senders }] = await q<{ others: string; senders: string }>(
      `SELECT (SELECT count(*) FROM pg_replication_slots WHERE slot_name <> $1) AS others,
              (SELECT count(*) FROM pg_stat_replication r LEFT JOIN pg_replication_slots s ON s.active_pid = r.pid WHERE s.slot_name IS DISTINCT FROM $1) AS senders`,
      [source?.slot ?? ''],
    );
    const ours = source ? 1 : 0;
    out.push(walLevelCheck(area, settings.get('wal_level')!));
    out.push(capacityCheck(area, settings.get('max_replication_slots')!, Number(others) + ours, `${ours} pipeline slot + ${others} other slot(s)`));
    out.push(capacityCheck(area, settings.get('max_wal_senders')!, Number(senders) + ours, `${ours} pipeline stream + ${senders} other sender(s)`));
    out.push(slotWalKeepCheck(area, settings.get('max_slot_wal_keep_size')!, slotWalKeepSize));

    const roles = new Map(
      (await q<{ rolname: string; login: boolean; replication: boolean; superuser: boolean }>(
        `SELECT rolname, rolcanlogin AS login, rolreplication AS replication, rolsuper AS superuser FROM pg_roles WHERE rolname = ANY($1)`,
        [[ROLES.capture.name, ROLES.sink.name, t.user]],
      )).map((r) => [r.rolname, r]),
    );
    const db = ctx.env.databases[id];
    const platform = db.captureRole === 'platform';
    out.push(roleCheck(area, ROLES.capture.name, roles.get(ROLES.capture.name), ROLES.capture.want, { platform, secret: captureSecret(id, db) }));
    out.push(roleCheck(area, ROLES.sink.name, roles.get(ROLES.sink.name), ROLES.sink.want));
    // before Terraform tries: an admin that may not create (or alter) a REPLICATION role fails half-way
    const admin = roles.get(t.user);
    if (!platform && admin && !mayManageReplicationRoles(Number(v), admin))
      out.push({
        area,
        name: `admin ${t.user}`,
        status: 'fail',
        detail: `may not create or alter the REPLICATION role ${ROLES.capture.name} (PostgreSQL ${Math.floor(Number(v) / 10000)} allows it to a superuser only${Number(v) >= 160000 ? ' or a CREATEROLE user that has REPLICATION' : ''})`,
        fix: `set databases.${id}.captureRole: 'platform' in environment '${ctx.env.name}' and have a superuser run CREATE ROLE ${ROLES.capture.name} WITH LOGIN REPLICATION NOSUPERUSER PASSWORD '<the workers' ${captureSecret(id, { ...db, captureRole: 'platform' })}>'`,
      });

    const createdByStack = ctx.env.runtime !== 'external';
    const captured = ctx.view.capturedTables(id);
    const targets = ctx.view.targetTables(id);
    const tables = [...new Set([...captured, ...targets, HEARTBEAT_TABLE, SIGNAL_TABLE])];
    const identity = new Map(
      (await q<{ t: string; ident: string | null }>(
        `SELECT t, (SELECT relreplident::text FROM pg_class WHERE oid = to_regclass(t)) AS ident FROM unnest($1::text[]) AS t`,
        [tables],
      )).map((r) => [r.t, r.ident ?? undefined]),
    );
    const absent = tables.filter((x) => identity.get(x) === undefined);
    const support = [HEARTBEAT_TABLE, SIGNAL_TABLE];
    out.push(
      absent.length === 0
        ? { area, name: 'tables', status: 'ok', detail: `${tables.length} present: ${tables.join(', ')}` }
        : absent.every((x) => support.includes(x)) || createdByStack
          ? { area, name: 'tables', status: 'pending', detail: `${absent.join(', ')} ${PENDING}` }
          : { area, name: 'tables', status: 'fail', detail: `missing ${absent.filter((x) => !support.includes(x)).join(', ')} (the application owns them)`, fix: 'create them (docs/DATA_MAPPING_REFERENCE.md)' },
    );
    const [{ installed }] = await q<{ installed: boolean }>('SELECT to_regnamespace($1) IS NOT NULL AS installed', [SUPPORT_SCHEMA]);
    for (const table of captured) {
      const f = ctx.view.filterOf(id, table);
      out.push(replicaIdentityCheck(area, table, f && filterSql(f), identity.get(table), createdByStack, !installed));
    }

    // the applications' writes, once their tables exist: before the stack is installed too (no cdc
    // schema yet), when the probe installs what the stack would in its rolled-back transaction
    const appTables = [...new Set([...captured, ...targets])];
    if (appTables.every((x) => identity.get(x) !== undefined)) {
      out.push(...(await applicationWriteChecks(c, area, ctx.env.name, t.user, appTables, [ROLES.capture.name, ROLES.sink.name], installed ? [] : installSql(ctx.view, id))));
    }

    // schema drift: every column a flow reads here or writes here, as the catalogue says
    if (absent.length === 0) {
      const drift = judgeDrift(ctx.view, id, await readCarriedColumns(c, ctx.view, id));
      for (const d of drift) out.push(await driftCheck(c, ctx, d, area, createdByStack));
      if (!drift.length) out.push({ area, name: 'carried columns', status: 'ok', detail: `${ctx.view.carriedColumns(id).length} columns of ${new Set(ctx.view.carriedColumns(id).map((x) => x.table)).size} tables as the catalogue says` });
      out.push(...(await snapshotLimitChecks(c, ctx, id, area, new Set(drift.map((d) => `${d.table}.${d.column}`)))));
      const [{ n }] = await q<{ n: string }>(`SELECT count(*) AS n FROM pg_event_trigger WHERE evtname IN ('smart_cdc_guard_carried_columns', 'smart_cdc_guard_carried_tables') AND evtenabled <> 'D'`);
      out.push(
        Number(n) === 2
          ? { area, name: 'DDL guard', status: 'ok', detail: 'DDL that renames, drops or retypes a carried column is refused (event triggers)' }
          : {
              area,
              name: 'DDL guard',
              status: createdByStack ? 'pending' : 'warn',
              detail: createdByStack ? PENDING : 'not installed (the stack\'s admin is not a superuser): such DDL is not refused; status reports drift and the sinks park drifted records',
              ...(createdByStack ? {} : { fix: 'as a superuser, run sql/V003__self_healing.sql on this database' }),
            },
      );
    }

    if (source) {
      const pub = await q<{ pubinsert: boolean; pubupdate: boolean; pubdelete: boolean; pubtruncate: boolean }>(`SELECT pubinsert, pubupdate, pubdelete, pubtruncate FROM pg_publication WHERE pubname = $1`, [source.publication]);
      const rows = pub.length
        ? (await q<{ t: string; rowfilter: string | null }>(`SELECT schemaname || '.' || tablename AS t, rowfilter FROM pg_publication_tables WHERE pubname = $1`, [source.publication])).map((r) => ({ table: r.t, rowfilter: r.rowfilter }))
        : [];
      const publishes = pub.length ? (['insert', 'update', 'delete', 'truncate'] as const).filter((o) => pub[0][`pub${o}`]) : [];
      out.push(
        publicationCheck(
          area,
          {
            name: source.publication,
            tables: [...captured.map((table) => ({ table, filter: ctx.view.filterOf(id, table) })), { table: HEARTBEAT_TABLE }, { table: SIGNAL_TABLE }],
            sql: publicationSql(ctx.view, id),
            filterText: filterSql,
          },
          pub.length ? { rows, publishes: [...publishes] } : undefined,
        ),
      );
      const slot = await q<{ plugin: string; database: string; wal_status: string | null }>(`SELECT plugin, database, wal_status FROM pg_replication_slots WHERE slot_name = $1`, [source.slot]);
      if (!slot.length) out.push({ area, name: `slot ${source.slot}`, status: 'pending', detail: PENDING });
      else if (slot[0].plugin !== 'pgoutput' || slot[0].database !== t.database)
        out.push({ area, name: `slot ${source.slot}`, status: 'fail', detail: `uses ${slot[0].plugin} on ${slot[0].database}, must be pgoutput on ${t.database}`, fix: `stop ${source.connector}, SELECT pg_drop_replication_slot('${source.slot}'), re-run bootstrap (the connector re-snapshots)` });
      else if (slot[0].wal_status === 'lost')
        out.push({ area, name: `slot ${source.slot}`, status: 'fail', detail: 'lost the WAL it needed (max_slot_wal_keep_size exceeded)', fix: resyncFix(CLI, ctx.env.name, id) });
      else out.push({ area, name: `slot ${source.slot}`, status: 'ok', detail: `pgoutput, wal_status ${slot[0].wal_status}` });
    }
  } catch (e) {
    out.push({ area, name: 'queries', status: 'fail', detail: `${t.label}: ${describeError(e)}` });
  } finally {
    await c.end().catch(() => undefined);
  }
  return out;
}

async function kafkaChecks(ctx: OpsContext): Promise<Check[]> {
  const k = ctx.env.kafka;
  try {
    return await withKafka(ctx.kafka, async (admin) => {
      const cluster = await admin.cluster();
      const out: Check[] = [{ area: 'kafka', name: 'connection', status: 'ok', detail: `${ctx.kafka.brokers.join(',')}: cluster ${cluster.id}, ${cluster.brokers} broker(s)` }];
      out.push(...brokerCheck(cluster.brokers, k.brokers, k.replicationFactor, k.minInsyncReplicas));
      const specs = topicSpecs(ctx.view, ctx.env);
      const existing = new Set(await admin.listTopics());
      const missing = specs.filter((s) => !existing.has(s.name));
      const present = specs.filter((s) => existing.has(s.name));
      const wrong: string[] = [];
      if (present.length) {
        const shapes = await admin.topicShapes(present.map((s) => s.name));
        for (const [name, t] of shapes) {
          const spec = specs.find((s) => s.name === name)!;
          if (t.replicationFactor < spec.replicationFactor) wrong.push(`${name} has replication factor ${t.replicationFactor} < ${spec.replicationFactor}`);
          if (t.partitions < spec.partitions) wrong.push(`${name} has ${t.partitions} partition(s) < ${spec.partitions}`);
        }
      }
      if (wrong.length) out.push({ area: 'kafka', name: 'topics', status: 'warn', detail: wrong.join('; '), fix: 'recreate or reassign the topics (partitions can only grow; replication factor needs a reassignment)' });
      else if (missing.length) out.push({ area: 'kafka', name: 'topics', status: 'pending', detail: `${missing.length} of ${specs.length} ${PENDING}: ${missing.map((s) => s.name).join(', ')}` });
      else out.push({ area: 'kafka', name: 'topics', status: 'ok', detail: `${specs.length} present` });
      return out;
    });
  } catch (e) {
    return [{ area: 'kafka', name: 'connection', status: 'fail', detail: describeError(e), fix: `check kafka.bootstrapServers of environment '${ctx.env.name}' and its credentials` }];
  }
}

async function connectChecks(ctx: OpsContext): Promise<Check[]> {
  const api = new ConnectApi(ctx.connect);
  let info: { version: string };
  try {
    info = await api.get<{ version: string }>('/');
  } catch (e) {
    return [{ area: 'connect', name: 'connection', status: 'fail', detail: describeError(e), fix: `check connect.url of environment '${ctx.env.name}' and its credentials` }];
  }
  const out: Check[] = [{ area: 'connect', name: 'connection', status: 'ok', detail: `${ctx.connect.url}: Kafka Connect ${info.version}` }];
  if (!versionAtLeast(info.version, MIN_CONNECT_VERSION))
    out.push({ area: 'connect', name: 'worker version', status: 'fail', detail: `${info.version} < ${MIN_CONNECT_VERSION}: its JsonConverter has no schema.content, which the sinks read records with`, fix: `upgrade the Connect workers to Kafka ≥ ${MIN_CONNECT_VERSION}` });
  try {
    const plugins = await api.get<PluginRow[]>('/connector-plugins?connectorsOnly=false');
    for (const p of [...PLUGINS, ...OWN_PLUGINS]) out.push(pluginCheck(plugins, p.cls, p.min, p.why));
    if (ctx.view.sourceDatabases.some((db) => ctx.view.echoGuardedTables(db).length)) out.push(pluginCheck(plugins, ECHO_SMT.cls, ECHO_SMT.min, ECHO_SMT.why));
    const hashes = ctx.view.sourceDatabases.some((db) => ctx.view.flowsFrom(db).some((f) => ctx.view.columnsOfClass(db, f.source.table, 'SENSITIVE').some((c) => c in f.fields)));
    if (hashes) out.push(pluginCheck(plugins, HASH_SMT.cls, HASH_SMT.min, HASH_SMT.why));
  } catch (e) {
    out.push({ area: 'connect', name: 'plugins', status: 'fail', detail: describeError(e) });
  }
  // repair snapshot needs the deployed sources to act on signals
  try {
    const all: Record<string, ConnectorExpanded> = await api.connectors();
    const topics = await withKafka(ctx.kafka, (a) => a.listTopics()).catch(() => [] as string[]);
    for (const s of ctx.names.sources) {
      const config = all[s.connector]?.info?.config;
      if (!config) continue;
      const problems = signalProblems(config, topics.includes(`${config['topic.prefix']}.${SIGNAL_TABLE}`));
      out.push(
        problems.length
          ? { area: 'connect', name: `signals ${s.connector}`, status: 'warn', detail: `repair snapshot would not work: ${problems.map((p) => p.problem).join('; ')}`, fix: `set in the source connector config: ${patchText(config)}` }
          : { area: 'connect', name: `signals ${s.connector}`, status: 'ok', detail: `acts on ${SIGNAL_TABLE} signals` },
      );
    }
  } catch {
    // connectors not readable: status reports them
  }
  return out;
}

export async function gatherChecks(ctx: OpsContext, slotWalKeepSize = '10GB'): Promise<Check[]> {
  const parts = await Promise.all([...ctx.view.databaseIds.map((id) => databaseChecks(ctx, id, slotWalKeepSize)), kafkaChecks(ctx), connectChecks(ctx)]);
  return parts.flat();
}

export interface FixResult {
  readonly check: string;
  readonly sql: readonly string[];
  readonly restart: boolean;
  readonly error?: string;
}

/** Applies the safe fixes of failed checks, per database, in order. */
export async function applyFixes(ctx: OpsContext, checks: readonly Check[]): Promise<FixResult[]> {
  const results: FixResult[] = [];
  for (const c of fixable(checks)) {
    const db = ctx.databases[c.area as DatabaseId];
    if (!db) continue;
    try {
      const client = await pgConnect(db);
      try {
        for (const sql of c.autoFix!.sql) await client.query(sql);
      } finally {
        await client.end().catch(() => undefined);
      }
      results.push({ check: `${c.area}: ${c.name}`, sql: c.autoFix!.sql, restart: c.autoFix!.restart });
    } catch (e) {
      results.push({ check: `${c.area}: ${c.name}`, sql: c.autoFix!.sql, restart: c.autoFix!.restart, error: describeError(e) });
    }
  }
  return results;
}

const MARK: Record<Check['status'], string> = { ok: 'ok', fail: 'FAIL', warn: 'warn', pending: 'pending', restart: 'RESTART' };

export function renderChecks(envName: string, checks: readonly Check[], fixes?: readonly FixResult[]): string {
  const rows: string[][] = [];
  for (const c of checks) {
    rows.push([MARK[c.status], c.area, c.name, c.detail]);
    if (c.fix && c.status !== 'ok') rows.push(['', '', '', `fix: ${c.fix}`]);
  }
  const count = (s: Check['status']) => checks.filter((c) => c.status === s).length;
  const lines = [`SMART CDC preflight — environment ${envName}`, '', renderTable(['STATUS', 'AREA', 'CHECK', 'DETAIL'], rows)];
  if (fixes) {
    lines.push('', fixes.length ? 'Applied by --fix:' : 'Nothing for --fix to apply.');
    for (const f of fixes) lines.push(`  ${f.error ? 'FAILED ' : ''}${f.check}: ${f.sql.join('; ')}${f.error ? ` — ${f.error}` : f.restart ? '  (takes effect after a PostgreSQL restart)' : ''}`);
  }
  const restarts = checks.filter((c) => c.status === 'restart').map((c) => c.area);
  if (restarts.length) lines.push('', `Restart needed: PostgreSQL of ${[...new Set(restarts)].join(', ')} (settings changed with ALTER SYSTEM take effect after a restart).`);
  lines.push(
    '',
    `Summary: ${count('ok')} ok, ${count('fail')} failed, ${count('restart')} waiting for a restart, ${count('warn')} warnings, ${count('pending')} pending (created by bootstrap).`,
  );
  return lines.join('\n');
}

export async function runPreflight(ctx: OpsContext, flags: Record<string, unknown>, io: Io): Promise<number> {
  const keep = String(flags['slot-wal-keep-size'] ?? '10GB');
  let checks = await gatherChecks(ctx, keep);
  let fixes: FixResult[] | undefined;
  if (flags.fix === true) {
    fixes = await applyFixes(ctx, checks);
    if (fixes.length) {
      await new Promise((r) => setTimeout(r, 300)); // pg_reload_conf() signals asynchronously
      checks = await gatherChecks(ctx, keep);
    }
  }
  const code = preflightExit(checks);
  if (flags.json === true) io.out(JSON.stringify({ environment: ctx.env.name, ok: code === 0, exitCode: code, checks, ...(fixes ? { fixes } : {}) }, null, 2));
  else io.out(renderChecks(ctx.env.name, checks, fixes));
  return code;
}

/**
 * A drifted carried column. Where the stack creates the tables (local, dev), a column the catalogue
 * gained is added by the deploy (the reference schema's ADD COLUMN), unless it cannot be: NOT NULL
 * without a default on a table that holds rows.
 */
async function driftCheck(c: Client, ctx: OpsContext, d: Drift, area: string, createdByStack: boolean): Promise<Check> {
  const name = `carried column ${d.table}.${d.column}`;
  const failed: Check = { area, name, status: 'fail', detail: `${d.problem} (flow ${d.flows.join(', ')})`, fix: driftFix(d, ctx.env.name) };
  if (!createdByStack || d.kind !== 'missing') return failed;
  const col = ctx.view.column(d.database, d.table, d.column);
  if (col.nullable === false && !col.default) {
    const [{ rows }] = (await c.query<{ rows: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${d.table}) AS rows`)).rows;
    if (rows)
      return { ...failed, detail: `${d.problem} (flow ${d.flows.join(', ')}); the deploy cannot add it: NOT NULL without a default, and ${d.table} holds rows`, fix: `give ${d.column} a default or make it nullable in catalogue/smart.ts` };
  }
  return { area, name, status: 'pending', detail: `missing: the deploy adds it (${col.type}; flow ${d.flows.join(', ')})` };
}

/** Values in carried columns that a snapshot cannot carry (field-types.ts SNAPSHOT_LIMITS): counted, each a failure naming its column. */
async function snapshotLimitChecks(c: Client, ctx: OpsContext, id: DatabaseId, area: string, drifted: ReadonlySet<string>): Promise<Check[]> {
  const out: Check[] = [];
  const seen = new Set<string>();
  for (const f of ctx.view.flowsFrom(id))
    for (const column of Object.keys(f.fields)) {
      const col = ctx.view.column(id, f.source.table, column);
      const limit = SNAPSHOT_LIMITS.find((l) => l.type.test(col.type.trim().toLowerCase()));
      const at = `${f.source.table}.${column}`;
      if (!limit || col.class === 'SENSITIVE' || seen.has(at) || drifted.has(at)) continue;
      seen.add(at);
      const [{ n }] = (await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${f.source.table} WHERE ${limit.where(column)}`)).rows;
      if (Number(n) > 0)
        out.push({ area, name: `values of ${at}`, status: 'fail', detail: `${n} row(s) hold ${limit.why}`, fix: `change those values, or keep them out of flow ${f.name} (its filter), or stop carrying ${column}` });
    }
  if (!out.length && seen.size) out.push({ area, name: 'values a snapshot cannot carry', status: 'ok', detail: `none in ${[...seen].join(', ')}` });
  return out;
}
