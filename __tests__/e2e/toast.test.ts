import { randomUUID } from 'crypto';
import { CatalogueView, ORIGIN_COLUMN, ORIGIN_SINK_OVER_APP } from '../../catalogue/derive';
import { SMART_CATALOGUE } from '../../catalogue/smart';
import { UNCHANGED_TOAST } from '../../constructs/connect/transforms';
import { app, eventually, query, readTopic, withDb } from './support/engines';
import { ops } from './ops/run';

/**
 * A large value an UPDATE leaves unchanged: PostgreSQL stores it out of line (TOAST) and does not
 * send it, so Debezium has no value for it. The target must never get a stand-in: with the default
 * replica identity the change is parked (naming the column) and `repair replay` re-reads the row;
 * with replica identity FULL the value is taken from the row before the change and the change
 * arrives whole. (Found by hand: the target's address_line became `__debezium_unavailable_value`.)
 */

jest.setTimeout(300_000);

const view = new CatalogueView(SMART_CATALOGUE);
const flow = view.flows.find((f) => f.name === 'profile_to_citizen')!;
const DLQ = view.deadLetterTopic(flow);
const TABLE = flow.source.table;

const target = async (id: string) => (await query<{ address_line: string; postal_code: string }>('citizen', 'SELECT address_line, postal_code FROM portal.citizen WHERE id = $1', [id]))[0];
const reasons = async () => (await readTopic(DLQ).catch(() => [])).map((r) => r.headers['__connect.errors.exception.message'] ?? '');

describe('a large value an UPDATE left unchanged (TOAST) is never written as a stand-in', () => {
  const id = randomUUID();
  let address = '';

  beforeAll(async () => {
    // ~22 kB of hex: still over 2 kB once compressed, so it is stored out of line
    address = (await query<{ a: string }>('warehouse', "SELECT string_agg(md5(random()::text), '') AS a FROM generate_series(1, 700)"))[0].a;
    await app('warehouse', "INSERT INTO analytics.citizen_profile (citizen_id, national_id, full_name, date_of_birth, address_line, postal_code, municipality_code) VALUES ($1, $2, 'Toast Test', '1990-01-01', $3, '00100', '091')", [id, `TOAST-${id}`, address]);
    await eventually(async () => expect((await target(id))?.address_line).toBe(address), 60_000);
  });

  afterAll(async () => {
    await withDb('warehouse', async (c) => {
      await c.query('SET smart_cdc.allow_carried_ddl = on');
      await c.query(`ALTER TABLE ${TABLE} REPLICA IDENTITY DEFAULT`);
    });
  });

  it('default replica identity: the change is parked naming the column; replay brings it whole', async () => {
    const parkedBefore = (await reasons()).length;
    await app('warehouse', `UPDATE ${TABLE} SET postal_code = '00200' WHERE citizen_id = $1`, [id]);
    const why = await eventually(async () => {
      const r = (await reasons()).slice(parkedBefore);
      if (!r.length) throw new Error('not parked yet');
      return r;
    }, 60_000);
    expect(why.join('\n')).toContain(`not carried exactly: column ${TABLE}.address_line: a value stored out of line that the UPDATE left unchanged`);
    // never written with a stand-in, and not half-written either
    expect(await target(id)).toEqual({ address_line: address, postal_code: '00100' });
    // nowhere in the table either, but where the registry holds that very text (the differential test writes it as a value)
    const marked = await query<{ id: string; address_line: string }>('citizen', 'SELECT id, address_line FROM portal.citizen WHERE address_line IN ($1, $2)', [UNCHANGED_TOAST, '__debezium_unavailable_value']);
    const same = await query<{ id: string; address_line: string }>('warehouse', 'SELECT citizen_id AS id, address_line FROM analytics.citizen_profile WHERE citizen_id = ANY($1::uuid[])', [marked.map((m) => m.id)]);
    expect(marked.filter((m) => !same.some((w) => w.id === m.id && w.address_line === m.address_line)).map((m) => m.id)).toEqual([]);

    const r = await ops(['repair', 'replay', 'local', flow.name]);
    expect({ code: r.code, out: r.stdout }).toMatchObject({ code: 0 });
    await eventually(async () => expect(await target(id)).toEqual({ address_line: address, postal_code: '00200' }), 60_000);
  });

  it('parked, then the other side writes the row (the sink wrote it last): replay still brings it whole', async () => {
    const parkedBefore = (await reasons()).length;
    await app('warehouse', `UPDATE ${TABLE} SET postal_code = '00250' WHERE citizen_id = $1`, [id]);
    await eventually(async () => expect((await reasons()).length).toBeGreaterThan(parkedBefore), 60_000);
    // the portal's own change comes back: the warehouse row's latest writer is now the sink, whose changes stay home
    await app('citizen', "UPDATE portal.citizen SET email = 'toast-echo@example.org' WHERE id = $1", [id]);
    await eventually(async () => {
      const [w] = await query<{ email: string; origin: string }>('warehouse', `SELECT email, ${ORIGIN_COLUMN} AS origin FROM ${TABLE} WHERE citizen_id = $1`, [id]);
      expect(w).toEqual({ email: 'toast-echo@example.org', origin: ORIGIN_SINK_OVER_APP });
    }, 60_000);
    expect((await target(id)).postal_code).toBe('00200');

    const r = await ops(['repair', 'replay', 'local', flow.name]);
    expect({ code: r.code, out: r.stdout }).toMatchObject({ code: 0 });
    expect(r.stdout).not.toContain('skipped');
    await eventually(async () => expect(await target(id)).toEqual({ address_line: address, postal_code: '00250' }), 60_000);
    expect((await ops(['verify', 'local', flow.name])).code).toBe(0);
  });

  it('replica identity FULL: the unchanged value comes from the row before the change; nothing is parked', async () => {
    await withDb('warehouse', async (c) => {
      await c.query('SET smart_cdc.allow_carried_ddl = on');
      await c.query(`ALTER TABLE ${TABLE} REPLICA IDENTITY FULL`);
    });
    const parkedBefore = (await reasons()).length;
    await app('warehouse', `UPDATE ${TABLE} SET postal_code = '00300' WHERE citizen_id = $1`, [id]);
    await eventually(async () => expect(await target(id)).toEqual({ address_line: address, postal_code: '00300' }), 60_000);
    expect((await reasons()).slice(parkedBefore)).toEqual([]);
  });
});

describe('a value no snapshot can carry (a date before year 1): preflight names the column; streamed, it is parked', () => {
  const id = randomUUID();
  afterAll(async () => {
    await app('warehouse', `DELETE FROM ${TABLE} WHERE citizen_id = $1`, [id]);
    // the parked insert is not to be replayed: the row is gone
    await ops(['repair', 'discard', 'local', flow.name]);
  });

  it('fails preflight with the count and the column; the streamed row never reaches the target', async () => {
    const parkedBefore = (await reasons()).length;
    await app('warehouse', "INSERT INTO analytics.citizen_profile (citizen_id, national_id, full_name, date_of_birth, address_line, postal_code, municipality_code) VALUES ($1, $2, 'Old Record', '0044-03-15 BC', 'Forum', '00100', '091')", [id, `BC-${id}`]);
    const r = await ops(['preflight', 'local']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`FAIL\\s+warehouse\\s+values of ${TABLE.replace('.', '\\.')}\\.date_of_birth\\s+1 row\\(s\\) hold a date before year 1: a snapshot carries it as the same day AD`));
    const why = await eventually(async () => {
      const x = (await reasons()).slice(parkedBefore);
      if (!x.length) throw new Error('not parked yet');
      return x.join('\n');
    }, 60_000);
    expect(why).toContain(`column ${TABLE}.date_of_birth: date before year 1`);
    expect(await target(id)).toBeUndefined();
  });
});
