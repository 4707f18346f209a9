import { randomUUID } from 'crypto';
import { burst, converged } from '../support/converge';
import { app, connectApi, eventually, query, sleep } from '../support/engines';
import { recordHealing } from '../support/faults';
import { SEED } from '../support/fixtures';
import { json, localNames, ops } from './run';

/**
 * Schema drift is caught, never silent. The database refuses DDL that renames, drops or retypes a
 * carried column (the guard of sql/V003). When an operator overrides it anyway, preflight and status
 * are down naming flow, table and column; the sink parks the drifted records instead of writing
 * NULLs or stale values; the fix status prints, followed literally, and a replay make the target
 * exact. A renamed *target* column stops its flow (the task fails with the cause) until it is back.
 */

jest.setTimeout(600_000);

const override = (sql: string) => `BEGIN; SET LOCAL smart_cdc.allow_carried_ddl = on; ${sql}; COMMIT;`;
type Problem = { subject: string; severity: string; message: string; hint?: string };
const problems = async (): Promise<Problem[]> => json(await ops(['status', 'local', '--json'])).problems;

/** Runs a drift fix as status prints it: `on <db>: <SQL>  then: npx smart-cdc <command>`. */
async function followFix(hint: string): Promise<number> {
  const m = /^on (\w+): (.*?)  then: npx smart-cdc (.*)$/.exec(hint);
  if (!m) throw new Error(`not a drift fix: ${hint}`);
  await query(m[1] as 'warehouse' | 'citizen', m[2]);
  const r = await ops(m[3].split(' '));
  return r.code ?? -1;
}

describe('schema drift of a carried column (local runtime)', () => {
  afterAll(async () => {
    // whatever a failed test left renamed comes back
    await query('warehouse', `DO $$ BEGIN IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'ml' AND table_name = 'recommendation' AND column_name = 'reason') THEN SET LOCAL smart_cdc.allow_carried_ddl = on; ALTER TABLE ml.recommendation RENAME reason TO reason_code; END IF; END $$`);
    await query('citizen', `DO $$ BEGIN IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'portal' AND table_name = 'eligibility' AND column_name = 'expl') THEN SET LOCAL smart_cdc.allow_carried_ddl = on; ALTER TABLE portal.eligibility RENAME expl TO explanation; END IF; END $$`);
  });

  it('the database refuses to rename a carried column, naming the flow', async () => {
    await expect(query('warehouse', 'ALTER TABLE ml.recommendation RENAME reason_code TO reason')).rejects.toThrow(
      'smart-cdc: ALTER TABLE would break flow recommendation: ml.recommendation.reason_code — column is missing (renamed or dropped)',
    );
    await expect(query('warehouse', 'ALTER TABLE ml.recommendation ALTER rank TYPE text')).rejects.toThrow('ml.recommendation.rank — column is text, the pipeline carries integer');
    // a column no flow carries is the application's business
    await query('warehouse', 'ALTER TABLE ml.recommendation ADD COLUMN IF NOT EXISTS drift_probe int');
    await query('warehouse', 'ALTER TABLE ml.recommendation DROP COLUMN drift_probe');
  });

  it('an overridden rename is down in preflight and status; its records are parked, not written; the printed fix and a replay heal it', async () => {
    const existing = (await query<{ id: string }>('warehouse', "SELECT recommendation_id AS id FROM ml.recommendation WHERE reason_code IS NOT NULL LIMIT 2")).map((r) => r.id);
    await query('warehouse', override('ALTER TABLE ml.recommendation RENAME reason_code TO reason'));

    const pf = await ops(['preflight', 'local']);
    expect(pf.code).toBe(1);
    expect(pf.stdout).toMatch(/FAIL\s+warehouse\s+carried column ml\.recommendation\.reason_code\s+column ml\.recommendation\.reason_code \(text\) is missing; reason looks like it renamed \(flow recommendation\)/);
    const down = (await problems()).find((p) => p.subject === 'ml.recommendation.reason_code')!;
    expect(down).toMatchObject({
      severity: 'down',
      message: 'schema drift on warehouse: column ml.recommendation.reason_code (text) is missing; reason looks like it renamed: flow recommendation parks its records instead of writing them',
    });

    // changes during the drift: new recommendations, new reasons for existing ones, a burst elsewhere
    const writing = burst('DRIFT', 6, 100, { recommendations: false });
    const fresh = [randomUUID(), randomUUID(), randomUUID()];
    for (const [i, id] of fresh.entries())
      await app('warehouse', `INSERT INTO ml.recommendation (recommendation_id, citizen_id, program_code, rank, reason) VALUES ($1, $2, 'DRIFT', $3, 'R-DRIFT')`, [id, SEED.profile, i]);
    await app('warehouse', "UPDATE ml.recommendation SET reason = 'R-NEW-REASON' WHERE recommendation_id = ANY($1)", [existing]);
    const { rows } = await writing;
    await eventually(async () => {
      const st = json(await ops(['status', 'local', '--json']));
      expect(st.deadLetters.find((d: { flow: string }) => d.flow === 'recommendation').pending).toBe(fresh.length + existing.length);
    }, 60_000, 1_000);
    // nothing written: no new row with a NULL reason, no old row overwritten
    expect(await query('citizen', "SELECT id FROM portal.recommendation WHERE program_code = 'DRIFT'")).toEqual([]);
    for (const r of await query<{ reason_code: string }>('citizen', 'SELECT reason_code FROM portal.recommendation WHERE id = ANY($1)', [existing])) expect(r.reason_code).not.toBe('R-NEW-REASON');

    const fixedAt = Date.now();
    expect(await followFix(down.hint!)).toBe(0);
    const secondsToRecover = await converged(fixedAt);
    expect((await problems()).filter((p) => p.subject.startsWith('ml.recommendation'))).toEqual([]);
    recordHealing({ fault: 'renamed carried source column (override of the DDL guard)', rows: rows + fresh.length + existing.length, secondsToRecover, manualSteps: 2 });
  });

  it('a renamed target column stops its flow with the cause named; renamed back, the flow heals by itself', async () => {
    await query('citizen', override('ALTER TABLE portal.eligibility RENAME explanation TO expl'));
    const id = randomUUID();
    await app('warehouse', `INSERT INTO ml.eligibility_insight (insight_id, citizen_id, program_code, eligibility_score, is_eligible, explanation, status) VALUES ($1, $2, 'DRIFT-TGT', 0.5, true, 'x', 'published')`, [id, SEED.profile]);
    const sink = localNames().sinks.find((s) => s.flow.name === 'eligibility')!;
    await eventually(async () => {
      const p = (await problems()).find((x) => x.subject === `${sink.connector}/0`);
      if (!p) throw new Error('not failed yet');
      // the root cause, not "Exiting WorkerSinkTask due to unrecoverable exception": from Connect's
      // trace while FAILED, from the supervisor's last event while RESTARTING (a moment later)
      expect(p.message).toContain('flow eligibility: Cannot alter table portal.eligibility because schema evolution is disabled');
      return p.message;
    }, 90_000, 2_000);
    const drift = (await problems()).find((p) => p.subject === 'portal.eligibility.explanation')!;
    expect(drift.message).toContain('schema drift on citizen: column portal.eligibility.explanation (text) is missing; expl looks like it renamed: flow eligibility');

    const fixedAt = Date.now();
    const m = /^on citizen: (.*?)  then:/.exec(drift.hint!)!;
    await query('citizen', m[1]);
    // no command: the supervisor restarts the failed task, with backoff
    const secondsToRecover = await converged(fixedAt);
    await sleep(1_000);
    const s = await connectApi<{ tasks: Array<{ state: string }> }>(`/connectors/${sink.connector}/status`);
    expect(s.tasks.map((t) => t.state)).toEqual(['RUNNING']);
    recordHealing({ fault: 'renamed target column, renamed back (supervisor restarted the sink)', rows: 1, secondsToRecover, manualSteps: 1 });
  });
});
