import { randomUUID } from 'crypto';
import { allFlowsDiff, burst, converged, flowDiff, view } from '../support/converge';
import { app, eventually, query, sleep } from '../support/engines';
import { recordHealing } from '../support/faults';
import { SEED } from '../support/fixtures';
import { json, ops } from './run';

/**
 * A row the target refuses never blocks the rows behind it: it is parked in the flow's dead-letter
 * topic (reason, source position, key) within seconds, status says so without printing any of its
 * values, `repair replay` re-applies it once the cause is fixed (and says so when it is not), and
 * `repair discard` is the only other way out.
 */

jest.setTimeout(600_000);

const flow = view.flows.find((f) => f.name === 'eligibility')!;
const CHECK = 'smart_cdc_e2e_score_max';
const addCheck = () => query('citizen', `ALTER TABLE portal.eligibility ADD CONSTRAINT ${CHECK} CHECK (score <= 0.9) NOT VALID`);
const dropCheck = () => query('citizen', `ALTER TABLE portal.eligibility DROP CONSTRAINT IF EXISTS ${CHECK}`);
const SECRET = 'poison explanation 7f3e';
const insertPoison = (id: string) =>
  app('warehouse', `INSERT INTO ml.eligibility_insight (insight_id, citizen_id, program_code, eligibility_score, is_eligible, explanation, status) VALUES ($1, $2, 'POISON', 0.9500, true, $3, 'published')`, [
    id,
    SEED.profile,
    SECRET,
  ]);
const parkedOf = async () => {
  const r = await ops(['status', 'local', '--json']);
  let st;
  try {
    st = json(r);
  } catch {
    throw new Error(`status did not print JSON (exit ${r.code}): ${r.stdout.slice(0, 300)} … ${r.stdout.slice(-300)} / ${r.stderr}`);
  }
  return st.deadLetters.find((d: { flow: string }) => d.flow === 'eligibility');
};

describe('a row the target refuses (local runtime)', () => {
  afterAll(dropCheck);

  it('is parked within seconds while the rows behind it go on; replay re-applies it once the cause is fixed', async () => {
    await addCheck();
    const writing = burst('POISON', 10, 100);
    await sleep(300);
    const poison = randomUUID();
    const injected = Date.now();
    await insertPoison(poison);
    const { rows } = await writing;
    // everything but the refused row arrives: every other flow exact, eligibility lacking only it
    await eventually(
      async () => {
        const diff = await allFlowsDiff();
        expect(diff).toEqual([`eligibility: ${poison} missing in portal.eligibility`]);
      },
      120_000,
      500,
    );
    const flowedOn = (Date.now() - injected) / 1000;

    const parked = await parkedOf();
    expect(parked).toMatchObject({ topic: flow && `smart.v1.dlq.eligibility`, pending: 1 });
    expect(parked.last.reason).toBe(`SQLSTATE 23514 (check_violation) on portal.eligibility, constraint ${CHECK}`);
    expect(parked.last.position).toMatch(/^smart\.v1\.warehouse\.ml\.eligibility_insight\[0\]@\d+, LSN [0-9A-F]+\/[0-9A-F]+$/);
    const text = await ops(['status', 'local']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('flow eligibility: 1 record(s) parked in smart.v1.dlq.eligibility; last: SQLSTATE 23514 (check_violation)');
    expect(text.stdout).toContain('→ fix the cause, then `npx smart-cdc repair replay local eligibility` (or drop them: `npx smart-cdc repair discard local eligibility`)');
    // the sink runs on, and no value of the row is printed
    expect(text.stdout).toMatch(/smart-cdc-v1-eligibility-sink\s+sink\s+eligibility\s+RUNNING\s+0:RUNNING/);
    for (const v of [SECRET, '0.95']) expect(text.stdout).not.toContain(v);

    // the cause is still there: parked again, and said so
    const again = await ops(['repair', 'replay', 'local', 'eligibility', '--json']);
    expect(again.code).toBe(1);
    expect(json(again)).toMatchObject({ ok: false, parked: 1, keys: 1, in: 0, parkedAgain: 1 });
    expect((await parkedOf()).pending).toBe(1);

    // fixed: it goes in, and every target is exact
    await dropCheck();
    const fixedAt = Date.now();
    const replay = await ops(['repair', 'replay', 'local', 'eligibility']);
    expect(replay.code).toBe(0);
    expect(replay.stdout).toContain('flow eligibility: 1 parked record(s) for 1 key(s): 1 went in, 0 parked again');
    await converged(fixedAt);
    expect((await parkedOf()).pending).toBe(0);
    recordHealing({ fault: 'poison row, then good rows (flow went on)', rows: rows + 1, secondsToRecover: flowedOn, manualSteps: 0 });
    recordHealing({ fault: 'poison row replayed after the fix', rows: 1, secondsToRecover: (Date.now() - fixedAt) / 1000, manualSteps: 2 });
  });

  it('a discarded record is named, no longer counted, and never applied', async () => {
    await addCheck();
    const poison = randomUUID();
    await insertPoison(poison);
    await eventually(async () => expect((await parkedOf()).pending).toBe(1), 60_000, 1_000);
    const d = await ops(['repair', 'discard', 'local', 'eligibility', '--json']);
    expect(d.code).toBe(0);
    expect(json(d)).toMatchObject({ ok: true, discarded: 1, records: [{ key: poison, reason: expect.stringContaining('check_violation') }] });
    expect((await parkedOf()).pending).toBe(0);
    await dropCheck();
    // the flow goes on past it (a later row arrives), and a replay, which must leave a discarded record out, runs
    const later = randomUUID();
    await app('warehouse', `INSERT INTO ml.eligibility_insight (insight_id, citizen_id, program_code, eligibility_score, is_eligible, status) VALUES ($1, $2, 'AFTER', 0.5, true, 'published')`, [later, SEED.profile]);
    await eventually(async () => expect((await query('citizen', 'SELECT 1 FROM portal.eligibility WHERE id = $1', [later])).length).toBe(1), 60_000);
    const r = await ops(['repair', 'replay', 'local', 'eligibility']);
    expect({ code: r.code, out: r.stdout }).toMatchObject({ code: 0, out: expect.stringContaining('nothing parked') });
    expect(await flowDiff(flow)).toEqual([`eligibility: ${poison} missing in portal.eligibility`]);
    await app('warehouse', 'DELETE FROM ml.eligibility_insight WHERE insight_id = $1', [later]);
    // the operator's decision stands; the source row goes too, and the targets are exact again
    await app('warehouse', 'DELETE FROM ml.eligibility_insight WHERE insight_id = $1', [poison]);
    await converged(Date.now(), 60_000);
  });
});
