import { filterSql } from '../../../catalogue/derive';
import { referenceSchemaSql } from '../../../constructs/database/sql';
import { loadContext, OpsContext } from '../../../scripts/ops/context';
import { databaseChecks } from '../../../scripts/ops/preflight';
import { app, APP_ROLE, connect, eventually, query, withDb } from '../support/engines';
import { view } from '../support/converge';
import { grantApplicationRole, seedWarehouse } from '../support/fixtures';
import { json, localNames, ops } from './run';

/**
 * `preflight` on the local runtime: a ready environment passes; a filtered table without
 * REPLICA IDENTITY FULL, a role with a wrong attribute and an unbounded max_slot_wal_keep_size
 * fail with their exact fix, and `--fix` applies them. Before the stack is installed (a database of
 * its own holding the warehouse's tables), the applications' writers are named and the write probe
 * runs under what the stack would install, rolled back. Each test puts the engine back.
 */

const names = localNames();
const elig = names.sinks.find((s) => s.flow.name === 'eligibility')!.flow;

describe('ops preflight (local runtime)', () => {
  it('passes on the deployed environment: every check of both databases, Kafka and Connect', async () => {
    const r = await ops(['preflight', 'local']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('SMART CDC preflight — environment local');
    expect(r.stdout).toMatch(/Summary: \d+ ok, 0 failed, 0 waiting for a restart, \d+ warnings, 0 pending/);
    const report = json(await ops(['preflight', 'local', '--json']));
    expect(report).toMatchObject({ environment: 'local', ok: true, exitCode: 0 });
    const byName = new Map(report.checks.map((c: { area: string; name: string; status: string }) => [`${c.area} ${c.name}`, c.status]));
    for (const db of ['warehouse', 'citizen']) {
      for (const n of ['connection', 'server version', 'wal_level', 'max_replication_slots', 'max_wal_senders', 'max_slot_wal_keep_size', 'role smart_cdc_capture', 'role smart_cdc_sink', 'tables'])
        expect(byName.get(`${db} ${n}`)).toBe('ok');
    }
    for (const s of names.sources) {
      expect(byName.get(`${s.db} publication ${s.publication}`)).toBe('ok');
      expect(byName.get(`${s.db} slot ${s.slot}`)).toBe('ok');
    }
    for (const n of ['kafka connection', 'kafka brokers vs replication factor', 'kafka topics', 'connect connection', 'connect plugin PostgresConnector', 'connect plugin JdbcSinkConnector', 'connect plugin HashColumns'])
      expect(byName.get(n)).toBe('ok');
    const publication = report.checks.find((c: { name: string }) => c.name === `publication ${names.sources[0].publication}`);
    expect(publication.detail).toContain(`${elig.source.table} WHERE (${filterSql(elig.filter!)})`);
    expect(publication.detail).toContain('cdc.heartbeat');
    expect(publication.detail).toContain('cdc.debezium_signal');
  });

  describe('a wrong replica identity and a wrong role', () => {
    const table = elig.source.table;
    const restore = async () => {
      await query('warehouse', `ALTER TABLE ${table} REPLICA IDENTITY FULL`);
      await query('citizen', 'ALTER ROLE smart_cdc_sink WITH NOREPLICATION');
    };
    afterAll(restore);

    it('fail with the exact SQL, exit 1, and --fix applies it', async () => {
      // the DDL guard refuses it unless told (live-databases.test.ts); a DBA who overrides it is what preflight must catch
      await withDb('warehouse', async (c) => {
        await c.query('SET smart_cdc.allow_carried_ddl = on');
        await c.query(`ALTER TABLE ${table} REPLICA IDENTITY DEFAULT`);
      });
      await query('citizen', 'ALTER ROLE smart_cdc_sink WITH REPLICATION');
      // what the check prevents: PostgreSQL now rejects the application's updates
      await expect(app('warehouse', `UPDATE ${table} SET explanation = explanation WHERE false`)).rejects.toThrow(`cannot update table "${table.split('.')[1]}"`);

      const r = await ops(['preflight', 'local']);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(new RegExp(`FAIL\\s+warehouse\\s+replica identity ${table.replace('.', '\\.')}\\s+DEFAULT: the publication filters on`));
      expect(r.stdout).toContain(`fix: ALTER TABLE ${table} REPLICA IDENTITY FULL;`);
      expect(r.stdout).toMatch(/FAIL\s+citizen\s+role smart_cdc_sink\s+is LOGIN REPLICATION NOSUPERUSER, must be LOGIN NOREPLICATION NOSUPERUSER/);
      expect(r.stdout).toContain('fix: ALTER ROLE smart_cdc_sink WITH LOGIN NOREPLICATION NOSUPERUSER;');
      expect(r.stdout).toContain('0 waiting for a restart');

      const fixed = await ops(['preflight', 'local', '--fix']);
      expect(fixed.code).toBe(0);
      expect(fixed.stdout).toContain('Applied by --fix:');
      expect(fixed.stdout).toContain(`warehouse: replica identity ${table}: ALTER TABLE ${table} REPLICA IDENTITY FULL`);
      expect(fixed.stdout).toContain('citizen: role smart_cdc_sink: ALTER ROLE smart_cdc_sink WITH LOGIN NOREPLICATION NOSUPERUSER');
      expect(await query('warehouse', `SELECT 1 FROM pg_class WHERE oid = '${table}'::regclass AND relreplident = 'f'`)).toHaveLength(1);
      expect(await query('citizen', "SELECT 1 FROM pg_roles WHERE rolname = 'smart_cdc_sink' AND NOT rolreplication")).toHaveLength(1);
    });
  });

  describe('an unbounded max_slot_wal_keep_size', () => {
    const reset = async () => {
      await withDb('citizen', async (c) => {
        await c.query('ALTER SYSTEM RESET max_slot_wal_keep_size');
        await c.query('SELECT pg_reload_conf()');
      });
    };
    afterAll(reset);

    it('fails, and --fix bounds it with a reload (no restart)', async () => {
      await withDb('citizen', async (c) => {
        await c.query('ALTER SYSTEM SET max_slot_wal_keep_size = -1');
        await c.query('SELECT pg_reload_conf()');
      });
      const r = await eventually(async () => {
        const x = await ops(['preflight', 'local']);
        if (x.code !== 1) throw new Error('reload not seen yet');
        return x;
      }, 10_000, 300);
      expect(r.stdout).toMatch(/FAIL\s+citizen\s+max_slot_wal_keep_size\s+unbounded \(-1\): an inactive slot can fill the disk/);
      expect(r.stdout).toContain("fix: ALTER SYSTEM SET max_slot_wal_keep_size = '10GB'; SELECT pg_reload_conf();");
      const fixed = await ops(['preflight', 'local', '--fix', '--slot-wal-keep-size', '2GB']);
      expect(fixed.code).toBe(0);
      expect(fixed.stdout).toContain("citizen: max_slot_wal_keep_size: ALTER SYSTEM SET max_slot_wal_keep_size = '2GB'; SELECT pg_reload_conf()");
      expect(fixed.stdout).toMatch(/ok\s+citizen\s+max_slot_wal_keep_size\s+2048MB \(bounded\)/);
    });
  });

  describe('before the stack is installed: the warehouse\'s tables in a database of their own, no cdc schema yet', () => {
    const SCRATCH = 'smart_warehouse_before_install';
    const COLUMN_WRITER = 'smart_preflight_column_writer';
    const tables = [...new Set([...view.capturedTables('warehouse'), ...view.targetTables('warehouse')])];
    const base = loadContext('local', ['databases']);
    const ctx: OpsContext = { ...base, databases: { ...base.databases, warehouse: { ...base.databases.warehouse, database: SCRATCH } } };
    const scratch = async <T = Record<string, unknown>>(sql: string): Promise<T[]> => {
      const c = await connect('warehouse', SCRATCH);
      try {
        return (await c.query(sql)).rows as T[];
      } finally {
        await c.end();
      }
    };

    beforeAll(async () => {
      await query('warehouse', `DROP DATABASE IF EXISTS ${SCRATCH} WITH (FORCE)`);
      await query('warehouse', `CREATE DATABASE ${SCRATCH}`);
      const c = await connect('warehouse', SCRATCH);
      try {
        await c.query(referenceSchemaSql(view, 'warehouse'));
        await grantApplicationRole(c, 'warehouse', [...new Set(tables.map((t) => t.split('.')[0]))]);
        // a role that may write one column only is a writer too
        await c.query(`DO $$ BEGIN CREATE ROLE ${COLUMN_WRITER} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
        await c.query(`GRANT USAGE ON SCHEMA ml TO ${COLUMN_WRITER}`);
        await c.query(`GRANT UPDATE (explanation) ON ml.eligibility_insight TO ${COLUMN_WRITER}`);
        // a row in every table, for the probe to update, delete and put back
        await seedWarehouse(c);
        for (const t of view.targetTables('warehouse').filter((x) => !view.capturedTables('warehouse').includes(x)))
          await c.query(`INSERT INTO ${t} (${view.primaryKey('warehouse', t).name}) VALUES (gen_random_uuid())`);
      } finally {
        await c.end();
      }
    });
    afterAll(async () => {
      await query('warehouse', `DROP DATABASE IF EXISTS ${SCRATCH} WITH (FORCE)`);
      await query('warehouse', `DROP ROLE IF EXISTS ${COLUMN_WRITER}`);
    });

    it('names who writes and owns each table, and probes it under what the stack would install; the rollback leaves nothing behind', async () => {
      const rows = async () => Promise.all(tables.map(async (t) => (await scratch<{ h: string }>(`SELECT md5(string_agg(x::text, ',' ORDER BY x::text)) AS h FROM ${t} x`))[0].h));
      const before = await rows();
      const checks = await databaseChecks(ctx, 'warehouse', '10GB');
      const write = (t: string) => checks.find((c) => c.name === `application writes ${t}`);
      for (const t of tables) {
        expect(write(t)).toMatchObject({ status: 'ok' });
        expect(write(t)!.detail).toMatch(new RegExp(`^written by (\\S+, )?${APP_ROLE.warehouse}, owned by postgres; a role with only table grants updated, deleted and re-inserted a row under the triggers, replica identity and publication the stack would install \\(probe, rolled back\\)$`));
      }
      expect(write('ml.eligibility_insight')!.detail).toContain(`written by ${COLUMN_WRITER}, ${APP_ROLE.warehouse}, owned by postgres`);
      const [left] = await scratch<Record<string, boolean>>(
        `SELECT to_regnamespace('cdc') IS NULL AS no_cdc_schema,
                NOT EXISTS (SELECT 1 FROM pg_publication) AS no_publication,
                NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname LIKE 'smart\\_cdc\\_%') AS no_trigger,
                NOT EXISTS (SELECT 1 FROM pg_event_trigger) AS no_event_trigger,
                NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attname = 'cdc_origin') AS no_origin_column,
                (SELECT relreplident = 'd' FROM pg_class WHERE oid = 'ml.eligibility_insight'::regclass) AS replica_identity_untouched,
                NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname LIKE 'smart\\_cdc\\_probe\\_%') AS no_probe_role`,
      );
      expect(Object.entries(left).filter(([, ok]) => !ok)).toEqual([]);
      expect(await rows()).toEqual(before);
    });

    it('fails a table the stack would break (no replica identity, its updates published), naming the error and the fix', async () => {
      await scratch('ALTER TABLE ml.recommendation REPLICA IDENTITY NOTHING');
      try {
        const checks = await databaseChecks(ctx, 'warehouse', '10GB');
        expect(checks.find((c) => c.name === 'application writes ml.recommendation')).toMatchObject({
          status: 'fail',
          detail: expect.stringContaining(
            'could write it, but not under the triggers, replica identity and publication the stack would install: cannot update table "recommendation" because it does not have a replica identity and publishes updates',
          ),
        });
        expect(checks.find((c) => c.name === 'replica identity ml.recommendation')).toMatchObject({ status: 'fail', fix: 'ALTER TABLE ml.recommendation REPLICA IDENTITY DEFAULT;' });
        // the other tables are not affected by it
        expect(checks.find((c) => c.name === 'application writes ml.eligibility_insight')).toMatchObject({ status: 'ok' });
      } finally {
        await scratch('ALTER TABLE ml.recommendation REPLICA IDENTITY DEFAULT');
      }
    });
  });
});
