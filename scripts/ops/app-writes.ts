/**
 * Will the applications that write a database keep working with the pipeline installed? For each
 * table the pipeline captures or writes: its owner and the roles that may write it today (from the
 * grants), and a probe that writes it as a role holding nothing but table grants, under the
 * pipeline's triggers, replica identity and publication, inside a transaction that is rolled back
 * (the probe role too). Before the stack is installed (no cdc schema yet) the probe first installs,
 * in that same transaction, exactly what the stack would (installSql: the database layer's own SQL).
 */
import { randomBytes } from 'crypto';
import { Client } from 'pg';
import { CatalogueView, SINK_ROLE } from '../../catalogue/derive';
import { DatabaseId } from '../../catalogue/model';
import { captureSupportSql, carriedColumnsSql, flowShapesSql, publicationSql, versionedSql } from '../../constructs/database/sql';
import { Check } from './checks';
import { describeError } from './errors';

export type ProbeResult =
  /** updated, deleted and re-inserted a real row; `note` when DELETE and INSERT could only be checked on no row */
  | { readonly kind: 'ok'; readonly note?: string }
  /** no row to fire the row triggers on */
  | { readonly kind: 'empty' }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'skipped'; readonly why: string }
  /** the stack's objects could not be installed for the probe (the deploy would fail the same way) */
  | { readonly kind: 'uninstallable'; readonly error: string };

export interface WriteProbe {
  readonly owner: string;
  /** roles that may INSERT, UPDATE (a column is enough) or DELETE the table, other than superusers, its owner and the pipeline's roles */
  readonly writers: string[];
  readonly result: ProbeResult;
}

/** What the stack installs in a database, in its order (constructs/database/database-layer.ts), for a probe before it is deployed. */
export function installSql(view: CatalogueView, db: DatabaseId): string[] {
  return [...versionedSql().map((v) => v.sql), captureSupportSql(view, db, SINK_ROLE), carriedColumnsSql(view, db), flowShapesSql(view, db), publicationSql(view, db)];
}

/** The install takes the tables' locks until the rollback: give up rather than queue the applications behind the probe. */
const LOCK_TIMEOUT = '5s';

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** `schema.table` → quoted identifier */
const quoted = (table: string) => table.split('.').map(ident).join('.');
const code = (e: unknown) => (e as { code?: string }).code ?? '';
const busy = (e: unknown) => code(e) === '55P03';
const BUSY = `another session held a lock the probe needed for ${LOCK_TIMEOUT}: run preflight again`;

async function writersOf(c: Client, table: string, pipelineRoles: readonly string[]): Promise<Pick<WriteProbe, 'owner' | 'writers'>> {
  const [{ owner }] = (await c.query<{ owner: string }>('SELECT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE oid = to_regclass($1)', [table])).rows;
  const writers = (
    await c.query<{ rolname: string }>(
      `SELECT r.rolname FROM pg_roles r
        WHERE NOT r.rolsuper AND r.rolname !~ '^pg_' AND r.rolname <> ALL ($2::text[])
          AND r.oid <> (SELECT relowner FROM pg_class WHERE oid = to_regclass($1))
          AND (has_any_column_privilege(r.oid, $1, 'INSERT') OR has_any_column_privilege(r.oid, $1, 'UPDATE') OR has_table_privilege(r.oid, $1, 'DELETE'))
        ORDER BY 1`,
      [table, pipelineRoles],
    )
  ).rows.map((r) => r.rolname);
  return { owner, writers };
}

/** One table, as the probe role, inside the caller's savepoint (which undoes the grants, the role switch and the writes). */
async function probeTable(c: Client, table: string, probe: string): Promise<ProbeResult> {
  const t = quoted(table);
  let first: string;
  let columns: string;
  try {
    await c.query(`GRANT USAGE ON SCHEMA ${ident(table.split('.')[0])} TO ${probe}`);
    await c.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${t} TO ${probe}`);
    const [g] = (
      await c.query<{ granted: boolean; first: string; columns: string }>(
        `SELECT has_schema_privilege($2, split_part($1, '.', 1), 'USAGE') AND has_table_privilege($2, $1, 'SELECT') AND has_table_privilege($2, $1, 'INSERT')
                AND has_table_privilege($2, $1, 'UPDATE') AND has_table_privilege($2, $1, 'DELETE') AS granted,
                (array_agg(quote_ident(attname) ORDER BY attnum) FILTER (WHERE attidentity <> 'a'))[1] AS first,
                string_agg(quote_ident(attname), ', ' ORDER BY attnum) AS columns
           FROM pg_attribute WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped AND attgenerated = ''`,
        [table, probe],
      )
    ).rows;
    // GRANT without the grant option only warns: the probe would then fail for want of a grant, not because of the stack
    if (!g.granted) return { kind: 'skipped', why: `the admin role cannot grant a probe role SELECT, INSERT, UPDATE, DELETE on ${table} and USAGE on its schema` };
    ({ first, columns } = g);
    await c.query(`SET LOCAL ROLE ${probe}`);
  } catch (e) {
    return { kind: 'skipped', why: `the admin role cannot set up a probe role (it needs CREATEROLE and grant rights on ${table}): ${describeError(e)}` };
  }
  try {
    // an UPDATE of a real row fires the row triggers; PostgreSQL checks the replica identity against
    // the publication before any row is touched
    const updated = await c.query(`UPDATE ${t} SET ${first} = ${first} WHERE ctid = (SELECT ctid FROM ${t} LIMIT 1)`);
    const insert = `INSERT INTO ${t} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM`;
    const onNoRow = async () => {
      await c.query(`DELETE FROM ${t} WHERE false`);
      await c.query(`${insert} ${t} WHERE false`);
    };
    if (!updated.rowCount) {
      await onNoRow();
      return { kind: 'empty' };
    }
    // a real DELETE and INSERT: the row is put back in the same statement, so a foreign key that refers
    // to it (NO ACTION, checked at the statement's end) still holds
    await c.query('SAVEPOINT rewrite');
    try {
      await c.query(`WITH gone AS (DELETE FROM ${t} WHERE ctid = (SELECT ctid FROM ${t} LIMIT 1) RETURNING *) ${insert} gone`);
      return { kind: 'ok' };
    } catch (e) {
      // a constraint of the application's (an ON DELETE RESTRICT reference, say), never the stack's: the
      // statements are checked on no row instead, which still meets the replica identity check
      if (!code(e).startsWith('23')) throw e;
      await c.query('ROLLBACK TO SAVEPOINT rewrite');
      await onNoRow();
      return { kind: 'ok', note: describeError(e) };
    }
  } catch (e) {
    return busy(e) ? { kind: 'skipped', why: BUSY } : { kind: 'error', error: describeError(e) };
  }
}

/**
 * The roles that write each table today, and what a role with only table grants meets writing it. With
 * `install` (before the stack is deployed), the probe first writes without it, so that a failure of the
 * application's own (a trigger of its needing other grants, say) is not blamed on the stack, then
 * installs it and writes again. All in one transaction, rolled back.
 */
export async function probeWrites(c: Client, tables: readonly string[], pipelineRoles: readonly string[], install: readonly string[] = []): Promise<Map<string, WriteProbe>> {
  const who = new Map<string, Pick<WriteProbe, 'owner' | 'writers'>>();
  for (const t of tables) who.set(t, await writersOf(c, t, pipelineRoles));
  const results = new Map<string, ProbeResult>();
  const all = (r: ProbeResult) => tables.forEach((t) => results.set(t, r));
  const probe = `smart_cdc_probe_${randomBytes(4).toString('hex')}`;
  const each = async () => {
    const out = new Map<string, ProbeResult>();
    for (const t of tables) {
      await c.query('SAVEPOINT probe');
      out.set(t, await probeTable(c, t, probe));
      await c.query('ROLLBACK TO SAVEPOINT probe');
    }
    return out;
  };
  await c.query('BEGIN');
  try {
    await c.query(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`);
    try {
      await c.query(`CREATE ROLE ${probe} NOLOGIN NOSUPERUSER NOINHERIT`);
      // a CREATEROLE admin of PostgreSQL 15 is not a member of the roles it creates: SET ROLE needs it
      await c.query(`GRANT ${probe} TO CURRENT_USER`);
    } catch (e) {
      all({ kind: 'skipped', why: `the admin role cannot create a probe role (it needs CREATEROLE): ${describeError(e)}` });
      return new Map(tables.map((t) => [t, { ...who.get(t)!, result: results.get(t)! }]));
    }
    const without = install.length ? await each() : undefined;
    let installed = true;
    for (const sql of install)
      try {
        await c.query(sql);
      } catch (e) {
        all(busy(e) ? { kind: 'skipped', why: BUSY } : { kind: 'uninstallable', error: describeError(e) });
        installed = false;
        break;
      }
    if (installed)
      for (const [t, r] of await each()) {
        const before = without?.get(t);
        results.set(t, r.kind === 'error' && before?.kind === 'error' ? { kind: 'skipped', why: `a role with only table grants cannot write it even without the pipeline: ${before.error}` } : r);
      }
  } catch (e) {
    all({ kind: 'error', error: describeError(e) });
  } finally {
    await c.query('ROLLBACK').catch(() => undefined);
  }
  return new Map(tables.map((t) => [t, { ...who.get(t)!, result: results.get(t)! }]));
}

/** The preflight line of one table: `installed` says whether the probe met the deployed stack or what it would install. */
export function writeCheck(area: string, env: string, admin: string, table: string, p: WriteProbe, installed: boolean): Check {
  const name = `application writes ${table}`;
  const who = `${p.writers.length ? `written by ${p.writers.join(', ')}` : 'written by no role but its owner and superusers'}, owned by ${p.owner}`;
  const under = installed ? "under the pipeline's triggers" : 'under the triggers, replica identity and publication the stack would install';
  const guide = 'docs/IMPLEMENTATION_GUIDE.md, "For the database owners"';
  const r = p.result;
  switch (r.kind) {
    case 'ok':
      return r.note
        ? { area, name, status: 'ok', detail: `${who}; a role with only table grants updated a row ${under} (probe, rolled back); its DELETE and INSERT were checked on no row: ${r.note}` }
        : { area, name, status: 'ok', detail: `${who}; a role with only table grants updated, deleted and re-inserted a row ${under} (probe, rolled back)` };
    case 'empty':
      return { area, name, status: 'warn', detail: `${who}; no row to fire the pipeline's triggers on: UPDATE and DELETE accepted, triggers not exercised` };
    case 'skipped':
      return { area, name, status: 'warn', detail: `${who}; not probed: ${r.why}` };
    case 'uninstallable':
      return {
        area,
        name,
        status: 'fail',
        detail: `${who}; the stack's objects could not be installed as ${admin} (for the probe, rolled back; the deploy would fail the same way): ${r.error}`,
        fix: `${admin} must own ${table} or be a member of its owner (GRANT ${p.owner} TO ${admin};) and hold CREATE on the database; see docs/IMPLEMENTATION_GUIDE.md, "Roles"`,
      };
    case 'error':
      return installed
        ? {
            area,
            name,
            status: 'fail',
            detail: `${who}; a role with only table grants cannot write it: ${r.error}`,
            fix: `redeploy the stack (npm run cdktf -- deploy ${env}): its trigger functions run as their owner, needing no grant of the application's; see ${guide}`,
          }
        : {
            area,
            name,
            status: 'fail',
            detail: `${who}; a role with only table grants could write it, but not ${under}: ${r.error}`,
            fix: `put right what the error names before deploying (a captured table needs a replica identity: its primary key, or FULL where its flow filters rows); see ${guide}`,
          };
  }
}

/** Preflight lines: one per table the pipeline captures or writes in this database. `install`: the stack's SQL, when it is not installed yet. */
export async function applicationWriteChecks(c: Client, area: string, env: string, admin: string, tables: readonly string[], pipelineRoles: readonly string[], install: readonly string[] = []): Promise<Check[]> {
  let probes: Map<string, WriteProbe>;
  try {
    probes = await probeWrites(c, tables, pipelineRoles, install);
  } catch (e) {
    return tables.map((table) => ({ area, name: `application writes ${table}`, status: 'warn', detail: `not probed: ${describeError(e)}` }));
  }
  return tables.map((table) => writeCheck(area, env, admin, table, probes.get(table)!, install.length === 0));
}
