/**
 * `smart-cdc verify <env> [flow…]`: does each flow's target hold what its source holds, as the
 * catalogue maps it (filter, renames, carried fields only, SENSITIVE columns as their salted hash)?
 * Computed inside the databases: each side sums a hash (md5) of every row per bucket of keys; only the
 * buckets that differ are listed key by key, so a clean table of millions of rows moves kilobytes.
 * A differing key is checked again after the flow had time to deliver (changes in flight), and
 * reported only if it still differs. Keys, counts and times are printed; values never are.
 */
import { Client } from 'pg';
import { CatalogueView, ORIGIN_COLUMN, ORIGIN_SINK, ORIGIN_SINK_OVER_APP } from '../../catalogue/derive';
import { FlowDef } from '../../catalogue/model';
import { withLocalSecrets } from '../terraform/local-secrets';
import { pgConnect } from './clients';
import { findFlow, OpsContext, unknownFlow } from './context';
import { describeError } from './errors';
import { carriedRowsConditions, carriedValueSql, isSensitive, sensitiveColumns } from './flow-sql';
import { Io } from './io';

/** Exit codes: every flow equal; a difference found; could not verify (an engine unreachable, …). */
export const VERIFY_EXIT = { equal: 0, different: 1, unverified: 2 } as const;

const BUCKETS = 1024;
/** Differing key ranges listed key by key at a time (a flow that ignores deletes has some wherever it kept rows). */
const BUCKETS_PER_PASS = 32;
/** Differing keys at which listing stops: a target far from its source is never read into memory whole. */
const MAX_DIFFERING_KEYS = 100_000;

export interface FlowVerdict {
  readonly flow: string;
  readonly source: string;
  readonly target: string;
  readonly rows: { readonly source: number; readonly target: number };
  readonly equal: number;
  readonly missing: readonly string[];
  readonly extra: readonly string[];
  readonly different: readonly string[];
  /** target rows a `deletes: ignore` flow keeps after the source deleted them: expected, not errors */
  readonly kept: number;
  /**
   * rows equal but for fields the flow passes on from another flow into its source table, which the
   * other side's sink changed since the application last wrote the row (`sink-over-app`): loop
   * prevention holds such a change home, so they are carried as of the application's next write (or a
   * snapshot). Expected, not errors.
   */
  readonly behind: number;
  /** SENSITIVE columns left out of the comparison (no salt to hash them with) */
  readonly unchecked: readonly string[];
  /** differing key ranges (of 1024) left unlisted once 100,000 differing keys were found: their keys are not counted above */
  readonly unlisted: number;
  readonly seconds: number;
  readonly error?: string;
}

/**
 * The query of one side of a flow: `k` (the key as text) and `h` (md5 of the carried values as
 * text, SENSITIVE ones as their salted hash at the source), for the rows the flow must carry:
 * within its filter and, at the source, not one only the other side's sink ever wrote (`sink`:
 * the other side made it, and this flow's fields there were never this side's application's — a
 * portal-made account keeps the name its citizen typed until the registry writes one); a row the
 * application wrote, then the other side's sink (`sink-over-app`), is compared like any other, as a
 * snapshot carries it. At the target, every row (a row both sides' applications wrote is compared,
 * whoever wrote it last). `$1` is the salt when `salted` and the flow carries a SENSITIVE column.
 */
export function flowRowsSql(
  view: CatalogueView,
  f: FlowDef,
  side: 'source' | 'target',
  opts: { salted: boolean; withEchoes?: boolean; raw?: boolean; without?: readonly string[]; where?: string },
): string {
  const srcKey = view.primaryKey(f.source.database, f.source.table).name;
  const cols = carriedColumns(view, f, opts.salted).filter((c) => !opts.without?.includes(c));
  const expr = (c: string) => (side === 'source' ? `(${carriedValueSql(view, f, c, '$1')})::text` : `${f.fields[c]}::text`);
  // every target row: one the source does not carry (the reverse flow's, left home there by loop prevention) is
  // an extra candidate, which the source's rows with their echoes clear (differences())
  const conditions = side === 'source' ? [...carriedRowsConditions(view, f, opts), opts.where ?? ''].filter(Boolean) : [];
  const key = side === 'source' ? srcKey : f.fields[srcKey];
  const table = side === 'source' ? f.source.table : f.target.table;
  const values = `json_build_array(${cols.map(expr).join(', ')})::text`;
  // `raw`: the values themselves (the tests' own diagnostics; the CLI never prints them)
  return `SELECT ${key}::text AS k, ${opts.raw ? values : `md5(${values})`} AS h FROM ${table}${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
}

/** The flow's carried source columns that can be compared (SENSITIVE ones only with the salt). */
function carriedColumns(view: CatalogueView, f: FlowDef, salted: boolean): string[] {
  return Object.keys(f.fields).filter((c) => salted || !isSensitive(view, f, c));
}

/** The parameters of the source side's query: the salt, when it hashes a SENSITIVE column. */
export const saltParams = (view: CatalogueView, f: FlowDef, salt: string | undefined): string[] => (salt !== undefined && sensitiveColumns(view, f).length ? [salt] : []);

/** Keys of target rows the application wrote at the target itself (origin-marked targets): not the flow's. */
export function appOwnedSql(view: CatalogueView, f: FlowDef): string | undefined {
  if (!view.echoGuardedTables(f.target.database).includes(f.target.table)) return undefined;
  const key = f.fields[view.primaryKey(f.source.database, f.source.table).name];
  return `SELECT ${key}::text AS k FROM ${f.target.table} WHERE ${ORIGIN_COLUMN} IS DISTINCT FROM '${ORIGIN_SINK}' AND ${ORIGIN_COLUMN} IS DISTINCT FROM '${ORIGIN_SINK_OVER_APP}'`;
}

// md5, not hashtext: the two databases may run different PostgreSQL versions, and both sides must bucket a key alike
const bucketOf = `(('x' || substr(md5(k), 1, 8))::bit(32)::bigint % ${BUCKETS})`;

/** Per bucket of keys: row count and the sum of a 60-bit hash of key and values. */
async function bucketSums(c: Client, rowsSql: string, params: unknown[]): Promise<Map<number, string>> {
  const r = await c.query<{ b: number; n: string; s: string }>(
    `SELECT ${bucketOf} AS b, count(*) AS n, sum(('x' || substr(md5(k || ':' || h), 1, 15))::bit(60)::bigint::numeric) AS s FROM (${rowsSql}) r GROUP BY 1`,
    params,
  );
  return new Map(r.rows.map((x) => [Number(x.b), `${x.n}:${x.s}`]));
}

async function rowsOf(c: Client, rowsSql: string, params: unknown[], where: { buckets?: number[]; keys?: string[] }): Promise<Map<string, string>> {
  const n = params.length;
  const filter = where.buckets ? `${bucketOf} = ANY($${n + 1}::bigint[])` : `k = ANY($${n + 1}::text[])`;
  const r = await c.query<{ k: string; h: string }>(`SELECT k, h FROM (${rowsSql}) r WHERE ${filter}`, [...params, where.buckets ?? where.keys]);
  return new Map(r.rows.map((x) => [x.k, x.h]));
}

interface Sessions {
  readonly source: Client;
  readonly target: Client;
}

/** The keys on which the two sides disagree, among `where` (buckets or keys). */
async function differences(view: CatalogueView, f: FlowDef, s: Sessions, salt: string | undefined, where: { buckets?: number[]; keys?: string[] }) {
  const salted = salt !== undefined;
  const sp = saltParams(view, f, salt);
  const [src, tgt] = await Promise.all([rowsOf(s.source, flowRowsSql(view, f, 'source', { salted }), sp, where), rowsOf(s.target, flowRowsSql(view, f, 'target', { salted }), [], where)]);
  const missing: string[] = [];
  let different: string[] = [];
  for (const [k, h] of src) {
    const t = tgt.get(k);
    if (t === undefined) missing.push(k);
    else if (t !== h) different.push(k);
  }
  let behind = 0;
  const passedOn = view.passedOnFields(f);
  if (different.length && passedOn.length) {
    // equal without the passed-on fields, on a row the other side's sink wrote last: carried at the application's next write
    const sinkLast = `${ORIGIN_COLUMN} = '${ORIGIN_SINK_OVER_APP}'`;
    const [s2, t2] = await Promise.all([
      rowsOf(s.source, flowRowsSql(view, f, 'source', { salted, without: passedOn, where: sinkLast }), sp, { keys: different }),
      rowsOf(s.target, flowRowsSql(view, f, 'target', { salted, without: passedOn }), [], { keys: different }),
    ]);
    const waiting = new Set([...s2].filter(([k, h]) => t2.get(k) === h).map(([k]) => k));
    behind = waiting.size;
    different = different.filter((k) => !waiting.has(k));
  }
  const extraCandidates = [...tgt.keys()].filter((k) => !src.has(k));
  let extra: string[] = [];
  let kept = 0;
  if (extraCandidates.length) {
    // a row the other side's sink wrote at the source still belongs to the flow; one the application wrote at the target does not
    const all = await rowsOf(s.source, flowRowsSql(view, f, 'source', { salted, withEchoes: true }), sp, { keys: extraCandidates });
    const appSql = appOwnedSql(view, f);
    const app = appSql ? new Set((await s.target.query<{ k: string }>(`SELECT k FROM (${appSql}) a WHERE k = ANY($1::text[])`, [extraCandidates])).rows.map((r) => r.k)) : new Set<string>();
    const gone = extraCandidates.filter((k) => !all.has(k) && !app.has(k));
    if (f.deletes === 'propagate') extra = gone;
    else kept = gone.length;
  }
  return { missing, different, extra, kept, behind, compared: src.size };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function verifyFlow(ctx: OpsContext, f: FlowDef, salt: string | undefined, recheck: { rounds: number; delayMs: number }): Promise<FlowVerdict> {
  const started = Date.now();
  const view = ctx.view;
  const unchecked = salt === undefined ? Object.keys(f.fields).filter((c) => isSensitive(view, f, c)) : [];
  const base = { flow: f.name, source: `${f.source.database}:${f.source.table}`, target: `${f.target.database}:${f.target.table}`, unchecked };
  let s: Sessions | undefined;
  try {
    // long aggregates over big tables: a generous statement timeout
    const opts = { statementTimeoutMs: 600_000, applicationName: 'smart-cdc-verify' };
    const [source, target] = await Promise.all([pgConnect(ctx.databases[f.source.database], 5_000, opts), pgConnect(ctx.databases[f.target.database], 5_000, opts)]);
    s = { source, target };
    const salted = salt !== undefined;
    const sp = saltParams(view, f, salt);
    const [a, b] = await Promise.all([bucketSums(source, flowRowsSql(view, f, 'source', { salted }), sp), bucketSums(target, flowRowsSql(view, f, 'target', { salted }), [])]);
    const count = (m: Map<number, string>) => [...m.values()].reduce((n, v) => n + Number(v.split(':')[0]), 0);
    const rows = { source: count(a), target: count(b) };
    const differing = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
    let d = { missing: [] as string[], different: [] as string[], extra: [] as string[], kept: 0, behind: 0, compared: rows.source };
    let listed = 0;
    while (listed < differing.length && d.missing.length + d.different.length + d.extra.length < MAX_DIFFERING_KEYS) {
      const pass = await differences(view, f, s, salt, { buckets: differing.slice(listed, listed + BUCKETS_PER_PASS) });
      listed += BUCKETS_PER_PASS;
      d = { missing: [...d.missing, ...pass.missing], different: [...d.different, ...pass.different], extra: [...d.extra, ...pass.extra], kept: d.kept + pass.kept, behind: d.behind + pass.behind, compared: d.compared };
    }
    // changes in flight: what still differs after the flow had time to deliver it
    for (let round = 0; round < recheck.rounds && d.missing.length + d.different.length + d.extra.length > 0; round++) {
      await sleep(recheck.delayMs);
      const again = await differences(view, f, s, salt, { keys: [...d.missing, ...d.different, ...d.extra] });
      d = { ...again, kept: d.kept + again.kept, behind: d.behind + again.behind, compared: d.compared };
    }
    const rest = differing.slice(listed);
    const unlisted = rest.length;
    const inUnlisted = rest.reduce((n, b) => n + Number((a.get(b) ?? '0:').split(':')[0]), 0);
    return {
      ...base,
      rows,
      equal: rows.source - inUnlisted - d.missing.length - d.different.length - d.behind,
      missing: d.missing,
      extra: d.extra,
      different: d.different,
      kept: d.kept,
      behind: d.behind,
      unlisted,
      seconds: (Date.now() - started) / 1000,
    };
  } catch (e) {
    return { ...base, rows: { source: 0, target: 0 }, equal: 0, missing: [], extra: [], different: [], kept: 0, behind: 0, unlisted: 0, seconds: (Date.now() - started) / 1000, error: describeError(e) };
  } finally {
    await s?.source.end().catch(() => undefined);
    await s?.target.end().catch(() => undefined);
  }
}

/** Where `status` reads the last verify of each flow: in the flow's target database (sql/V004). */
export const VERIFICATION_TABLE = 'cdc.flow_verification';

export const verdictResult = (v: FlowVerdict): 'equal' | 'different' | 'unverified' =>
  v.error ? 'unverified' : v.missing.length + v.extra.length + v.different.length + v.unlisted > 0 ? 'different' : 'equal';

/**
 * Records a verdict for `status` (counts, never keys). Returns why it could not, or undefined: a
 * target database without the table (not bootstrapped since V004) or unreachable does not fail the verify.
 */
export async function recordVerdict(ctx: OpsContext, f: FlowDef, v: FlowVerdict): Promise<string | undefined> {
  let c: Client | undefined;
  try {
    c = await pgConnect(ctx.databases[f.target.database]);
    await c.query(
      `INSERT INTO ${VERIFICATION_TABLE} (flow, verified_at, result, compared, missing, extra, different, seconds, reason) VALUES ($1, now(), $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (flow) DO UPDATE SET verified_at = EXCLUDED.verified_at, result = EXCLUDED.result, compared = EXCLUDED.compared, missing = EXCLUDED.missing,
         extra = EXCLUDED.extra, different = EXCLUDED.different, seconds = EXCLUDED.seconds, reason = EXCLUDED.reason`,
      [f.name, verdictResult(v), v.rows.source, v.missing.length, v.extra.length, v.different.length + v.unlisted, v.seconds, v.error ?? null],
    );
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code === '42P01' ? `${VERIFICATION_TABLE} does not exist in ${f.target.database} (run bootstrap)` : describeError(e);
  } finally {
    await c?.end().catch(() => undefined);
  }
}

/** The salt of SENSITIVE hashes: TF_VAR_hash_salt (on local, from the runtime's secrets), or none. */
export function hashSalt(env: string, vars: NodeJS.ProcessEnv = process.env): string | undefined {
  const v = env === 'local' ? withLocalSecrets(vars) : vars;
  return v.TF_VAR_hash_salt || undefined;
}

export function verifyExitCode(verdicts: readonly FlowVerdict[]): number {
  const results = verdicts.map(verdictResult);
  return results.includes('unverified') ? VERIFY_EXIT.unverified : results.includes('different') ? VERIFY_EXIT.different : VERIFY_EXIT.equal;
}

export function renderVerdicts(env: string, verdicts: readonly FlowVerdict[], maxKeys: number): string {
  const lines = [`SMART CDC verify — environment ${env}`, ''];
  const w = Math.max(4, ...verdicts.map((v) => v.flow.length));
  lines.push(`${'flow'.padEnd(w)}  ${'source rows'.padStart(11)}  ${'equal'.padStart(9)}  ${'missing'.padStart(7)}  ${'extra'.padStart(5)}  ${'different'.padStart(9)}  ${'kept'.padStart(5)}  ${'behind'.padStart(6)}  seconds`);
  for (const v of verdicts) {
    if (v.error) {
      lines.push(`${v.flow.padEnd(w)}  could not verify: ${v.error}`);
      continue;
    }
    lines.push(
      `${v.flow.padEnd(w)}  ${String(v.rows.source).padStart(11)}  ${String(v.equal).padStart(9)}  ${String(v.missing.length).padStart(7)}  ${String(v.extra.length).padStart(5)}  ${String(v.different.length).padStart(9)}  ${String(v.kept).padStart(5)}  ${String(v.behind).padStart(6)}  ${v.seconds.toFixed(1)}`,
    );
  }
  for (const v of verdicts) {
    for (const [what, keys] of [['missing in', v.missing], ['not at the source, in', v.extra], ['different in', v.different]] as const)
      if (keys.length) lines.push(`  ${v.flow}: ${keys.length} key(s) ${what} ${v.target}: ${keys.slice(0, maxKeys).join(', ')}${keys.length > maxKeys ? ', …' : ''}`);
    if (v.unlisted) lines.push(`  ${v.flow}: and ${v.unlisted} more differing key range(s) of ${BUCKETS}, not listed after ${MAX_DIFFERING_KEYS} differing keys (the counts above leave them out)`);
    if (v.behind)
      lines.push(
        `  ${v.flow}: ${v.behind} row(s) behind, not counted as different: equal but for fields the flow passes on from the other side, which that side's sink changed after the application last wrote the row (carried at its next write, or by repair snapshot)`,
      );
    if (v.unchecked.length) lines.push(`  ${v.flow}: SENSITIVE column(s) ${v.unchecked.join(', ')} not compared (no TF_VAR_hash_salt to hash them with)`);
  }
  const code = verifyExitCode(verdicts);
  lines.push('', code === VERIFY_EXIT.equal ? 'Every target equals its source.' : code === VERIFY_EXIT.different ? 'Targets differ from their sources (keys above; values are never printed).' : 'Some flows could not be verified (reasons above).');
  return lines.join('\n');
}

export async function runVerify(ctx: OpsContext, flowArgs: readonly string[], flags: Record<string, unknown>, io: Io): Promise<number> {
  const flows = flowArgs.length ? flowArgs.map((a) => findFlow(ctx, a) ?? (() => { throw unknownFlow(ctx, a); })()) : ctx.view.flows;
  const every = flags.every as number | undefined;
  if (!every) return verifyOnce(ctx, flows, flags, io);
  // on a schedule: a round, then the wait, until stopped; status shows each round's results
  for (;;) {
    await verifyOnce(ctx, flows, flags, io);
    await sleep(every * 60_000);
  }
}

async function verifyOnce(ctx: OpsContext, flows: readonly FlowDef[], flags: Record<string, unknown>, io: Io): Promise<number> {
  const salt = hashSalt(ctx.env.name);
  const recheck = { rounds: Number(flags.recheck ?? 3), delayMs: Number(flags['recheck-delay'] ?? 3) * 1000 };
  const verdicts: FlowVerdict[] = [];
  for (const f of flows) {
    const v = await verifyFlow(ctx, f, salt, recheck);
    verdicts.push(v);
    const unrecorded = await recordVerdict(ctx, f, v);
    if (unrecorded) io.err(`warning: the result of ${f.name} is not recorded for status: ${unrecorded}`);
  }
  const code = verifyExitCode(verdicts);
  const maxKeys = Number(flags['max-keys'] ?? 10);
  if (flags.json) io.out(JSON.stringify({ environment: ctx.env.name, exitCode: code, flows: verdicts.map((v) => ({ ...v, missing: v.missing.slice(0, maxKeys), extra: v.extra.slice(0, maxKeys), different: v.different.slice(0, maxKeys), counts: { missing: v.missing.length, extra: v.extra.length, different: v.different.length } })) }, null, 2));
  else io.out(renderVerdicts(ctx.env.name, verdicts, maxKeys));
  return code;
}
