import { execFile } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { terraformEnv } from '../../../scripts/terraform/cdktf';
import { LOCAL } from '../support/engines';

/**
 * The test-only substitute of cyrilgdn/postgresql 1.26.0 (runtime/terraform-providers/postgresql)
 * on the local runtime's real PostgreSQL, through real Terraform: create, no-change re-plan, drift
 * made outside Terraform (options, privileges, a dropped slot or role) detected and repaired, in-place
 * update vs replacement, clean destroy.
 * Every claim is checked on the catalogs, not on Terraform's word.
 */

// SUBSTITUTE_PG_PORT: another throwaway cluster during development (the warehouse cluster otherwise)
const PG = { ...LOCAL.warehouse, port: Number(process.env.SUBSTITUTE_PG_PORT ?? LOCAL.warehouse.port) };
const DB = 'substitute_pg_test';
const ROLE = 'substitute_pg_capture';
const SLOT = 'substitute_pg_slot';
const STEP_MS = 180_000;

const dir = mkdtempSync(join(tmpdir(), 'smart-cdc-substitute-pg-'));
const env = { ...terraformEnv(), TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_PLUGIN_CACHE_DIR: '' };

function terraform(command: string, ...args: string[]): Promise<{ code: number; out: string }> {
  const flags = command === 'show' ? ['-no-color'] : ['-input=false', '-no-color'];
  return new Promise((resolve) =>
    execFile('terraform', [`-chdir=${dir}`, command, ...flags, ...args], { env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, out: `${stdout}${stderr}` })),
  );
}
async function ok(command: string, ...args: string[]): Promise<string> {
  const r = await terraform(command, ...args);
  if (r.code) throw new Error(`terraform ${command} failed:\n${r.out}`);
  return r.out;
}

/** The configuration under test; grants chained as the stacks chain them. */
function writeConfig(o: { connectionLimit: number; plugin: string }): void {
  const grant = (extra: object) => ({ role: '${postgresql_role.capture.name}', database: DB, schema: 'app', ...extra });
  writeFileSync(join(dir, 'main.tf.json'), JSON.stringify({
    terraform: { required_providers: { postgresql: { source: 'cyrilgdn/postgresql', version: '1.26.0' } } },
    provider: { postgresql: { host: PG.host, port: PG.port, username: PG.user, database: DB, sslmode: 'disable', superuser: false, connect_timeout: 15 } },
    resource: {
      postgresql_role: { capture: { name: ROLE, login: true, replication: true, password: 'not-a-secret', connection_limit: o.connectionLimit, search_path: ['app', 'public'] } },
      postgresql_grant: {
        usage: grant({ object_type: 'schema', privileges: ['USAGE'] }),
        tables: grant({ object_type: 'table', objects: ['a', 'b'], privileges: ['SELECT', 'INSERT'], depends_on: ['postgresql_grant.usage'] }),
        all_tables: grant({ object_type: 'table', privileges: ['SELECT'], role: 'pg_monitor', depends_on: ['postgresql_grant.tables'] }),
        // not on a table of `tables`: revoking a table's privileges also revokes its column privileges
        column: grant({ object_type: 'column', objects: ['d'], columns: ['note'], privileges: ['UPDATE'], depends_on: ['postgresql_grant.all_tables'] }),
      },
      postgresql_replication_slot: { slot: { name: SLOT, plugin: o.plugin, database: DB } },
    },
  }, null, 1));
}

/** `terraform plan`, as { address: actions } of what would change (empty: no changes). */
async function plan(): Promise<Record<string, string>> {
  await ok('plan', '-out=tfplan');
  const json = JSON.parse(await ok('show', '-json', 'tfplan')) as { resource_changes?: Array<{ address: string; change: { actions: string[] } }> };
  return Object.fromEntries((json.resource_changes ?? []).filter((c) => c.change.actions.join() !== 'no-op').map((c) => [c.address, c.change.actions.join('+')]));
}

async function sql<T = Record<string, unknown>>(database: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ ...PG, database });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end();
  }
}

const role = async () => (await sql<{ oid: number; rolcanlogin: boolean; rolreplication: boolean; rolconnlimit: number; rolconfig: string[] | null }>(
  'postgres', 'SELECT oid::int, rolcanlogin, rolreplication, rolconnlimit, rolconfig FROM pg_roles WHERE rolname = $1', [ROLE]))[0];
const slot = async () => (await sql<{ plugin: string; database: string }>('postgres', 'SELECT plugin, database FROM pg_replication_slots WHERE slot_name = $1', [SLOT]))[0];
/** every privilege held directly by `grantee` in the test database, as "object:privilege" */
const privileges = async (grantee: string) => (await sql<{ p: string }>(DB, `
  WITH g AS (SELECT oid FROM pg_roles WHERE rolname = $1)
  SELECT 'schema ' || nspname || ':' || e.privilege_type AS p FROM pg_namespace, aclexplode(nspacl) e, g WHERE e.grantee = g.oid
  UNION ALL SELECT relname || ':' || e.privilege_type FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(c.relacl) e, g
    WHERE n.nspname = 'app' AND e.grantee = g.oid
  UNION ALL SELECT c.relname || '.' || a.attname || ':' || e.privilege_type FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(a.attacl) e, g WHERE n.nspname = 'app' AND e.grantee = g.oid
  ORDER BY 1`, [grantee])).map((r) => r.p);

const CAPTURE_PRIVILEGES = ['a:INSERT', 'a:SELECT', 'b:INSERT', 'b:SELECT', 'd.note:UPDATE', 'schema app:USAGE'];
const MONITOR_PRIVILEGES = ['a:SELECT', 'b:SELECT', 'c:SELECT', 'd:SELECT'];

async function dropScratch(): Promise<void> {
  await sql('postgres', `SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1`, [SLOT]);
  await sql('postgres', `DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await sql('postgres', `DROP ROLE IF EXISTS ${ROLE}`);
}

beforeAll(async () => {
  await dropScratch();
  await sql('postgres', `CREATE DATABASE ${DB}`);
  await sql(DB, 'CREATE SCHEMA app; CREATE TABLE app.a (id int PRIMARY KEY, note text); CREATE TABLE app.b (id int); CREATE VIEW app.c AS SELECT id FROM app.a; CREATE TABLE app.d (id int, note text)');
  writeConfig({ connectionLimit: 5, plugin: 'pgoutput' });
  await ok('init');
}, STEP_MS);

afterAll(async () => {
  await terraform('destroy', '-auto-approve');
  await dropScratch();
  rmSync(dir, { recursive: true, force: true });
}, STEP_MS);

describe('the cyrilgdn/postgresql substitute on the real engine', () => {
  it('creates the role, the grants and the slot, then plans no changes', async () => {
    await ok('apply', '-auto-approve');
    expect(await role()).toMatchObject({ rolcanlogin: true, rolreplication: true, rolconnlimit: 5, rolconfig: ['search_path=app, public'] });
    expect(await privileges(ROLE)).toEqual(CAPTURE_PRIVILEGES);
    expect(await privileges('pg_monitor')).toEqual(MONITOR_PRIVILEGES);
    expect(await slot()).toEqual({ plugin: 'pgoutput', database: DB });
    expect(await plan()).toEqual({});
  }, STEP_MS);

  it('detects changes made outside Terraform and repairs them', async () => {
    await sql(DB, `ALTER ROLE ${ROLE} NOLOGIN; REVOKE INSERT ON app.b FROM ${ROLE}; REVOKE SELECT ON app.c FROM pg_monitor`);
    await sql('postgres', 'SELECT pg_drop_replication_slot($1)', [SLOT]);
    expect(await plan()).toEqual({
      'postgresql_role.capture': 'update',
      'postgresql_grant.tables': 'delete+create',
      'postgresql_grant.all_tables': 'delete+create',
      'postgresql_replication_slot.slot': 'create',
    });
    await ok('apply', '-auto-approve');
    expect((await role()).rolcanlogin).toBe(true);
    expect(await privileges(ROLE)).toEqual(CAPTURE_PRIVILEGES);
    expect(await privileges('pg_monitor')).toEqual(MONITOR_PRIVILEGES);
    expect(await slot()).toEqual({ plugin: 'pgoutput', database: DB });
    expect(await plan()).toEqual({});
  }, STEP_MS);

  it('recreates a role dropped outside Terraform, with its grants', async () => {
    await sql(DB, `DROP OWNED BY ${ROLE}; DROP ROLE ${ROLE}`);
    expect(await plan()).toEqual({
      'postgresql_role.capture': 'create',
      'postgresql_grant.usage': 'create',
      'postgresql_grant.tables': 'create',
      'postgresql_grant.column': 'create',
    });
    await ok('apply', '-auto-approve');
    expect(await role()).toMatchObject({ rolcanlogin: true, rolconnlimit: 5 });
    expect(await privileges(ROLE)).toEqual(CAPTURE_PRIVILEGES);
    expect(await plan()).toEqual({});
  }, STEP_MS);

  it('updates the role in place and replaces the slot when its plugin changes', async () => {
    const before = await role();
    writeConfig({ connectionLimit: 7, plugin: 'test_decoding' });
    expect(await plan()).toEqual({ 'postgresql_role.capture': 'update', 'postgresql_replication_slot.slot': 'delete+create' });
    await ok('apply', '-auto-approve');
    const after = await role();
    expect(after.rolconnlimit).toBe(7);
    expect(after.oid).toBe(before.oid); // the same role: altered, not dropped and created
    expect(await privileges(ROLE)).toEqual(CAPTURE_PRIVILEGES);
    expect(await slot()).toEqual({ plugin: 'test_decoding', database: DB });
    expect(await plan()).toEqual({});
  }, STEP_MS);

  it('destroys everything it created', async () => {
    await ok('destroy', '-auto-approve');
    expect(await role()).toBeUndefined();
    expect(await slot()).toBeUndefined();
    expect(await privileges('pg_monitor')).toEqual([]);
    // no ACL entry of any non-owner is left on the test objects
    const acls = await sql<{ n: number }>(DB, `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(c.relacl) e
      WHERE n.nspname = 'app' AND e.grantee <> c.relowner`);
    expect(acls[0].n).toBe(0);
  }, STEP_MS);
});
