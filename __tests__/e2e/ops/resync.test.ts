import { burst, converged } from '../support/converge';
import { app, connectApi, Db, eventually, LOCAL, query, sleep } from '../support/engines';
import { SEED } from '../support/fixtures';
import { randomUUID } from 'crypto';
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
async function writeWal(megabytes: number, db: Db = 'warehouse'): Promise<void> {
  const { Client } = await import('pg');
  const c = new Client({ host: '127.0.0.1', port: LOCAL[db].port, user: 'postgres', database: 'postgres' });
  await c.connect();
  try {
    for (let i = 0; i < megabytes; i++) await c.query(`SELECT pg_logical_emit_message(false, 'smart-cdc-e2e-wal', repeat(md5(random()::text), 32768))`);
  } finally {
    await c.end();
  }
}

/** The database's WAL limit back to its default, its source connector running. */
async function restore(db: Db, connector: string): Promise<void> {
  await query(db, 'ALTER SYSTEM RESET max_slot_wal_keep_size');
  await query(db, 'SELECT pg_reload_conf()');
  const s = await connectApi<{ connector: { state: string } }>(`/connectors/${connector}/status`);
  if (s.connector.state === 'STOPPED') await connectApi(`/connectors/${connector}/resume`, { method: 'PUT' });
}

const slotProblems = async (slot = w.slot) => {
  const st = json(await ops(['status', 'local', '--json']));
  return (st.problems as Array<{ subject: string; message: string; hint?: string; severity: string }>).filter((p) => p.subject === slot);
};

describe('a lost replication slot (local runtime)', () => {
  afterAll(() => restore('warehouse', w.connector));

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

/**
 * The citizen side: flows 5 and 6 (a filter on a mutable column, hashed free text, deletes carried) and
 * a table the other side's sink writes (portal.recommendation): a citizen's answer given while the slot
 * was lost, to a recommendation the warehouse changed afterwards (so the sink wrote the row last), must
 * still reach the warehouse after the resync.
 */
describe('a lost replication slot on the citizen database (local runtime)', () => {
  const c = localNames().sources.find((s) => s.db === 'citizen')!;
  afterAll(() => restore('citizen', c.connector));

  it('`repair resync local citizen` brings back answers, hashed text and deletes, also of rows the sink wrote last', async () => {
    await query('citizen', `ALTER SYSTEM SET max_slot_wal_keep_size = '${KEEP}'`);
    await query('citizen', 'SELECT pg_reload_conf()');
    // submissions with consent (flow 6), and recommendations the warehouse sends (flow 2) that citizens answer (flow 5)
    const subs = Array.from({ length: 4 }, () => randomUUID());
    const recs = Array.from({ length: 3 }, () => randomUUID());
    for (const [i, id] of subs.entries())
      await app('citizen', "INSERT INTO portal.citizen_submission (id, citizen_id, category, payload, free_text, consent_research) VALUES ($1, $2, 'LOSTSLOT-C', '{}', $3, true)", [id, SEED.portalCitizen, `before ${i}`]);
    for (const [i, id] of recs.entries())
      await app('warehouse', "INSERT INTO ml.recommendation (recommendation_id, citizen_id, program_code, rank, reason_code) VALUES ($1, $2, 'LOSTSLOT-C', $3, 'R-C')", [id, SEED.profile, i]);
    await eventually(async () => expect((await query('citizen', 'SELECT 1 FROM portal.recommendation WHERE id = ANY($1)', [recs])).length).toBe(3), 60_000);
    await app('citizen', "UPDATE portal.recommendation SET status = 'accepted', responded_at = now() WHERE id = $1", [recs[0]]);
    await converged(Date.now());

    await connectApi(`/connectors/${c.connector}/stop`, { method: 'PUT' });
    await eventually(async () => {
      const [r] = await query<{ active: boolean }>('citizen', 'SELECT active FROM pg_replication_slots WHERE slot_name = $1', [c.slot]);
      if (r.active) throw new Error('slot still active');
    });
    // while the slot is being lost: a delete, a withdrawn consent, new hashed text, answers given and taken back
    await app('citizen', 'DELETE FROM portal.citizen_submission WHERE id = $1', [subs[0]]);
    await app('citizen', 'UPDATE portal.citizen_submission SET consent_research = false WHERE id = $1', [subs[1]]);
    await app('citizen', "UPDATE portal.citizen_submission SET free_text = 'changed while lost' WHERE id = $1", [subs[2]]);
    await app('citizen', "UPDATE portal.recommendation SET status = 'new', responded_at = NULL WHERE id = $1", [recs[0]]);
    await app('citizen', "UPDATE portal.recommendation SET status = 'dismissed', responded_at = now() WHERE id = ANY($1)", [recs.slice(1)]);
    // the warehouse changes one answered recommendation: its sink writes the portal row last
    await app('warehouse', "UPDATE ml.recommendation SET reason_code = 'R-C-AFTER' WHERE recommendation_id = $1", [recs[1]]);
    await eventually(async () => {
      const [r] = await query<{ origin: string; reason_code: string }>('citizen', 'SELECT cdc_origin AS origin, reason_code FROM portal.recommendation WHERE id = $1', [recs[1]]);
      // the citizen's answer first, then the sink's write over it
      expect(r).toEqual({ origin: 'sink-over-app', reason_code: 'R-C-AFTER' });
    }, 60_000);
    const lost = await eventually(async () => {
      await writeWal(16, 'citizen');
      await query('citizen', 'CHECKPOINT');
      const p = (await slotProblems(c.slot)).find((x) => x.severity === 'down' && x.message.includes('lost WAL it needed'));
      if (!p) throw new Error('not lost yet');
      return p;
    }, 180_000, 1_000);
    expect(lost.hint).toMatch(/^npx smart-cdc repair resync local citizen/);

    const started = Date.now();
    const args = lost.hint!.replace(/^npx smart-cdc /, '').split('  (')[0].split(' ');
    const r = await ops([...args, '--json']);
    expect({ code: r.code, out: r.stdout.slice(-2000) }).toMatchObject({ code: 0 });
    const report = json(r);
    expect(report).toMatchObject({ ok: true, slot: c.slot, slotWas: 'lost' });
    const reconciled = Object.fromEntries(report.reconciled.map((x: { flow: string; deleted: number }) => [x.flow, x.deleted]));
    // the deleted and the withdrawn submission, the answer taken back
    expect(reconciled).toEqual({ recommendation_feedback: 1, submission: 2 });
    const secondsToRecover = await converged(started);
    // the answers, the row the sink wrote last included, and the hashed text as the flow hashes it
    const feedback = await query<{ id: string; response: string }>('warehouse', 'SELECT recommendation_id AS id, response FROM ml.recommendation_feedback WHERE recommendation_id = ANY($1) ORDER BY recommendation_id', [recs]);
    expect(feedback.map((f) => [f.id, f.response]).sort()).toEqual(recs.slice(1).map((id) => [id, 'dismissed']).sort());
    const staged = await query<{ id: string }>('warehouse', 'SELECT submission_id AS id FROM staging.citizen_submission WHERE submission_id = ANY($1)', [subs]);
    expect(staged.map((x) => x.id).sort()).toEqual(subs.slice(2).sort());
    recordHealing({ fault: 'lost replication slot (citizen), deletes during the loss', rows: 6, secondsToRecover, manualSteps: 1 });
    expect(await slotProblems(c.slot)).toEqual([]);
  });
});
