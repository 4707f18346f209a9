/**
 * Pure judgements of `preflight`: each takes what was read from an engine and returns a check
 * with the exact fix. Unit-tested without engines.
 */
import { RowFilter } from '../../catalogue/model';
import { versionAtLeast } from './format';

export type CheckStatus = 'ok' | 'fail' | 'warn' | 'pending' | 'restart';

export interface Check {
  /** warehouse, citizen, kafka, connect */
  readonly area: string;
  readonly name: string;
  readonly status: CheckStatus;
  readonly detail: string;
  /** the exact SQL or setting that fixes a failure */
  readonly fix?: string;
  /** what `--fix` runs (only fixes that are safe to apply unattended) */
  readonly autoFix?: { readonly sql: readonly string[]; readonly restart: boolean };
}

export const PENDING = 'not yet created — run bootstrap';

const check = (area: string, name: string, status: CheckStatus, detail: string, extra: Partial<Check> = {}): Check => ({ area, name, status, detail, ...extra });

export function serverVersionCheck(area: string, versionNum: number, minimum = 150000): Check {
  const human = `${Math.floor(versionNum / 10000)}.${versionNum % 10000}`;
  return versionNum >= minimum
    ? check(area, 'server version', 'ok', `PostgreSQL ${human} (≥ ${minimum / 10000})`)
    : check(area, 'server version', 'fail', `PostgreSQL ${human}: logical decoding with row filters needs ≥ ${minimum / 10000}`, { fix: `upgrade the server to PostgreSQL ${minimum / 10000} or newer` });
}

export interface Setting {
  readonly name: string;
  readonly setting: string;
  readonly unit: string | null;
  readonly pendingRestart: boolean;
  /** postmaster (needs a restart) or sighup (reload) */
  readonly context: string;
}

const alterSystem = (name: string, value: string, context: string): { sql: string[]; restart: boolean; text: string } => {
  const restart = context === 'postmaster';
  const set = `ALTER SYSTEM SET ${name} = ${/^[0-9]+$/.test(value) || /^[a-z]+$/.test(value) ? value : `'${value}'`}`;
  // the reload applies a sighup setting, and makes a postmaster one show as pending_restart
  const sql = [set, 'SELECT pg_reload_conf()'];
  return { sql, restart, text: restart ? `${set};  -- then restart PostgreSQL` : `${sql.join('; ')};` };
};

function pendingRestart(area: string, s: Setting, want: string): Check {
  return check(area, s.name, 'restart', `set to ${want} but the server still runs with ${s.setting}: restart PostgreSQL`, { fix: 'restart the PostgreSQL server' });
}

export function walLevelCheck(area: string, s: Setting): Check {
  if (s.setting === 'logical') return check(area, 'wal_level', s.pendingRestart ? 'restart' : 'ok', s.pendingRestart ? 'logical, but a changed value waits for a restart' : 'logical');
  if (s.pendingRestart) return pendingRestart(area, s, 'logical');
  const f = alterSystem('wal_level', 'logical', s.context);
  return check(area, 'wal_level', 'fail', `${s.setting}: logical decoding needs logical`, { fix: f.text, autoFix: { sql: f.sql, restart: f.restart } });
}

/** max_replication_slots / max_wal_senders: room for the pipeline's slot beside the others. */
export function capacityCheck(area: string, s: Setting, needed: number, purpose: string): Check {
  const have = Number(s.setting);
  if (have >= needed) return check(area, s.name, 'ok', `${have} (needs ≥ ${needed}: ${purpose})`);
  const value = String(Math.max(needed + 2, 10));
  if (s.pendingRestart) return pendingRestart(area, s, `≥ ${needed}`);
  const f = alterSystem(s.name, value, s.context);
  return check(area, s.name, 'fail', `${have}, needs ≥ ${needed} (${purpose})`, { fix: f.text, autoFix: { sql: f.sql, restart: f.restart } });
}

/** max_slot_wal_keep_size must bound the WAL an abandoned slot can pin (-1 lets it fill the disk). */
export function slotWalKeepCheck(area: string, s: Setting, fixValue = '10GB'): Check {
  if (s.setting !== '-1') return check(area, s.name, 'ok', `${s.setting}${s.unit ?? ''} (bounded)`);
  const f = alterSystem(s.name, fixValue, s.context);
  return check(area, s.name, 'fail', 'unbounded (-1): an inactive slot can fill the disk', { fix: f.text, autoFix: { sql: f.sql, restart: f.restart } });
}

export interface RoleRow {
  readonly login: boolean;
  readonly replication: boolean;
  readonly superuser: boolean;
}
export interface RoleWant {
  readonly login: boolean;
  readonly replication: boolean;
  readonly superuser: boolean;
}

const attrs = (r: RoleWant) => [r.login ? 'LOGIN' : 'NOLOGIN', r.replication ? 'REPLICATION' : 'NOREPLICATION', r.superuser ? 'SUPERUSER' : 'NOSUPERUSER'].join(' ');

/**
 * Whether the admin user may create or alter a role with REPLICATION: PostgreSQL 16 lets a CREATEROLE
 * user that has REPLICATION do it; 15 and earlier only a superuser.
 */
export const mayManageReplicationRoles = (serverVersion: number, admin: { readonly superuser: boolean; readonly replication: boolean }): boolean =>
  admin.superuser || (serverVersion >= 160000 && admin.replication);

/**
 * A role of the pipeline. Created by the stack: missing (bootstrap creates it) is not the same as
 * wrong. Created by the platform (captureRole: platform): missing or wrong is the platform's to fix,
 * as a superuser; the stack cannot.
 */
export function roleCheck(area: string, role: string, actual: RoleRow | undefined, want: RoleWant, by: { readonly platform: boolean; readonly secret?: string } = { platform: false }): Check {
  const name = `role ${role}`;
  if (!actual && by.platform)
    return check(area, name, 'fail', 'missing; the platform creates it (captureRole: platform)', {
      fix: `as a superuser: CREATE ROLE ${role} WITH ${attrs(want)} PASSWORD '<the workers' ${by.secret ?? 'secret'}>';`,
    });
  if (!actual) return check(area, name, 'pending', PENDING, { fix: `bootstrap creates it WITH ${attrs(want)}` });
  const wrong = (['login', 'replication', 'superuser'] as const).filter((k) => actual[k] !== want[k]);
  if (!wrong.length) return check(area, name, 'ok', attrs(want));
  const sql = `ALTER ROLE ${role} WITH ${attrs(want)}`;
  if (by.platform) return check(area, name, 'fail', `is ${attrs(actual)}, must be ${attrs(want)}`, { fix: `as a superuser: ${sql};` });
  return check(area, name, 'fail', `is ${attrs(actual)}, must be ${attrs(want)}`, { fix: `${sql};`, autoFix: { sql: [sql], restart: false } });
}

/** Parses PostgreSQL's deparsed row filter of an IN list: `(status = 'x'::text)`, `(c = ANY (ARRAY['a'::text, 'b'::text]))`, `(flag = true)`. */
export function parseRowFilter(deparsed: string | null | undefined): { column: string; values: string[] } | undefined {
  if (!deparsed) return undefined;
  let s = deparsed.trim();
  while (s.startsWith('(') && s.endsWith(')') && balanced(s.slice(1, -1))) s = s.slice(1, -1).trim();
  const ident = '("(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)';
  const any = new RegExp(`^${ident} = ANY \\(\\(?ARRAY\\[(.*)\\]\\)?(?:::[a-z ]+\\[\\])?\\)$`).exec(s);
  const eq = new RegExp(`^${ident} = (.+)$`).exec(s);
  const inList = new RegExp(`^${ident} IN \\((.*)\\)$`, 'i').exec(s);
  const m = any ?? inList ?? eq;
  if (!m) return undefined;
  const values = splitLiterals(m[2]).map(literalValue);
  if (values.some((v) => v === undefined)) return undefined;
  return { column: m[1].replace(/^"(.*)"$/, '$1').replace(/""/g, '"'), values: values as string[] };
}

function balanced(s: string): boolean {
  let depth = 0;
  let quoted = false;
  for (const ch of s) {
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

function splitLiterals(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function literalValue(lit: string): string | undefined {
  const s = lit.replace(/::[a-z ]+(\([0-9, ]+\))?$/i, '').trim();
  const q = /^'((?:[^']|'')*)'$/.exec(s);
  if (q) return q[1].replace(/''/g, "'");
  if (/^(true|false)$/i.test(s)) return s.toLowerCase();
  if (/^-?\d+(\.\d+)?$/.test(s)) return s;
  return undefined;
}

export function sameFilter(deparsed: string | null | undefined, want: RowFilter | undefined): boolean {
  if (!want) return !deparsed;
  const got = parseRowFilter(deparsed);
  if (!got || got.column !== want.column) return false;
  const a = [...new Set(got.values)].sort();
  const b = [...new Set(want.in.map((v) => String(v)))].sort();
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export interface PublicationRow {
  readonly table: string;
  readonly rowfilter: string | null;
}
export interface PublicationWant {
  readonly name: string;
  readonly tables: ReadonlyArray<{ readonly table: string; readonly filter?: RowFilter }>;
  /** the statement that creates or realigns it (the stack's) */
  readonly sql: string;
  readonly filterText: (f: RowFilter) => string;
}

/** The publication lists exactly the wanted tables, each with its row filter, and publishes insert, update, delete. */
export function publicationCheck(area: string, want: PublicationWant, actual: { rows: PublicationRow[]; publishes: string[] } | undefined): Check {
  const name = `publication ${want.name}`;
  if (!actual) return check(area, name, 'pending', PENDING, { fix: 'bootstrap creates it (the stack owns it: publication.autocreate.mode=disabled)' });
  const got = new Map(actual.rows.map((r) => [r.table, r.rowfilter]));
  const problems: string[] = [];
  const missing = want.tables.filter((t) => !got.has(t.table)).map((t) => t.table);
  const extra = [...got.keys()].filter((t) => !want.tables.some((w) => w.table === t));
  if (missing.length) problems.push(`missing ${missing.join(', ')}`);
  if (extra.length) problems.push(`extra ${extra.join(', ')}`);
  for (const t of want.tables) {
    if (!got.has(t.table)) continue;
    const actualFilter = got.get(t.table);
    if (!sameFilter(actualFilter, t.filter))
      problems.push(`${t.table} filter is ${actualFilter ? actualFilter : 'none'}, must be ${t.filter ? `(${want.filterText(t.filter)})` : 'none'}`);
  }
  const ops = ['insert', 'update', 'delete'];
  const publishes = [...actual.publishes].sort();
  if (ops.some((o) => !publishes.includes(o)) || publishes.includes('truncate')) problems.push(`publishes ${publishes.join(', ') || 'nothing'}, must be insert, update, delete`);
  if (!problems.length)
    return check(area, name, 'ok', `${want.tables.length} tables: ${want.tables.map((t) => (t.filter ? `${t.table} WHERE (${want.filterText(t.filter)})` : t.table)).join(', ')}`);
  return check(area, name, 'fail', problems.join('; '), { fix: `re-run bootstrap, or run: ${want.sql.replace(/\s*\n\s*/g, ' ')}` });
}

/** pg_class.relreplident in words */
export const replicaIdentityLabel = (identity: string): string => ({ d: 'DEFAULT', n: 'NOTHING', i: 'INDEX', f: 'FULL' })[identity] ?? identity;
/**
 * The replica identity a captured table needs (the publications publish updates and deletes): FULL
 * where its publication filters rows, else any but NOTHING; DEFAULT (the primary key) is what the
 * stack leaves. The same rule as cdc.replica_identity_problems (sql/V003), which the DDL guard uses.
 */
export const replicaIdentityBroken = (identity: string, filtered: boolean): boolean => (filtered ? identity !== 'f' : identity === 'n');
/** the statement that gives a captured table the replica identity it needs */
/** The fix for a pipeline slot that lost the WAL it needed, as status and preflight print it. */
export const resyncFix = (cli: string, env: string, db: string): string =>
  `${cli} repair resync ${env} ${db}  (re-creates the slot, copies every flow in bulk, removes rows deleted meanwhile from the targets)`;

export const replicaIdentityFix = (table: string, filtered: boolean): string => `ALTER TABLE ${table} REPLICA IDENTITY ${filtered ? 'FULL' : 'DEFAULT'}`;

/** A captured table needs a replica identity (FULL where filtered), or PostgreSQL rejects the application's UPDATEs and DELETEs. */
/**
 * A captured table's replica identity. Before the stack is installed (`beforeInstall`) a filtered
 * table's is the deploy's to set (its capture-support step runs before the publication exists); once
 * the publication exists, a wrong one breaks the applications' UPDATEs and DELETEs now.
 */
export function replicaIdentityCheck(area: string, table: string, filterText: string | undefined, identity: string | undefined, tablesCreatedByStack: boolean, beforeInstall = false): Check {
  const name = `replica identity ${table}`;
  if (identity === undefined)
    return tablesCreatedByStack
      ? check(area, name, 'pending', `table ${PENDING}`)
      : check(area, name, 'fail', `table ${table} does not exist (the application owns it)`, { fix: `create ${table} (see docs/DATA_MAPPING_REFERENCE.md)` });
  const filtered = filterText !== undefined;
  const label = replicaIdentityLabel(identity);
  if (!replicaIdentityBroken(identity, filtered)) return check(area, name, 'ok', filtered ? `${label} (row filter ${filterText})` : `${label} (no row filter)`);
  const sql = replicaIdentityFix(table, filtered);
  // the deploy sets FULL on filtered tables (captureSupportSql), not a missing identity on the others
  if (beforeInstall && filtered) return check(area, name, 'pending', `${label}: the deploy sets REPLICA IDENTITY FULL (row filter ${filterText}) before it creates the publication`);
  return check(
    area,
    name,
    'fail',
    filtered
      ? `${label}: the publication filters on (${filterText}), so PostgreSQL rejects UPDATE/DELETE on ${table} ("Column used in the publication WHERE expression is not part of the replica identity")`
      : `${label}: the publication publishes updates and deletes, so PostgreSQL rejects UPDATE/DELETE on ${table} ("cannot update table … because it does not have a replica identity and publishes updates")`,
    { fix: `${sql};`, autoFix: { sql: [sql], restart: false } },
  );
}

export interface PluginRow {
  readonly class: string;
  readonly type: string;
  readonly version?: string;
}

/** A plugin class Connect must offer, at a minimum version. */
export function pluginCheck(plugins: readonly PluginRow[], cls: string, minimum: string, why: string): Check {
  const found = plugins.filter((p) => p.class === cls);
  const name = `plugin ${cls.split('.').pop()}`;
  if (!found.length) return check('connect', name, 'fail', `${cls} is not installed (${why})`, { fix: `install ${cls} ≥ ${minimum} into the workers' plugin.path and restart them` });
  const best = found.map((p) => p.version ?? '').sort((a, b) => (versionAtLeast(a, b) ? -1 : 1))[0];
  if (!versionAtLeast(best, minimum)) return check('connect', name, 'fail', `${cls} ${best} is older than ${minimum}`, { fix: `upgrade ${cls} to ≥ ${minimum}` });
  return check('connect', name, 'ok', `${cls} ${best}`);
}

export function brokerCheck(brokers: number, configured: number, replicationFactor: number, minIsr: number): Check[] {
  const out: Check[] = [];
  out.push(
    brokers >= replicationFactor
      ? check('kafka', 'brokers vs replication factor', 'ok', `${brokers} broker(s) ≥ replication factor ${replicationFactor} (min ISR ${minIsr})`)
      : check('kafka', 'brokers vs replication factor', 'fail', `${brokers} broker(s) online < replication factor ${replicationFactor}: topics cannot be created`, {
          fix: `bring ${replicationFactor - brokers} more broker(s) online, or lower kafka.replicationFactor in the environment`,
        }),
  );
  if (brokers < configured)
    out.push(check('kafka', 'broker count', 'warn', `${brokers} broker(s) online, the environment declares ${configured}`, { fix: 'check the missing brokers' }));
  return out;
}

/** What `--fix` may apply: failures with a safe automatic fix. */
export function fixable(checks: readonly Check[]): Check[] {
  return checks.filter((c) => c.status === 'fail' && c.autoFix);
}

/** preflight exit code: 0 unless something failed or waits for a restart. */
export function preflightExit(checks: readonly Check[]): number {
  return checks.some((c) => c.status === 'fail' || c.status === 'restart') ? 1 : 0;
}
