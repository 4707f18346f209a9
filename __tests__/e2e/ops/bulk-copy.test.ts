import { randomBytes } from 'crypto';
import { FlowDef } from '../../../catalogue/model';
import { SINK_ROLE } from '../../../catalogue/derive';
import { copyFlow } from '../../../scripts/ops/bulk-copy';
import { appOwnedSql, hashSalt } from '../../../scripts/ops/verify';
import { removeRun, seedRun, startWriter, writtenDifferences } from '../support/concurrent-writer';
import { Db, query } from '../support/engines';
import { execute } from '../support/workload/execute';
import { putBehind } from '../support/workload/cleanup';
import { context, flowStates, settle, silent } from '../support/workload/oracle';
import { generate } from '../support/workload/program';
import { prng, seedFromEnv } from '../support/workload/prng';
import { json, ops } from './run';

/**
 * The bulk copy (`repair resync`'s first copy) against the stream, on the real engines:
 * 1. a seeded workload (every catalogue type's edge values, NULLs, out-of-line text, updates,
 *    deletes, key changes) goes through the stream; each flow is then copied into a scratch table of
 *    its target's shape, and every row the stream wrote equal to its source is byte for byte the row
 *    the copy wrote (the text of every carried column);
 * 2. rows inserted, updated and deleted while `repair resync` copies end up exactly right;
 * 3. a copy into a target whose statistics say it is empty (emptied by DELETE, then analyzed) finishes.
 */

jest.setTimeout(900_000);

const FIXED_SEED = 20_261_204;
const scratchOf = (f: FlowDef) => `${f.target.table}_copy_${f.id}`;

/** The run's rows of a flow's target (or its scratch copy): key → the text of every carried column. */
async function rowsOf(f: FlowDef, table: string, ns: string): Promise<Map<string, string>> {
  const cols = Object.values(f.fields);
  const key = f.fields[context().view.primaryKey(f.source.database, f.source.table).name];
  const rows = await query<{ k: string; v: string }>(
    f.target.database as Db,
    `SELECT ${key}::text AS k, json_build_array(${cols.map((c) => `${c}::text`).join(', ')})::text AS v FROM ${table} WHERE ${key}::text LIKE $1`,
    [`${ns}%`],
  );
  return new Map(rows.map((r) => [r.k, r.v]));
}

describe('bulk copy (local runtime)', () => {
  const flows = context().view.flows;
  afterAll(async () => {
    for (const f of flows) await query(f.target.database as Db, `DROP TABLE IF EXISTS ${scratchOf(f)}`);
  });

  it('writes every row byte for byte as the stream writes it (seeded workload, every flow)', async () => {
    const seed = seedFromEnv(FIXED_SEED);
    const ns = randomBytes(4).toString('hex');
    const p = generate(context().view, prng(seed), { txns: 200, bulkRows: 2_000 });
    // TRUNCATEs are the differential test's (they need the tables' owner); everything else runs
    const result = await execute(p.txns.filter((t) => !t.statements.some((s) => s.refused)), ns);
    expect(result.errors).toEqual([]);
    // the stream has delivered: every difference left is flagged (parked by design)
    expect(await settle(async () => silent(await flowStates(ns)), 240_000)).toEqual([]);
    const states = await flowStates(ns);

    const report: string[] = [];
    const problems: string[] = [];
    const sames: number[] = [];
    for (const f of flows) {
      const scratch = scratchOf(f);
      const db = f.target.database as Db;
      await query(db, `DROP TABLE IF EXISTS ${scratch}; CREATE TABLE ${scratch} (LIKE ${f.target.table} INCLUDING ALL); GRANT SELECT, INSERT, UPDATE, DELETE ON ${scratch} TO ${SINK_ROLE}`);
      const copied = await copyFlow(context(), f, hashSalt('local'), 600_000, scratch);
      const [streamed, bulk] = await Promise.all([rowsOf(f, f.target.table, ns), rowsOf(f, scratch, ns)]);
      // rows the stream parked or holds back differ from the source by design; a deletes-ignore flow keeps rows the source deleted
      const differing = new Set(states.find((s) => s.flow === f.name)!.differing);
      let same = 0;
      for (const [k, v] of bulk) {
        if (differing.has(k)) continue;
        if (streamed.get(k) === v) same++;
        else problems.push(`${f.name} ${k}: stream ${streamed.get(k) ?? 'no row'}, copy ${v}`);
      }
      // not the flow's to copy: rows the application wrote at the target itself, rows a deletes-ignore flow kept
      const own = appOwnedSql(context().view, f);
      const appRows = new Set(own ? (await query<{ k: string }>(db, own)).map((x) => x.k) : []);
      const atSource = new Set((await query<{ k: string }>(f.source.database as Db, `SELECT ${context().view.primaryKey(f.source.database, f.source.table).name}::text AS k FROM ${f.source.table}`)).map((x) => x.k));
      const kept = (k: string) => f.deletes === 'ignore' && !atSource.has(k);
      for (const k of streamed.keys()) if (!bulk.has(k) && !differing.has(k) && !appRows.has(k) && !kept(k)) problems.push(`${f.name} ${k}: the stream wrote it, the copy did not`);
      report.push(`${f.name}: ${copied.rows} copied, ${same} of the run's ${streamed.size} streamed rows identical, ${differing.size} differing by design`);
      sames.push(same);
    }
    // the suites after this one read whole tables and count dead letters: the run's rows healed, tidied, nothing left parked
    expect(await putBehind(ns)).toEqual([]);
    console.log(`bulk copy vs stream (SMART_CDC_SEED=${seed}:quick): ${report.join('; ')}`);
    expect(problems.slice(0, 20)).toEqual([]);
    // the comparison compared: most flows carried rows of the run
    expect(sames.filter((n) => n > 0).length).toBeGreaterThanOrEqual(flows.length - 1);
  });

  it('rows inserted, updated and deleted while `repair resync` copies end up exactly right', async () => {
    // enough rows that the copy takes a while; a writer changes them all along
    const ns = `c${randomBytes(3).toString('hex')}`;
    const writer = startWriter(ns, await seedRun(ns, 40_000, 300), 20);
    const { written } = writer;
    const r = await ops(['repair', 'resync', 'local', 'warehouse', '--json']);
    await writer.stop();
    expect({ code: r.code, out: r.stdout.slice(-1500) }).toMatchObject({ code: 0 });
    const report = json(r);
    const copiedRecs = report.copied.find((c: { flow: string }) => c.flow === 'recommendation');
    expect(copiedRecs.rows).toBeGreaterThanOrEqual(40_000 - written.deleted.length);
    // changes made during the copy as well as before and after it
    expect(written.updated.length).toBeGreaterThan(5);
    console.log(`resync while writing: ${written.inserted.length} inserted, ${written.updated.length} updated, ${written.deleted.length} deleted during it; copied ${JSON.stringify(report.copied)}`);
    const v = await settle(async () => {
      const out = await ops(['verify', 'local', 'recommendation', '--json', '--recheck', '0']);
      return out.code === 0 ? [] : [out.stdout.slice(-800)];
    }, 180_000, 3_000);
    expect(v).toEqual([]);
    expect((await writtenDifferences(ns, written)).slice(0, 10)).toEqual([]);
    expect(await removeRun(ns)).toEqual([]);
  });

  it('copies into a target that its statistics call empty (emptied by DELETE, then analyzed)', async () => {
    const f = flows.find((x) => x.name === 'recommendation')!;
    expect(f.deletes).toBe('propagate');
    const ns = `s${randomBytes(3).toString('hex')}`;
    await seedRun(ns, 40_000, 0);
    const scratch = `${f.target.table}_copy_stats`;
    const db = f.target.database as Db;
    let left: string[] = [];
    try {
      await query(db, `DROP TABLE IF EXISTS ${scratch}; CREATE TABLE ${scratch} (LIKE ${f.target.table} INCLUDING ALL); GRANT SELECT, INSERT, UPDATE, DELETE ON ${scratch} TO ${SINK_ROLE}`);
      const first = await copyFlow(context(), f, hashSalt('local'), 600_000, scratch);
      expect(first.rows).toBeGreaterThanOrEqual(40_000);
      // as after a table's rows were all deleted and autovacuum analyzed it: pages, no live rows
      await query(db, `DELETE FROM ${scratch}; ANALYZE ${scratch}`);
      const [stats] = await query<{ tuples: number; pages: number }>(db, 'SELECT reltuples::int AS tuples, relpages AS pages FROM pg_class WHERE oid = $1::regclass', [scratch]);
      expect(stats.tuples).toBe(0);
      expect(stats.pages).toBeGreaterThan(0);
      // every target row is looked up in the copy's stage: without an index on its key, once per row
      // with a scan of the whole stage (40,000 x 40,000 rows here, far beyond this bound)
      const again = await copyFlow(context(), f, hashSalt('local'), 20_000, scratch);
      expect(again.rows).toBe(first.rows);
      const [{ n }] = await query<{ n: string }>(db, `SELECT count(*)::text AS n FROM ${scratch}`);
      expect(Number(n)).toBe(first.rows);
    } finally {
      await query(db, `DROP TABLE IF EXISTS ${scratch}`);
      left = await removeRun(ns);
    }
    // after the body: a failed cleanup must not hide the body's own failure
    expect(left).toEqual([]);
  });
});
