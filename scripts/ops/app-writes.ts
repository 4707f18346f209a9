/**
 * Will the applications that write a database keep working with the pipeline installed? For each
 * table the pipeline captures or writes: which roles may write it today (from the grants), and a
 * probe that writes it as a role holding nothing but table grants, under the pipeline's triggers and
 * replica identity, inside a transaction that is rolled back (the probe role too).
 */
import { randomBytes } from 'crypto';
import { Client } from 'pg';
import { Check } from './checks';
import { describeError } from './errors';

export interface WriteProbe {
  /** roles that may INSERT, UPDATE or DELETE the table, other than superusers, its owner and the pipeline's roles */
  readonly writers: string[];
  /** 'ok' when the probe wrote; 'empty' when there was no row to fire the row triggers on */
  readonly result: 'ok' | 'empty' | { readonly error: string } | { readonly skipped: string };
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** `schema.table` → quoted identifier */
const quoted = (table: string) => table.split('.').map(ident).join('.');

/** The roles that write `table` today, and what a role with only table grants meets writing it. */
export async function probeWrites(c: Client, table: string, pipelineRoles: readonly string[]): Promise<WriteProbe> {
  const writers = (
    await c.query<{ rolname: string }>(
      `SELECT r.rolname FROM pg_roles r
        WHERE NOT r.rolsuper AND r.rolname !~ '^pg_' AND r.rolname <> ALL ($2::text[])
          AND r.oid <> (SELECT relowner FROM pg_class WHERE oid = to_regclass($1))
          AND (has_table_privilege(r.oid, $1, 'INSERT') OR has_table_privilege(r.oid, $1, 'UPDATE') OR has_table_privilege(r.oid, $1, 'DELETE'))
        ORDER BY 1`,
      [table, pipelineRoles],
    )
  ).rows.map((r) => r.rolname);

  const probe = `smart_cdc_probe_${randomBytes(4).toString('hex')}`;
  const t = quoted(table);
  await c.query('BEGIN');
  try {
    let first: string;
    try {
      await c.query(`CREATE ROLE ${probe} NOLOGIN NOSUPERUSER NOINHERIT`);
      // a CREATEROLE admin of PostgreSQL 15 is not a member of the roles it creates: SET ROLE needs it
      await c.query(`GRANT ${probe} TO CURRENT_USER`);
      await c.query(`GRANT USAGE ON SCHEMA ${ident(table.split('.')[0])} TO ${probe}`);
      await c.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${t} TO ${probe}`);
      [{ first }] = (await c.query<{ first: string }>(`SELECT a.attname AS first FROM pg_attribute a WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum LIMIT 1`, [table])).rows;
      await c.query(`SET LOCAL ROLE ${probe}`);
    } catch (e) {
      return { writers, result: { skipped: `the admin role cannot set up a probe role (it needs CREATEROLE and grant rights on ${table}): ${describeError(e)}` } };
    }
    // an UPDATE of a real row fires the row triggers (the same functions run on INSERT); PostgreSQL
    // checks the replica identity against the publication before any row is touched
    const updated = await c.query(`UPDATE ${t} SET ${ident(first)} = ${ident(first)} WHERE ctid = (SELECT ctid FROM ${t} LIMIT 1)`);
    await c.query(`DELETE FROM ${t} WHERE false`);
    await c.query(`INSERT INTO ${t} SELECT * FROM ${t} WHERE false`);
    return { writers, result: updated.rowCount ? 'ok' : 'empty' };
  } catch (e) {
    return { writers, result: { error: describeError(e) } };
  } finally {
    await c.query('ROLLBACK').catch(() => undefined);
  }
}

/** Preflight lines: one per table the pipeline captures or writes in this database. */
export async function applicationWriteChecks(c: Client, area: string, env: string, tables: readonly string[], pipelineRoles: readonly string[]): Promise<Check[]> {
  const out: Check[] = [];
  for (const table of tables) {
    const name = `application writes ${table}`;
    let p: WriteProbe;
    try {
      p = await probeWrites(c, table, pipelineRoles);
    } catch (e) {
      out.push({ area, name, status: 'warn', detail: `not probed: ${describeError(e)}` });
      continue;
    }
    const who = p.writers.length ? `written by ${p.writers.join(', ')}` : 'written by no role but its owner and superusers';
    if (p.result === 'ok') out.push({ area, name, status: 'ok', detail: `${who}; a role with only table grants updated a row under the pipeline's triggers (probe, rolled back)` });
    else if (p.result === 'empty') out.push({ area, name, status: 'warn', detail: `${who}; no row to fire the pipeline's triggers on: UPDATE and DELETE accepted, triggers not exercised` });
    else if ('skipped' in p.result) out.push({ area, name, status: 'warn', detail: `${who}; not probed: ${p.result.skipped}` });
    else
      out.push({
        area,
        name,
        status: 'fail',
        detail: `${who}; a role with only table grants cannot write it: ${p.result.error}`,
        fix: `redeploy the stack (npm run cdktf -- deploy ${env}): its trigger functions run as their owner, needing no grant of the application's; see docs/IMPLEMENTATION_GUIDE.md, "For the database owners"`,
      });
  }
  return out;
}
