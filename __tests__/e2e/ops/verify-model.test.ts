import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { CatalogueView, filterSql, SINK_ROLE } from '../../../catalogue/derive';
import { FlowDef } from '../../../catalogue/model';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { Db, eventually, query, withDb } from '../support/engines';
import { prng, Rand, seedFromEnv } from '../support/workload/prng';
import { json, ops } from './run';

/**
 * `verify` against a model the test keeps: random tampering of every flow's target behind the
 * pipeline's back (as the sink role, so no change travels on), each kind with the verdict it must
 * give — a carried value changed: different; a column the flow does not carry changed: nothing; a
 * row deleted: missing; a row added: extra where the flow propagates deletes, kept (no error) where
 * it ignores them. verify must report exactly the model's keys, by kind; `repair reconcile` must then
 * make every flow equal again.
 */

jest.setTimeout(600_000);

const view = new CatalogueView(SMART_CATALOGUE);
const seed = seedFromEnv(Date.now() % 1_000_000);
const PER_FLOW = 6;

const KINDS = ['different', 'uncarried', 'missing', 'extra'] as const;
type Kind = (typeof KINDS)[number];
interface Expected {
  missing: Set<string>;
  extra: Set<string>;
  different: Set<string>;
}

const sourceKey = (f: FlowDef) => view.primaryKey(f.source.database, f.source.table).name;
const targetKey = (f: FlowDef) => f.fields[sourceKey(f)];
const sharedColumns = (f: FlowDef) => new Set((f.shared ?? []).flatMap((s) => [f.fields[s.column], f.fields[s.versionColumn]]));

/** A statement that changes `col` of one row, whatever its value (NULL, ±infinity, the type's bounds included). */
function changed(col: string, type: string): string {
  if (type === 'text') return `coalesce(${col}, '') || '~'`;
  if (type === 'integer') return `CASE WHEN ${col} > 0 THEN ${col} - 1 ELSE 1 END`;
  if (type === 'boolean') return `NOT coalesce(${col}, false)`;
  if (type === 'uuid') return 'gen_random_uuid()';
  if (type === 'jsonb') return `coalesce(${col}, '{}'::jsonb) || '{"tampered": true}'::jsonb`;
  if (type.startsWith('numeric')) return `CASE WHEN ${col} > 0 THEN 0 ELSE 0.5 END`;
  if (type === 'date') return `CASE WHEN ${col} = '2001-01-01' THEN '2002-02-02'::date ELSE '2001-01-01'::date END`;
  if (type === 'timestamptz') return `CASE WHEN ${col} = '2001-01-01T00:00:00Z' THEN '2002-02-02T00:00:00Z'::timestamptz ELSE '2001-01-01T00:00:00Z'::timestamptz END`;
  throw new Error(`no change written for type ${type} (column ${col})`);
}

/**
 * Target columns of the flow's target table, with their catalogue types; `carried` by this flow, or by
 * a flow reading that table (the flow back's own fields: a change of one is that flow's difference).
 */
function targetColumns(f: FlowDef): Array<{ name: string; type: string; carried: boolean }> {
  const readers = view.flows.filter((g) => g.source.database === f.target.database && g.source.table === f.target.table);
  const carried = new Set([...Object.values(f.fields), ...readers.flatMap((g) => Object.keys(g.fields))]);
  return view.table(f.target.database, f.target.table).columns.map((c) => ({ name: c.name, type: c.type, carried: carried.has(c.name) }));
}

/**
 * Keys the flow carries and the target holds, by the model's rule: source rows within the flow's
 * filter that the source's application wrote last (a row the other side's sink wrote there is the
 * other side's: loop prevention keeps it home, and verify leaves it out), present at the target.
 */
async function candidates(f: FlowDef, rng: Rand): Promise<string[]> {
  const conds = [f.filter ? filterSql(f.filter) : '', view.echoGuardedTables(f.source.database).includes(f.source.table) ? "cdc_origin IS DISTINCT FROM 'sink'" : ''].filter(Boolean);
  const src = await query<{ k: string }>(f.source.database as Db, `SELECT ${sourceKey(f)}::text AS k FROM ${f.source.table}${conds.length ? ` WHERE ${conds.join(' AND ')}` : ''}`);
  const held = new Set((await query<{ k: string }>(f.target.database as Db, `SELECT ${targetKey(f)}::text AS k FROM ${f.target.table}`)).map((r) => r.k));
  // a seeded sample, whatever order the database listed them in
  const pool = src.map((r) => r.k).filter((k) => held.has(k)).sort();
  return Array.from({ length: Math.min(PER_FLOW, pool.length) }, () => pool.splice(rng.int(0, pool.length - 1), 1)[0]);
}

/** A row deleted here would leave a flow reading this table with a target row its source lost: not this flow's verdict. */
const feedsDeletes = (f: FlowDef) => view.flows.some((g) => g.source.database === f.target.database && g.source.table === f.target.table && g.deletes === 'propagate');

/** What verify must say of one tampered row (`says` undefined: nothing), and a row the test added. */
interface Tampered {
  readonly says?: { readonly kind: keyof Expected; readonly key: string };
  readonly added?: string;
}

/** Tampers one target row as the sink would (its writes never travel back); undefined when the database refused it. */
async function tamper(c: Client, f: FlowDef, key: string, kind: Kind, rng: Rand): Promise<Tampered | undefined> {
  const k = targetKey(f);
  const shared = sharedColumns(f);
  const cols = targetColumns(f).filter((x) => x.name !== k && !shared.has(x.name) && x.name !== 'cdc_origin');
  await c.query('SAVEPOINT t');
  try {
    if (kind === 'different' || kind === 'uncarried') {
      const own = new Set(Object.values(f.fields));
      const eligible = cols.filter((x) => (kind === 'different' ? own.has(x.name) : !x.carried));
      if (!eligible.length) return undefined;
      const col = rng.pick(eligible);
      await c.query(`UPDATE ${f.target.table} SET ${col.name} = ${changed(col.name, col.type)} WHERE ${k}::text = $1`, [key]);
      return kind === 'different' ? { says: { kind: 'different', key } } : {};
    }
    if (kind === 'missing') {
      if (feedsDeletes(f)) return undefined;
      await c.query(`DELETE FROM ${f.target.table} WHERE ${k}::text = $1`, [key]);
      return { says: { kind: 'missing', key } };
    }
    const added = randomUUID();
    await c.query(
      `INSERT INTO ${f.target.table} SELECT (jsonb_populate_record(t, to_jsonb(t) || jsonb_build_object('${k}', $2::text))).* FROM ${f.target.table} t WHERE ${k}::text = $1`,
      [key, added],
    );
    return { added, says: f.deletes === 'propagate' ? { kind: 'extra', key: added } : undefined };
  } catch {
    await c.query('ROLLBACK TO SAVEPOINT t');
    return undefined;
  } finally {
    await c.query('RELEASE SAVEPOINT t').catch(() => undefined);
  }
}

interface FlowJson {
  flow: string;
  missing: string[];
  extra: string[];
  different: string[];
  error?: string;
}

const verifyJson = async (): Promise<FlowJson[]> => json(await ops(['verify', 'local', '--json', '--recheck', '0'])).flows as FlowJson[];

describe(`verify against a model of random tampering (seed ${seed})`, () => {
  const added: Array<{ f: FlowDef; key: string }> = [];

  beforeAll(async () => {
    // other suites leave changes in flight: start from equal targets
    await eventually(async () => {
      const r = await ops(['verify', 'local', '--recheck', '0']);
      if (r.code !== 0) throw new Error(`not equal yet:\n${r.stdout}`);
    }, 180_000, 3_000);
  });

  afterAll(async () => {
    // the rows a deletes-ignore flow keeps: the test's own, removed
    for (const { f, key } of added) await withDb(f.target.database as Db, (c) => c.query(`DELETE FROM ${f.target.table} WHERE ${targetKey(f)}::text = $1`, [key]), SINK_ROLE);
  });

  it('finds exactly the keys the model expects, by kind, in every flow; repair reconcile makes every flow equal again', async () => {
    const rng = prng(seed);
    const model = new Map<string, Expected>();
    const kinds: Record<string, number> = {};
    const used: Record<Kind, number> = { different: 0, uncarried: 0, missing: 0, extra: 0 };
    for (const f of view.flows) {
      const expected: Expected = { missing: new Set(), extra: new Set(), different: new Set() };
      model.set(f.name, expected);
      const keys = await candidates(f, rng);
      expect({ flow: f.name, some: keys.length > 0 }).toEqual({ flow: f.name, some: true });
      await withDb(
        f.target.database as Db,
        async (c) => {
          await c.query('BEGIN');
          for (const key of keys) {
            // the kinds used least so far first (random among equals), the first the row allows: every kind is reached even on a few rows
            const order = KINDS.map((k) => ({ k, r: rng.next() })).sort((a, b) => used[a.k] - used[b.k] || a.r - b.r).map((x) => x.k);
            for (const kind of order) {
              const got = await tamper(c, f, key, kind, rng);
              if (!got) continue;
              used[kind]++;
              kinds[`${f.name}/${kind}`] = (kinds[`${f.name}/${kind}`] ?? 0) + 1;
              if (got.added) added.push({ f, key: got.added });
              if (got.says) expected[got.says.kind].add(got.says.key);
              break;
            }
          }
          await c.query('COMMIT');
        },
        SINK_ROLE,
      );
    }
    console.log(`verify model (seed ${seed}): tampered ${JSON.stringify(kinds)}`);
    const sorted = (xs: Iterable<string>) => [...xs].sort();
    const reconciled: string[] = [];
    try {
      // every kind reached somewhere
      for (const k of KINDS) expect({ k, reached: Object.keys(kinds).some((x) => x.endsWith(`/${k}`)) }).toEqual({ k, reached: true });
      const verdicts = await verifyJson();
      const got = verdicts.map((v) => ({ flow: v.flow, error: v.error, missing: sorted(v.missing), extra: sorted(v.extra), different: sorted(v.different) }));
      const want = verdicts.map((v) => {
        const m = model.get(v.flow)!;
        return { flow: v.flow, error: undefined, missing: sorted(m.missing), extra: sorted(m.extra), different: sorted(m.different) };
      });
      expect({ seed, got }).toEqual({ seed, got: want });
      for (const f of view.flows) {
        const r = await ops(['repair', 'reconcile', 'local', f.name]);
        reconciled.push(f.name);
        expect({ flow: f.name, code: r.code, out: r.stdout + r.stderr }).toMatchObject({ flow: f.name, code: 0 });
      }
    } finally {
      // later suites read whole tables: whatever failed above, no tampered row is left behind
      for (const f of view.flows.filter((x) => !reconciled.includes(x.name))) await ops(['repair', 'reconcile', 'local', f.name]);
    }
    await eventually(async () => {
      const r = await ops(['verify', 'local', '--recheck', '0']);
      if (r.code !== 0) throw new Error(`not equal after reconcile:\n${r.stdout}`);
    }, 120_000, 3_000);
  });
});
