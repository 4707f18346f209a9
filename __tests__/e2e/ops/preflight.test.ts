import { filterSql } from '../../../catalogue/derive';
import { app, eventually, query, withDb } from '../support/engines';
import { json, localNames, ops } from './run';

/**
 * `preflight` on the local runtime: a ready environment passes; a filtered table without
 * REPLICA IDENTITY FULL, a role with a wrong attribute and an unbounded max_slot_wal_keep_size
 * fail with their exact fix, and `--fix` applies them. Each test puts the engine back.
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
});
