/**
 * A flow's first copy in bulk: the source rows it carries go straight into its target with
 * PostgreSQL's COPY, mapped in SQL as the streaming path maps them (flow-sql.ts: filter, renames,
 * SENSITIVE text as its salted hash, computed at the source so the clear text never leaves it).
 *
 * The target side writes as the sink role, in one transaction:
 *  - COPY into a temporary table of the target's column types;
 *  - the sink's own statement, INSERT … ON CONFLICT (key) DO UPDATE of the carried columns, so the
 *    loop-prevention and last-writer-wins triggers treat every row as a sink write;
 *  - for a flow that carries deletes, the target rows whose key the copy does not hold are deleted
 *    (rows the application wrote at an origin-marked target itself stay, as the sink never deletes them).
 *
 * Consistency is the caller's (resync.ts): the slot exists before the copy reads, and the source
 * streams from the slot's start only after the copy committed, so every change the copy missed or
 * read half-way is applied after it, in order, by idempotent upserts and deletes.
 */
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { pipeline } from 'stream/promises';
import { ORIGIN_COLUMN, ORIGIN_SINK, ORIGIN_SINK_OVER_APP, SINK_ROLE } from '../../catalogue/derive';
import { FlowDef } from '../../catalogue/model';
import { pgConnect } from './clients';
import { OpsContext, PgTarget } from './context';
import { OpsError } from './errors';
import { carriedRowsConditions, carriedValueSql, sensitiveColumns } from './flow-sql';

/** The session setting the source's copy query reads the salt from (COPY takes no parameters). */
const SALT_SETTING = 'smart_cdc.hash_salt';
const STAGE = 'smart_cdc_bulk_copy';

export interface CopiedFlow {
  readonly flow: string;
  readonly target: string;
  /** rows copied (upserted) */
  readonly rows: number;
  /** target rows deleted because the source no longer holds them (flows that carry deletes) */
  readonly deleted: number;
  /** target rows not at the source that the application wrote there itself: kept */
  readonly keptAppRows: number;
  readonly seconds: number;
}

/** The source query of the copy: the carried columns in the flow's order, mapped, of the rows it carries. */
export function copySourceSql(ctx: Pick<OpsContext, 'view'>, f: FlowDef): string {
  const cols = Object.keys(f.fields).map((c) => carriedValueSql(ctx.view, f, c, `current_setting('${SALT_SETTING}')`));
  const where = carriedRowsConditions(ctx.view, f);
  return `SELECT ${cols.join(', ')} FROM ${f.source.table}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
}

/** The target's statement, as the JDBC sink upserts: every carried column but the key is updated. */
export function copyUpsertSql(ctx: Pick<OpsContext, 'view'>, f: FlowDef): string {
  const cols = Object.values(f.fields);
  const key = f.fields[ctx.view.primaryKey(f.source.database, f.source.table).name];
  const rest = cols.filter((c) => c !== key);
  const onConflict = rest.length ? `DO UPDATE SET ${rest.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}` : 'DO NOTHING';
  return `INSERT INTO ${f.target.table} (${cols.join(', ')}) SELECT ${cols.join(', ')} FROM ${STAGE} ON CONFLICT (${key}) ${onConflict}`;
}

/**
 * The sink role's session on a database: its writes must be a sink's (the triggers look at
 * session_user). Its password is the environment's `sinkPassword` (TF_VAR_<variable>); none on
 * trust-authenticated local engines.
 */
export function sinkTarget(ctx: OpsContext, db: string, vars: NodeJS.ProcessEnv = process.env): PgTarget {
  const ref = ctx.env.databases[db].sinkPassword;
  const password = ref ? vars[`TF_VAR_${ref.variable}`] : undefined;
  if (ref && !password) throw new OpsError(`the bulk copy writes ${db} as the sink role ${SINK_ROLE}: set TF_VAR_${ref.variable} (databases.${db}.sinkPassword)`);
  return { ...ctx.databases[db], user: SINK_ROLE, password, label: `${db} database as the sink role` };
}

/** Why a flow cannot be copied before anything is touched (a SENSITIVE column without the salt), or undefined. */
export function copyBlocker(ctx: Pick<OpsContext, 'view' | 'env'>, f: FlowDef, salt: string | undefined): string | undefined {
  const hashed = sensitiveColumns(ctx.view, f);
  if (hashed.length && !salt)
    return `flow ${f.name} carries ${hashed.join(', ')} of ${f.source.table} as a salted hash: set TF_VAR_hash_salt (the salt the sources hash with) for the bulk copy`;
  return undefined;
}

/**
 * Copies one flow: source → target in one target transaction. `timeoutMs` bounds each statement.
 * Nothing is written unless the whole copy succeeds. `into` writes another table of the target's
 * shape instead (the tests compare a copy with what the stream wrote).
 */
export async function copyFlow(ctx: OpsContext, flow: FlowDef, salt: string | undefined, timeoutMs: number, into?: string): Promise<CopiedFlow> {
  const f: FlowDef = into ? { ...flow, target: { ...flow.target, table: into } } : flow;
  const blocker = copyBlocker(ctx, f, salt);
  if (blocker) throw new OpsError(blocker);
  const started = Date.now();
  const opts = { statementTimeoutMs: timeoutMs, applicationName: 'smart-cdc-bulk-copy' };
  let source: Client | undefined;
  let target: Client | undefined;
  try {
    source = await pgConnect(ctx.databases[f.source.database], 5_000, opts);
    target = await pgConnect(sinkTarget(ctx, f.target.database), 5_000, opts);
    // one spelling of every value on both sides: text out of the source is read back as the same value
    for (const c of [source, target]) await c.query("SET DateStyle = ISO; SET IntervalStyle = postgres; SET extra_float_digits = 3; SET TimeZone = 'UTC'; SET bytea_output = hex");
    if (sensitiveColumns(ctx.view, f).length) await source.query('SELECT set_config($1, $2, false)', [SALT_SETTING, salt]);
    return await copyInto(ctx, f, source, target, started, timeoutMs);
  } finally {
    await source?.end().catch(() => undefined);
    await target?.end().catch(() => undefined);
  }
}

async function copyInto(ctx: OpsContext, f: FlowDef, source: Client, target: Client, started: number, timeoutMs: number): Promise<CopiedFlow> {
  const cols = Object.values(f.fields);
  const key = f.fields[ctx.view.primaryKey(f.source.database, f.source.table).name];
  const where = `${f.target.database}:${f.target.table}`;
  const temp = await target.query<{ ok: boolean }>("SELECT has_database_privilege(current_database(), 'TEMPORARY') AS ok");
  if (!temp.rows[0].ok)
    throw new OpsError(`the sink role ${SINK_ROLE} may not create temporary tables in ${f.target.database}, which the bulk copy stages in (fix: GRANT TEMPORARY ON DATABASE ${ctx.view.database(f.target.database).name} TO ${SINK_ROLE})`);
  // the target's own column types, read from the catalog (the sink role need not own the table)
  const types = await target.query<{ name: string; type: string }>(
    'SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attname = ANY($2)',
    [f.target.table, cols],
  );
  const typeOf = new Map(types.rows.map((r) => [r.name, r.type]));
  const missing = cols.filter((c) => !typeOf.has(c));
  if (missing.length) throw new OpsError(`${where} has no column ${missing.join(', ')} that flow ${f.name} carries (see \`preflight\`: schema drift)`);
  await target.query('BEGIN');
  try {
    await target.query(`CREATE TEMPORARY TABLE ${STAGE} (${cols.map((c) => `${c} ${typeOf.get(c)}`).join(', ')}) ON COMMIT DROP`);
    await pipeline(source.query(copyTo(`COPY (${copySourceSql(ctx, f)}) TO STDOUT`)), target.query(copyFrom(`COPY ${STAGE} (${cols.join(', ')}) FROM STDIN`)));
    // The deletes below look up every target row in the stage. A target emptied by DELETE and then
    // analyzed is planned as holding no rows, and the lookup without this index scanned the whole
    // stage once per row (a 1,000,000-row copy ran into its 10-minute statement timeout).
    await target.query(`CREATE INDEX ON ${STAGE} (${key})`);
    await target.query(`ANALYZE ${STAGE}`);
    const rows = (await target.query(copyUpsertSql(ctx, f))).rowCount ?? 0;
    let deleted = 0;
    let keptAppRows = 0;
    if (f.deletes === 'propagate') {
      const marked = ctx.view.echoGuardedTables(f.target.database).includes(f.target.table);
      const gone = `NOT EXISTS (SELECT 1 FROM ${STAGE} s WHERE s.${key} = t.${key})`;
      const sinkWrote = `t.${ORIGIN_COLUMN} IN ('${ORIGIN_SINK}', '${ORIGIN_SINK_OVER_APP}')`;
      deleted = (await target.query(`DELETE FROM ${f.target.table} t WHERE ${gone}${marked ? ` AND ${sinkWrote}` : ''}`)).rowCount ?? 0;
      if (marked) keptAppRows = Number((await target.query<{ n: string }>(`SELECT count(*) AS n FROM ${f.target.table} t WHERE ${gone}`)).rows[0].n);
    }
    await target.query('COMMIT');
    return { flow: f.name, target: f.target.table, rows, deleted, keptAppRows, seconds: (Date.now() - started) / 1000 };
  } catch (e) {
    await target.query('ROLLBACK').catch(() => undefined);
    throw e instanceof OpsError ? e : new OpsError(`bulk copy of flow ${f.name} into ${where} failed, nothing written: ${describeCopyError(e, timeoutMs)}`);
  }
}

/**
 * A failed copy, without values: PostgreSQL's messages may quote one (`invalid input syntax for type
 * …: "…"`), so a database error is named by its SQLSTATE, table, column and constraint only. A
 * cancelled statement (57014) also gets its reason, a fixed text that quotes no value (statement
 * timeout, user request), and the copy's statement timeout (`timeoutMs`), the usual cause.
 */
export function describeCopyError(e: unknown, timeoutMs?: number): string {
  const x = e as { code?: unknown; table?: string; column?: string; constraint?: string; message?: string };
  if (typeof x.code === 'string' && /^[0-9A-Z]{5}$/.test(x.code)) {
    // only PostgreSQL's own wording: a function may raise 57014 with a text of its own
    const reason = x.message && /^canceling statement due to [a-z ]+$/.test(x.message) ? x.message : 'canceling statement';
    const cancelled = x.code === QUERY_CANCELED ? ` (${reason}${timeoutMs ? `; the copy's statement timeout is ${Math.round(timeoutMs / 1000)} s` : ''})` : '';
    return `SQLSTATE ${x.code}${cancelled}${x.table ? ` on ${x.table}` : ''}${x.column ? `, column ${x.column}` : ''}${x.constraint ? `, constraint ${x.constraint}` : ''}`;
  }
  return x.message ?? String(e);
}

/** SQLSTATE query_canceled: its messages are fixed texts (`canceling statement due to …`). */
const QUERY_CANCELED = '57014';
