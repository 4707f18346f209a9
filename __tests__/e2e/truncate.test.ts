import { query } from './support/engines';
import { asOwner, handToOwner, OWNER_ROLE, takeBack } from './support/owner';

/**
 * TRUNCATE is not carried (the publications publish insert, update and delete), so on a source table
 * whose flow carries deletes the stack refuses it: the targets would silently keep every row. Run
 * as the tables' owner, the one role that may TRUNCATE them (a role of the application's, not a
 * superuser: support/owner.ts). (Found by hand: 230,001 rows stayed in portal.recommendation after a
 * TRUNCATE of ml.recommendation.) The owner's way out — the session override, then `repair
 * reconcile`, whose deletes verify.test.ts proves — is in the message.
 */

const TABLES = ['ml.recommendation', 'ml.eligibility_insight'];
const count = async (table: string) => (await query<{ n: number }>('warehouse', `SELECT count(*)::int AS n FROM ${table}`))[0].n;

describe('TRUNCATE of a source table whose flow carries deletes', () => {
  beforeAll(() => handToOwner('warehouse', TABLES));
  afterAll(() => takeBack('warehouse', TABLES));

  it('is run by the owner, not a superuser', async () => {
    const who = await asOwner('warehouse', async (c) => (await c.query<{ r: string; super: boolean }>('SELECT current_user AS r, rolsuper AS super FROM pg_roles WHERE rolname = current_user')).rows[0]);
    expect(who).toEqual({ r: OWNER_ROLE.warehouse, super: false });
    for (const t of TABLES) expect(await query('warehouse', `SELECT 1 FROM pg_class WHERE oid = '${t}'::regclass AND pg_get_userbyid(relowner) = $1`, [OWNER_ROLE.warehouse])).toHaveLength(1);
  });

  it('is refused, naming the table, the flow and the way out; a TRUNCATE of several tables too; nothing is emptied', async () => {
    const before = { rec: await count('ml.recommendation'), elig: await count('ml.eligibility_insight') };
    expect(before.rec).toBeGreaterThan(0);
    const refused = await asOwner('warehouse', (c) => c.query('TRUNCATE ml.recommendation')).then(
      () => undefined,
      (e: { message: string; hint?: string }) => e,
    );
    expect(refused?.message).toBe('TRUNCATE of ml.recommendation refused: flow recommendation carries its deletes, and a TRUNCATE is not carried (its target would keep every row)');
    expect(refused?.hint).toBe('DELETE the rows instead; or SET smart_cdc.allow_truncate = on in this session, TRUNCATE, then run: npx smart-cdc repair reconcile <env> recommendation');
    await expect(asOwner('warehouse', (c) => c.query('TRUNCATE ml.eligibility_insight, ml.recommendation'))).rejects.toThrow(/^TRUNCATE of ml\.(eligibility_insight|recommendation) refused: flow /);
    expect({ rec: await count('ml.recommendation'), elig: await count('ml.eligibility_insight') }).toEqual(before);
  });

  it('the owner may let one through in a session (rolled back here: the other suites need the rows)', async () => {
    await asOwner('warehouse', async (c) => {
      await c.query('BEGIN');
      await c.query('SET LOCAL smart_cdc.allow_truncate = on');
      await c.query('TRUNCATE ml.recommendation');
      expect((await c.query<{ n: number }>('SELECT count(*)::int AS n FROM ml.recommendation')).rows[0].n).toBe(0);
      await c.query('ROLLBACK');
    });
    expect(await count('ml.recommendation')).toBeGreaterThan(0);
  });
});
