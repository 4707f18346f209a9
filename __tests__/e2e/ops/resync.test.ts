import { burst, converged } from '../support/converge';
import { app, connectApi, eventually, query, sleep } from '../support/engines';
import { recordHealing } from '../support/faults';
import { json, localNames, ops } from './run';

/**
 * A lost replication slot is one command away from whole again. Provoked fast: a small
 * max_slot_wal_keep_size on the warehouse, its source connector stopped (as if it had crashed), WAL
 * written elsewhere in the cluster. status warns before the slot is lost and names the repair once
 * it is; `repair resync` — the fix status prints, run literally — brings back every change made
 * meanwhile, deletes included.
 */

jest.setTimeout(900_000);

const w = localNames().sources.find((s) => s.db === 'warehouse')!;
const KEEP_MB = 48;
const KEEP = `${KEEP_MB}MB`;

/** WAL written in the cluster's `postgres` database: the slot must keep it, nothing decodes it. */
async function writeWal(megabytes: number): Promise<void> {
  const { Client } = await import('pg');
  const c = new Client({ host: '127.0.0.1', port: 54321, user: 'postgres', database: 'postgres' });
  await c.connect();
  try {
    for (let i = 0; i < megabytes; i++) await c.query(`SELECT pg_logical_emit_message(false, 'smart-cdc-e2e-wal', repeat(md5(random()::text), 32768))`);
  } finally {
    await c.end();
  }
}

const slotProblems = async () => {
  const st = json(await ops(['status', 'local', '--json']));
  return (st.problems as Array<{ subject: string; message: string; hint?: string; severity: string }>).filter((p) => p.subject === w.slot);
};

describe('a lost replication slot (local runtime)', () => {
  afterAll(async () => {
    await query('warehouse', 'ALTER SYSTEM RESET max_slot_wal_keep_size');
    await query('warehouse', 'SELECT pg_reload_conf()');
    const s = await connectApi<{ connector: { state: string } }>(`/connectors/${w.connector}/status`);
    if (s.connector.state === 'STOPPED') await connectApi(`/connectors/${w.connector}/resume`, { method: 'PUT' });
  });

  it('status warns before it is lost; after the loss `repair resync` makes every target exact, deletes included', async () => {
    await query('warehouse', `ALTER SYSTEM SET max_slot_wal_keep_size = '${KEEP}'`);
    await query('warehouse', 'SELECT pg_reload_conf()');
    // rows that reach the targets, some of which are deleted while the slot is lost
    const before = await burst('LOSTSLOT-A', 6, 0);
    await converged(Date.now());

    // the source connector is gone (stopped here, as a crash would leave it): its slot holds WAL back
    await connectApi(`/connectors/${w.connector}/stop`, { method: 'PUT' });
    await eventually(async () => {
      const [r] = await query<{ active: boolean }>('warehouse', 'SELECT active FROM pg_replication_slots WHERE slot_name = $1', [w.slot]);
      if (r.active) throw new Error('slot still active');
    });
    // written in small steps until less than half of max_slot_wal_keep_size is left: PostgreSQL
    // counts it in 16 MB segments, so a fixed amount lands anywhere within a segment of the limit
    for (let i = 0; i < 16; i++) {
      const [r] = await query<{ safe: string }>('warehouse', 'SELECT safe_wal_size AS safe FROM pg_replication_slots WHERE slot_name = $1', [w.slot]);
      if (Number(r.safe) < (KEEP_MB / 2) * 1024 * 1024) break; // status warns below half
      await writeWal(4);
    }
    const warning = await eventually(async () => {
      const p = (await slotProblems()).find((x) => x.message.includes('will lose WAL it needs'));
      if (!p) throw new Error('no warning yet');
      return p;
    }, 60_000, 2_000);
    expect(warning.severity).toBe('degraded');
    expect(warning.message).toContain(`replication slot ${w.slot} on warehouse will lose WAL it needs after another`);

    // changes while the slot is being lost: deletes, updates and inserts, both directions
    // (the burst itself deleted its third insight already)
    const insights = [before.insights[0], before.insights[1], before.insights[3]];
    const deleted = [...insights, ...before.recommendations.slice(0, 3)];
    await app('warehouse', 'DELETE FROM ml.eligibility_insight WHERE insight_id = ANY($1)', [insights]);
    await app('warehouse', 'DELETE FROM ml.recommendation WHERE recommendation_id = ANY($1)', [before.recommendations.slice(0, 3)]);
    await app('warehouse', "UPDATE ml.recommendation SET reason_code = 'R-CHANGED-WHILE-LOST' WHERE recommendation_id = ANY($1)", [before.recommendations.slice(3)]);
    const during = await burst('LOSTSLOT-B', 6, 0);
    await writeWal(80);
    await query('warehouse', 'CHECKPOINT');
    const lost = await eventually(async () => {
      await query('warehouse', 'CHECKPOINT');
      const p = (await slotProblems()).find((x) => x.severity === 'down' && x.message.includes('lost WAL it needed'));
      if (!p) throw new Error('not lost yet');
      return p;
    }, 120_000, 3_000);
    expect(lost.hint).toMatch(/^npx smart-cdc repair resync local warehouse/);

    // the printed fix, literally
    const started = Date.now();
    const args = lost.hint!.replace(/^npx smart-cdc /, '').split('  (')[0].split(' ');
    const r = await ops([...args, '--json']);
    expect(r.code).toBe(0);
    const report = json(r);
    expect(report).toMatchObject({ ok: true, slot: w.slot, slotWas: 'lost' });
    const reconciled = Object.fromEntries(report.reconciled.map((x: { flow: string; deleted: number }) => [x.flow, x.deleted]));
    // exactly the rows deleted while the slot was lost (what the second burst inserted and deleted meanwhile never arrived)
    expect(reconciled).toEqual({ eligibility: 3, recommendation: 3 });
    const secondsToRecover = await converged(started);
    for (const id of deleted) expect(await query('citizen', 'SELECT 1 FROM portal.eligibility WHERE id = $1 UNION ALL SELECT 1 FROM portal.recommendation WHERE id = $1', [id])).toEqual([]);
    recordHealing({ fault: 'lost replication slot (warehouse), deletes during the loss', rows: during.rows + 6 + 3, secondsToRecover, manualSteps: 1 });

    // and it streams again: a new change arrives, and the slot problems are gone
    await sleep(1_000);
    await app('warehouse', "UPDATE ml.recommendation SET reason_code = 'R-AFTER-RESYNC' WHERE recommendation_id = $1", [before.recommendations[4]]);
    await converged(Date.now(), 60_000);
    expect(await slotProblems()).toEqual([]);
  });
});
