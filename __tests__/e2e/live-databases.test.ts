import { SINK_ROLE } from '../../catalogue/derive';
import { app, APP_ROLE, Db, eventually, query, withApp, withDb } from './support/engines';
import { view } from './support/converge';
import { asOwner, handToOwner, takeBack } from './support/owner';
import { json, ops } from './ops/run';

/**
 * The pipeline is installed into databases that applications own and write: with the stack deployed,
 * those applications (least-privilege roles: table grants only) and their owners' migrations keep
 * working, and only the DDL that would break a flow or the applications is refused.
 */
const DBS: Db[] = ['warehouse', 'citizen'];
const tablesOf = (db: Db) => [...new Set([...view.capturedTables(db), ...view.targetTables(db)])];
const key = (db: Db, table: string) => view.database(db).tables.find((t) => `${t.schema}.${t.name}` === table)!.columns.find((c) => c.primaryKey)!.name;

/** As the application, in a transaction rolled back: UPDATE, DELETE and re-INSERT of one real row. */
async function writeAndRollBack(db: Db, table: string): Promise<void> {
  await withApp(db, async (c) => {
    const [row] = (await c.query(`SELECT to_jsonb(t) AS row FROM ${table} t LIMIT 1`)).rows as Array<{ row: Record<string, unknown> }>;
    if (!row) throw new Error(`${table} has no row to write`);
    const k = key(db, table);
    await c.query('BEGIN');
    try {
      await c.query(`UPDATE ${table} SET ${k} = ${k} WHERE ${k} = $1`, [row.row[k]]);
      await c.query(`DELETE FROM ${table} WHERE ${k} = $1`, [row.row[k]]);
      await c.query(`INSERT INTO ${table} SELECT * FROM jsonb_populate_record(NULL::${table}, $1)`, [row.row]);
    } finally {
      await c.query('ROLLBACK');
    }
  });
}

describe('installed into live databases', () => {
  describe.each(DBS)('the application role of %s', (db) => {
    it('holds table grants only: no privilege on the cdc schema, not an owner, not a superuser', async () => {
      const [r] = await query<{ super: boolean; cdc: boolean; owns: string }>(
        db,
        `SELECT rolsuper AS super, has_schema_privilege(rolname, 'cdc', 'USAGE') AS cdc,
                (SELECT count(*) FROM pg_class WHERE relowner = pg_roles.oid) AS owns
           FROM pg_roles WHERE rolname = $1`,
        [APP_ROLE[db]],
      );
      expect(r).toEqual({ super: false, cdc: false, owns: '0' });
    });

    it('the sink role has no privilege on the cdc schema either: the triggers it fires run as their owner', async () => {
      const [r] = await query<{ cdc: boolean }>(db, "SELECT has_schema_privilege('smart_cdc_sink', 'cdc', 'USAGE') AS cdc");
      expect(r.cdc).toBe(false);
    });

    it.each(tablesOf(db))('writes %s under the pipeline\'s triggers and replica identity (INSERT, UPDATE, DELETE)', async (table) => {
      await writeAndRollBack(db, table);
    });
  });

  it('preflight names the application roles that write each table and proves they can (probe, rolled back)', async () => {
    const report = json(await ops(['preflight', 'local', '--json']));
    expect(report.exitCode).toBe(0);
    for (const db of DBS)
      for (const table of tablesOf(db)) {
        const c = report.checks.find((x: { area: string; name: string }) => x.area === db && x.name === `application writes ${table}`);
        expect(c).toMatchObject({ status: 'ok' });
        expect(c.detail).toContain(`written by ${APP_ROLE[db]}`);
      }
  });

  describe('a trigger function that runs as the writer (what the stack installed before)', () => {
    const fn = 'cdc.guard_portal_citizen()';
    afterAll(() => query('citizen', `ALTER FUNCTION ${fn} SECURITY DEFINER`));

    it('blocks the application, and preflight and the probe say so', async () => {
      await query('citizen', `ALTER FUNCTION ${fn} SECURITY INVOKER`);
      // a change of the shared field: the last-writer-wins clock is in the cdc schema
      await expect(app('citizen', 'UPDATE portal.citizen SET household_size = coalesce(household_size, 0) + 1 WHERE id = (SELECT id FROM portal.citizen LIMIT 1)')).rejects.toThrow('permission denied for schema cdc');
      const r = await ops(['preflight', 'local']);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/FAIL\s+citizen\s+application writes portal\.citizen\s+written by smart_portal_app, owned by postgres; a role with only table grants cannot write it: permission denied for schema cdc/);
      await query('citizen', `ALTER FUNCTION ${fn} SECURITY DEFINER`);
      await writeAndRollBack('citizen', 'portal.citizen');
    });
  });

  it("a guard that runs as the writer (loop prevention only) names its operators: one on the writer's search_path cannot make an application's write a sink's", async () => {
    const [fn] = await query<{ definer: boolean }>('citizen', "SELECT prosecdef AS definer FROM pg_proc WHERE oid = 'cdc.guard_portal_recommendation'::regproc");
    expect(fn.definer).toBe(false);
    const ops = 'smart_cdc_test_ops';
    await query('citizen', `CREATE SCHEMA ${ops}; CREATE FUNCTION ${ops}.always(name, name) RETURNS boolean LANGUAGE sql AS 'SELECT true';
      CREATE OPERATOR ${ops}.= (LEFTARG = name, RIGHTARG = name, FUNCTION = ${ops}.always); GRANT USAGE ON SCHEMA ${ops} TO ${APP_ROLE.citizen}`);
    try {
      await withApp('citizen', async (c) => {
        await c.query('BEGIN');
        try {
          await c.query(`SET LOCAL search_path = ${ops}, pg_catalog, portal`);
          // the writer's path does pick that operator for an unqualified comparison
          expect((await c.query(`SELECT session_user = '${SINK_ROLE}' AS sink`)).rows[0].sink).toBe(true);
          const { rows } = await c.query("INSERT INTO portal.recommendation (id, citizen_id, program_code) SELECT gen_random_uuid(), id, 'OPS' FROM portal.citizen LIMIT 1 RETURNING cdc_origin");
          expect(rows).toEqual([{ cdc_origin: 'app' }]);
        } finally {
          await c.query('ROLLBACK');
        }
      });
    } finally {
      await query('citizen', `DROP SCHEMA ${ops} CASCADE`);
    }
  });

  describe("the tables' owner runs migrations", () => {
    // warehouse: a filtered and an unfiltered captured table; citizen: a table both captured and written
    const TABLES: Record<Db, string[]> = { warehouse: ['ml.recommendation', 'ml.eligibility_insight', 'staging.citizen_submission'], citizen: ['portal.citizen'] };
    /** `sql` as the owner inside a transaction that is rolled back whatever happens: a guard that let it through destroys nothing */
    const ownerTries = (db: Db, sql: string) =>
      asOwner(db, async (c) => {
        await c.query('BEGIN');
        try {
          await c.query(sql);
        } finally {
          await c.query('ROLLBACK');
        }
      });

    beforeAll(async () => {
      for (const db of DBS) await handToOwner(db, TABLES[db]);
    });
    afterAll(async () => {
      await asOwner('warehouse', async (c) => {
        await c.query('ALTER TABLE ml.recommendation DROP COLUMN IF EXISTS owner_note');
        await c.query('DROP INDEX IF EXISTS ml.recommendation_owner_program');
        await c.query('ALTER TABLE ml.recommendation DROP CONSTRAINT IF EXISTS recommendation_owner_rank');
      });
      await withDb('warehouse', async (c) => {
        await c.query('SET smart_cdc.allow_carried_ddl = on');
        await c.query('ALTER TABLE ml.eligibility_insight REPLICA IDENTITY FULL');
        await c.query('ALTER TABLE ml.recommendation REPLICA IDENTITY DEFAULT');
      });
      for (const db of DBS) await takeBack(db, TABLES[db]);
    });

    it('adds a nullable column, an index and a constraint to a captured table', async () => {
      await asOwner('warehouse', async (c) => {
        await c.query('ALTER TABLE ml.recommendation ADD COLUMN owner_note text');
        await c.query('CREATE INDEX recommendation_owner_program ON ml.recommendation (program_code)');
        await c.query('ALTER TABLE ml.recommendation ADD CONSTRAINT recommendation_owner_rank CHECK (rank >= 0) NOT VALID');
      });
      const cols = await query('warehouse', "SELECT 1 FROM information_schema.columns WHERE table_schema = 'ml' AND table_name = 'recommendation' AND column_name = 'owner_note'");
      expect(cols).toHaveLength(1);
    });

    it('is refused renaming a carried column, with the hint', async () => {
      await expect(asOwner('warehouse', (c) => c.query('ALTER TABLE ml.recommendation RENAME COLUMN reason_code TO reason'))).rejects.toMatchObject({
        message: expect.stringContaining('smart-cdc: ALTER TABLE would break flow recommendation: ml.recommendation.reason_code'),
        hint: expect.stringContaining('SET smart_cdc.allow_carried_ddl = on'),
      });
    });

    it('is refused dropping a captured table, naming the flow', async () => {
      await expect(ownerTries('warehouse', 'DROP TABLE ml.recommendation')).rejects.toMatchObject({
        message: 'smart-cdc: DROP TABLE drops table ml.recommendation, which flow recommendation carries',
        hint: expect.stringContaining('SET smart_cdc.allow_carried_ddl = on'),
      });
    });

    it("is refused dropping or retyping a column a sink writes (a flow's target)", async () => {
      await expect(ownerTries('warehouse', 'ALTER TABLE staging.citizen_submission DROP COLUMN free_text')).rejects.toMatchObject({
        message: 'smart-cdc: ALTER TABLE would break flow submission: staging.citizen_submission.free_text — column is missing (renamed or dropped)',
      });
      await expect(ownerTries('warehouse', 'ALTER TABLE staging.citizen_submission ALTER COLUMN category TYPE varchar')).rejects.toMatchObject({
        message: expect.stringContaining('smart-cdc: ALTER TABLE would break flow submission: staging.citizen_submission.category — column is character varying, the pipeline carries text'),
      });
    });

    it('is refused taking REPLICA IDENTITY FULL from a filtered table; overridden, status names the table and the fix', async () => {
      await expect(asOwner('warehouse', (c) => c.query('ALTER TABLE ml.eligibility_insight REPLICA IDENTITY DEFAULT'))).rejects.toMatchObject({
        message: expect.stringContaining('smart-cdc: ALTER TABLE would make every UPDATE and DELETE of ml.eligibility_insight fail'),
        hint: expect.stringContaining('ALTER TABLE ml.eligibility_insight REPLICA IDENTITY FULL'),
      });
      expect(await query('warehouse', "SELECT 1 FROM pg_class WHERE oid = 'ml.eligibility_insight'::regclass AND relreplident = 'f'")).toHaveLength(1);

      await asOwner('warehouse', async (c) => {
        await c.query('SET smart_cdc.allow_carried_ddl = on');
        await c.query('ALTER TABLE ml.eligibility_insight REPLICA IDENTITY DEFAULT');
      });
      // what status must not call healthy: the application can no longer update the table
      await expect(app('warehouse', "UPDATE ml.eligibility_insight SET explanation = explanation WHERE status = 'published'")).rejects.toThrow('cannot update table "eligibility_insight"');
      const r = await eventually(async () => {
        const x = await ops(['status', 'local']);
        if (!x.stdout.includes('replica identity of ml.eligibility_insight')) throw new Error('not reported yet');
        return x;
      }, 30_000, 1_000);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toContain('replica identity of ml.eligibility_insight on warehouse is DEFAULT: its publication filters rows, so PostgreSQL refuses every UPDATE and DELETE the applications make on it');
      expect(r.stdout).toContain('ALTER TABLE ml.eligibility_insight REPLICA IDENTITY FULL');
      // the fix is not refused, and the application writes again
      await asOwner('warehouse', (c) => c.query('ALTER TABLE ml.eligibility_insight REPLICA IDENTITY FULL'));
      await writeAndRollBack('warehouse', 'ml.eligibility_insight');
    });

    // a carried column of each database's table, dropped or retyped (int → bigint converts every value:
    // only the guard can refuse it)
    const CARRIED: Record<Db, { table: string; drop: string; retype: string }> = {
      warehouse: { table: 'ml.recommendation', drop: 'reason_code', retype: 'rank' },
      citizen: { table: 'portal.citizen', drop: 'phone', retype: 'household_size' },
    };
    const flowsOf = (db: Db, table: string, column: string) => view.carriedColumns(db).find((c) => c.table === table && c.column === column)!.flows.join(', ');
    const hasColumn = async (db: Db, table: string, column: string, type: string) =>
      (await query(db, 'SELECT 1 FROM pg_attribute WHERE attrelid = $1::regclass AND attname = $2 AND NOT attisdropped AND format_type(atttypid, atttypmod) = $3', [table, column, type])).length === 1;

    describe.each(DBS)('on %s', (db) => {
      const { table, drop, retype } = CARRIED[db];

      it(`is refused dropping a carried column, with the guard's hint`, async () => {
        await expect(asOwner(db, (c) => c.query(`ALTER TABLE ${table} DROP COLUMN ${drop}`))).rejects.toMatchObject({
          message: `smart-cdc: ALTER TABLE would break flow ${flowsOf(db, table, drop)}: ${table}.${drop} — column is missing (renamed or dropped)`,
          hint: 'The CDC pipeline carries this column (cdc.carried_column). Change the pipeline catalogue and redeploy first, or SET smart_cdc.allow_carried_ddl = on if you mean it.',
        });
        expect(await hasColumn(db, table, drop, 'text')).toBe(true);
      });

      it('is refused retyping a carried column, with the hint', async () => {
        await expect(asOwner(db, (c) => c.query(`ALTER TABLE ${table} ALTER COLUMN ${retype} TYPE bigint`))).rejects.toMatchObject({
          message: `smart-cdc: ALTER TABLE would break flow ${flowsOf(db, table, retype)}: ${table}.${retype} — column is bigint, the pipeline carries integer`,
          hint: expect.stringContaining('SET smart_cdc.allow_carried_ddl = on'),
        });
        expect(await hasColumn(db, table, retype, 'integer')).toBe(true);
        await writeAndRollBack(db, table);
      });
    });

    it('is refused taking the replica identity of an unfiltered captured table (NOTHING); overridden, status and preflight name the table and the fix', async () => {
      const table = 'ml.recommendation';
      await expect(asOwner('warehouse', (c) => c.query(`ALTER TABLE ${table} REPLICA IDENTITY NOTHING`))).rejects.toMatchObject({
        message: `smart-cdc: ALTER TABLE would make every UPDATE and DELETE of ${table} fail: publication ${view.publicationName('warehouse')} publishes its updates and deletes, which needs a replica identity (it would be NOTHING)`,
        hint: expect.stringContaining(`ALTER TABLE ${table} REPLICA IDENTITY DEFAULT`),
      });
      expect(await query('warehouse', `SELECT 1 FROM pg_class WHERE oid = '${table}'::regclass AND relreplident = 'd'`)).toHaveLength(1);

      await asOwner('warehouse', async (c) => {
        await c.query('SET smart_cdc.allow_carried_ddl = on');
        await c.query(`ALTER TABLE ${table} REPLICA IDENTITY NOTHING`);
      });
      try {
        // what status must not call healthy: PostgreSQL refuses the application's updates and deletes
        await expect(app('warehouse', `UPDATE ${table} SET rank = rank WHERE false`)).rejects.toThrow('cannot update table "recommendation" because it does not have a replica identity and publishes updates');
        const r = await eventually(async () => {
          const x = await ops(['status', 'local']);
          if (!x.stdout.includes(`replica identity of ${table}`)) throw new Error('not reported yet');
          return x;
        }, 30_000, 1_000);
        expect(r.code).not.toBe(0);
        expect(r.stdout).toContain(`replica identity of ${table} on warehouse is NOTHING: its publication publishes updates and deletes, so PostgreSQL refuses every UPDATE and DELETE the applications make on it`);
        expect(r.stdout).toContain(`ALTER TABLE ${table} REPLICA IDENTITY DEFAULT`);
        const p = await ops(['preflight', 'local']);
        expect(p.code).toBe(1);
        expect(p.stdout).toMatch(/FAIL\s+warehouse\s+replica identity ml\.recommendation\s+NOTHING: the publication publishes updates and deletes/);
        expect(p.stdout).toContain(`fix: ALTER TABLE ${table} REPLICA IDENTITY DEFAULT;`);
        expect(p.stdout).toMatch(/FAIL\s+warehouse\s+application writes ml\.recommendation\s+.*cannot update table "recommendation" because it does not have a replica identity/);
      } finally {
        // the fix is not refused
        await asOwner('warehouse', (c) => c.query(`ALTER TABLE ${table} REPLICA IDENTITY DEFAULT`));
      }
      await writeAndRollBack('warehouse', table);
    });
  });
});
