import { readFileSync } from 'fs';
import { join } from 'path';
import { Client } from 'pg';
import { CatalogueView } from '../../catalogue/derive';
import { SMART_CATALOGUE } from '../../catalogue/smart';
import { ROOT } from './support/deploy';
import { app, appConnect, Db, eventually, query, withDb } from './support/engines';
import { newCitizen, PROFILE, quiescent, sharedRow } from './support/shared-field';
import { prng, Rand, seedFromEnv } from './support/workload/prng';
import { ops } from './ops/run';

/**
 * Last-writer-wins on the shared field (household_size, versioned by household_size_updated_at)
 * converges in every case: randomized concurrent application writes on both sides, plain and with
 * explicit past versions, while one database's clock runs 30 s ahead of the other's, then the
 * other way round. The clock is the triggers' `cdc.clock()` (sql/V002__hlc_clock.sql), shifted per
 * database; a causally later write must win even from the slower clock.
 */

const view = new CatalogueView(SMART_CATALOGUE);
const topicOf = (flow: string) => view.changeTopic(view.flows.find((f) => f.name === flow)!);
const TOPICS = [topicOf('profile_to_citizen'), topicOf('profile_to_warehouse')];
const SIDES: Db[] = ['warehouse', 'citizen'];
const SKEW_S = 30;
const ROWS = 20;
const WRITES = 200;
const WORKERS = 6;

const PRODUCTION_CLOCK = readFileSync(join(ROOT, 'sql', 'V002__hlc_clock.sql'), 'utf8');
/** This database's triggers see a clock `offsetS` seconds off the machine's. */
const shiftClock = (db: Db, offsetS: number) =>
  query(db, `CREATE OR REPLACE FUNCTION cdc.clock() RETURNS timestamptz LANGUAGE sql VOLATILE AS $$ SELECT clock_timestamp() + make_interval(secs => ${offsetS}) $$`);

const pair = (r: { household_size: number | null; household_size_updated_at: Date | null }) =>
  `${r.household_size}@${r.household_size_updated_at?.toISOString() ?? 'null'}`;

/** Both sides hold the same (value, version) for every row: the mismatches, as text. */
async function mismatches(ids: string[]): Promise<string[]> {
  const rows = async (db: Db) =>
    new Map(
      (await query<{ id: string; household_size: number | null; household_size_updated_at: Date | null }>(
        db,
        `SELECT ${PROFILE[db].key} AS id, household_size, household_size_updated_at FROM ${PROFILE[db].table} WHERE ${PROFILE[db].key} = ANY($1::uuid[])`,
        [ids],
      )).map((r) => [r.id, pair(r)]),
    );
  const [w, c] = await Promise.all([rows('warehouse'), rows('citizen')]);
  return ids.filter((id) => w.get(id) !== c.get(id)).map((id) => `${id}: warehouse ${w.get(id)} vs citizen ${c.get(id)}`);
}

type Write = { db: Db; id: string; value: number; kind: 'plain' | 'past' | 'tie'; pastS: number };

/** What an application write stored (its trigger stamps the version): the pair last-writer-wins orders by. */
interface Stored {
  readonly id: string;
  readonly value: number;
  /** the version in µs since the epoch (a Date has only ms) */
  readonly us: bigint;
}

const STORED = `RETURNING household_size AS value, (extract(epoch FROM household_size_updated_at) * 1000000)::bigint AS us`;

/** One application write; `tie` writes the same explicit version on both sides at once. Returns what each write stored. */
async function apply(clients: Record<Db, Client>, w: Write): Promise<Stored[]> {
  const update = async (db: Db, value: number, version?: string): Promise<Stored[]> => {
    const r =
      version === undefined
        ? await clients[db].query(`UPDATE ${PROFILE[db].table} SET household_size = $2 WHERE ${PROFILE[db].key} = $1 ${STORED}`, [w.id, value])
        : await clients[db].query(`UPDATE ${PROFILE[db].table} SET household_size = $2, household_size_updated_at = $3 WHERE ${PROFILE[db].key} = $1 ${STORED}`, [w.id, value, version]);
    return r.rows.map((x: { value: number; us: string }) => ({ id: w.id, value: x.value, us: BigInt(x.us) }));
  };
  if (w.kind === 'plain') return update(w.db, w.value);
  if (w.kind === 'past') return update(w.db, w.value, new Date(Date.now() - w.pastS * 1000).toISOString());
  const version = new Date(Date.now() - w.pastS * 1000).toISOString();
  return (await Promise.all([update('warehouse', w.value, version), update('citizen', w.value + 1, version)])).flat();
}

/** Last-writer-wins, computed by the test: per row, the greatest (version, value) any application write stored. */
function expectedWinners(stored: readonly Stored[]): Map<string, string> {
  const best = new Map<string, Stored>();
  for (const s of stored) {
    const b = best.get(s.id);
    if (!b || s.us > b.us || (s.us === b.us && s.value > b.value)) best.set(s.id, s);
  }
  return new Map([...best].map(([id, s]) => [id, `${s.value}@${s.us}`]));
}

/** What each side holds now, as `value@µs`, for the rows `ids`. */
async function holding(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await query<{ id: string; value: number; us: string }>(
    db,
    `SELECT ${PROFILE[db].key} AS id, household_size AS value, (extract(epoch FROM household_size_updated_at) * 1000000)::bigint AS us FROM ${PROFILE[db].table} WHERE ${PROFILE[db].key} = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, `${r.value}@${r.us}`]));
}

/** Randomized concurrent writes by `WORKERS` clients, each with a session on both databases. */
async function randomWrites(ids: string[], rng: Rand): Promise<{ counts: Record<Write['kind'], number>; stored: Stored[] }> {
  const rand = rng.next;
  const queue: Write[] = Array.from({ length: WRITES }, () => {
    const r = rand();
    return {
      db: SIDES[Math.floor(rand() * 2)],
      id: ids[Math.floor(rand() * ids.length)],
      value: 1 + Math.floor(rand() * 9),
      kind: r < 0.5 ? 'plain' : r < 0.9 ? 'past' : 'tie',
      // from half a second to five minutes in the past
      pastS: 0.5 + rand() * 300,
    };
  });
  const counts = { plain: 0, past: 0, tie: 0 };
  for (const w of queue) counts[w.kind]++;
  const stored: Stored[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      const clients = { warehouse: await appConnect('warehouse'), citizen: await appConnect('citizen') };
      try {
        for (let w = queue[next++]; w; w = queue[next++]) {
          stored.push(...(await apply(clients, w)));
          if (rand() < 0.3) await new Promise((r) => setTimeout(r, rand() * 40));
        }
      } finally {
        await Promise.all([clients.warehouse.end(), clients.citizen.end()]);
      }
    }),
  );
  return { counts, stored };
}

/** Waits until both sides hold `value` with the same version; returns the version in µs (a Date has only ms). */
const converged = (id: string, value: number) =>
  eventually(async () => {
    const [w, c] = await Promise.all([sharedRow('warehouse', id), sharedRow('citizen', id)]);
    if (w.household_size !== value || pair(w) !== pair(c)) throw new Error(`not yet: warehouse ${pair(w)}, citizen ${pair(c)}, want ${value} on both`);
    const [v] = await query<{ us: string }>('citizen', 'SELECT (extract(epoch FROM household_size_updated_at) * 1000000)::bigint AS us FROM portal.citizen WHERE id = $1', [id]);
    return BigInt(v.us);
  });

describe.each([
  ['warehouse', 'citizen'],
  ['citizen', 'warehouse'],
] as const)(`last-writer-wins with the %s clock ${SKEW_S} s ahead of the %s clock`, (fast, slow) => {
  const seed = seedFromEnv(Date.now() % 1_000_000);

  beforeAll(async () => {
    await shiftClock(fast, SKEW_S);
    await shiftClock(slow, 0);
  });
  afterAll(async () => {
    for (const db of SIDES) await query(db, PRODUCTION_CLOCK);
  });

  it(`converges every row after randomized concurrent writes on both sides, explicit past versions included, to the pair the last writer stored (seed ${seed})`, async () => {
    const ids: string[] = [];
    for (let i = 0; i < ROWS; i += 5) ids.push(...(await Promise.all(Array.from({ length: Math.min(5, ROWS - i) }, () => newCitizen()))));
    await quiescent(TOPICS);
    const before = await holding('warehouse', ids);
    const { counts, stored } = await randomWrites(ids, prng(seed));
    expect(counts.past).toBeGreaterThan(0);
    expect(counts.tie).toBeGreaterThan(0);
    await quiescent(TOPICS, 240_000);
    expect({ seed, mismatches: await mismatches(ids) }).toEqual({ seed, mismatches: [] });
    // and the pair that won is the one last-writer-wins names, computed here from what each write stored
    // (a row no write reached keeps what it held)
    const want = expectedWinners(stored);
    const got = await holding('warehouse', ids);
    const wrong = ids.filter((id) => got.get(id) !== (want.get(id) ?? before.get(id))).map((id) => `${id}: holds ${got.get(id)}, last writer ${want.get(id) ?? before.get(id)}`);
    expect({ seed, wrong }).toEqual({ seed, wrong: [] });
    // the rows did change: versions moved past the initial one on both sides
    const moved = await query<{ n: string }>('citizen', `SELECT count(*) AS n FROM portal.citizen WHERE id = ANY($1::uuid[]) AND household_size_updated_at > '2026-02-01T00:00:00Z'`, [ids]);
    expect(Number(moved[0].n)).toBeGreaterThan(ROWS / 2);
  }, 420_000);

  it('lets the causally later write win, from the slower clock and with an explicit past version', async () => {
    const id = await newCitizen();
    await app(fast, `UPDATE ${PROFILE[fast].table} SET household_size = 4 WHERE ${PROFILE[fast].key} = $1`, [id]);
    const first = await converged(id, 4);
    // seen on the slow side, then changed there: its clock is 30 s behind the version it replaces
    await app(slow, `UPDATE ${PROFILE[slow].table} SET household_size = 6 WHERE ${PROFILE[slow].key} = $1`, [id]);
    const second = await converged(id, 6);
    expect(second > first).toBe(true);
    // an application that sends an explicit version older than the stored one still writes after it
    await app(fast, `UPDATE ${PROFILE[fast].table} SET household_size = 2, household_size_updated_at = '2020-01-01T00:00:00Z' WHERE ${PROFILE[fast].key} = $1`, [id]);
    const third = await converged(id, 2);
    expect(third > second).toBe(true);
  });
});

describe('last-writer-wins with a version no write can beat', () => {
  it.each(['infinity', '294276-12-31 23:59:59.999999+00'])('a stored version of %s counts as none: the next application write wins on both sides', async (stuck) => {
    const id = await newCitizen();
    // legacy rows, written before the pipeline (its triggers off): the same unbeatable version, different values
    for (const [db, value] of [['warehouse', 8], ['citizen', 8]] as const)
      await withDb(db, async (c) => {
        await c.query("SET session_replication_role = 'replica'");
        await c.query(`UPDATE ${PROFILE[db].table} SET household_size = $2, household_size_updated_at = $3 WHERE ${PROFILE[db].key} = $1`, [id, value, stuck]);
      });
    // the portal changes it to a smaller value: before, its version stayed the unbeatable one and the warehouse kept 8
    await app('citizen', 'UPDATE portal.citizen SET household_size = 2 WHERE id = $1', [id]);
    await converged(id, 2);
    const [w] = await query<{ finite: boolean }>('warehouse', 'SELECT isfinite(household_size_updated_at) AND household_size_updated_at < now() + interval \'1 day\' AS finite FROM analytics.citizen_profile WHERE citizen_id = $1', [id]);
    expect(w.finite).toBe(true);
    // an application that sends such a version explicitly gets the clock instead
    await app('warehouse', "UPDATE analytics.citizen_profile SET household_size = 5, household_size_updated_at = 'infinity' WHERE citizen_id = $1", [id]);
    await converged(id, 5);
  });
});

/**
 * Arrival order forced: both sinks paused while each side writes every row, then one sink resumed
 * and drained before the other. Each side thus applies the other side's write after its own, and
 * the older write arrives last at one side and first at the other, in both orders. A carried field
 * the same write changes (email at the portal, postal_code at the registry) shows when it arrived,
 * whether or not last-writer-wins let its pair in.
 */
describe('last-writer-wins with the arrival order forced', () => {
  const FLOW_INTO: Record<Db, string> = { warehouse: 'profile_to_warehouse', citizen: 'profile_to_citizen' };
  const MARKER: Record<Db, string> = { warehouse: 'postal_code', citizen: 'email' };
  const other = (db: Db): Db => (db === 'warehouse' ? 'citizen' : 'warehouse');
  const resume = async (db: Db) => expect((await ops(['repair', 'resume', 'local', FLOW_INTO[db]])).code).toBe(0);
  afterEach(async () => {
    for (const db of SIDES) await ops(['repair', 'resume', 'local', FLOW_INTO[db]]);
  });

  /** Waits until `db` holds the other side's marker on every row: its write, pair and all, has arrived. */
  const arrived = (db: Db, ids: readonly string[], marker: string) =>
    eventually(async () => {
      const rows = await query<{ n: string }>(db, `SELECT count(*) AS n FROM ${PROFILE[db].table} WHERE ${PROFILE[db].key} = ANY($1::uuid[]) AND ${MARKER[other(db)]} = $2`, [ids, marker]);
      if (Number(rows[0].n) !== ids.length) throw new Error(`${db}: ${rows[0].n} of ${ids.length} rows hold the other side's write`);
    }, 120_000, 500);

  it.each(['warehouse', 'citizen'] as const)('converges to the last writer when the sink into %s is resumed first', async (first) => {
    const ids = await Promise.all(Array.from({ length: 6 }, () => newCitizen()));
    await quiescent(TOPICS);
    for (const db of SIDES) expect((await ops(['repair', 'pause', 'local', FLOW_INTO[db]])).code).toBe(0);
    const marker = `m${Date.now()}`;
    const stored: Stored[] = [];
    const past = new Date(Date.now() - 60_000).toISOString();
    for (const [i, id] of ids.entries()) {
      // per row: the warehouse's write older, the portal's older, or both at one explicit version (the greater value wins)
      const older: Db | 'tie' = i % 3 === 0 ? 'warehouse' : i % 3 === 1 ? 'citizen' : 'tie';
      for (const db of SIDES) {
        const version = older === db || older === 'tie' ? past : undefined;
        const value = db === 'warehouse' ? 10 + i : 20 + i;
        const set = `household_size = $2, ${MARKER[db]} = $3${version ? ', household_size_updated_at = $4' : ''}`;
        const r = await app<{ value: number; us: string }>(db, `UPDATE ${PROFILE[db].table} SET ${set} WHERE ${PROFILE[db].key} = $1 ${STORED}`, [id, value, marker, ...(version ? [version] : [])]);
        stored.push(...r.map((x) => ({ id, value: x.value, us: BigInt(x.us) })));
      }
    }
    const want = expectedWinners(stored);
    const wrong = async (db: Db) => {
      const got = await holding(db, ids);
      return ids.filter((id) => got.get(id) !== want.get(id)).map((id) => `${db} ${id}: holds ${got.get(id)}, last writer ${want.get(id)}`);
    };
    await resume(first);
    await arrived(first, ids, marker);
    expect(await wrong(first)).toEqual([]);
    await resume(other(first));
    await arrived(other(first), ids, marker);
    await quiescent(TOPICS);
    expect([...(await wrong('warehouse')), ...(await wrong('citizen'))]).toEqual([]);
  }, 300_000);
});
