import { randomUUID } from 'crypto';
import { app, eventually, query } from '../support/engines';
import { startDatabase, stopDatabase } from '../support/faults';
import { SEED } from '../support/fixtures';
import { discardLeftoverParked, expectOneLineError, json, ops } from './run';

/**
 * `verify` on the local runtime: equal targets exit 0; a target row changed, deleted or added behind
 * the pipeline's back is found by key (never by value), exit 1; a change still in flight is not a
 * difference; an unreachable database is "could not verify", exit 2; `repair reconcile` repairs what
 * verify found and verifies again. Each test restores its target.
 */

jest.setTimeout(300_000);

interface FlowJson {
  flow: string;
  rows: { source: number; target: number };
  missing: string[];
  extra: string[];
  different: string[];
  counts: { missing: number; extra: number; different: number };
  error?: string;
}
const flowsOf = (stdout: string) => json({ code: 0, stdout, stderr: '', ms: 0 }).flows as FlowJson[];

/** Waits until the pipeline itself has made every target equal (other suites leave changes in flight). */
async function equalAgain(): Promise<void> {
  await eventually(async () => {
    const r = await ops(['verify', 'local', '--recheck', '0']);
    if (r.code !== 0) throw new Error(`not equal yet:\n${r.stdout}${r.stderr}`);
  }, 120_000, 2_000);
}

describe('ops verify (local runtime)', () => {
  beforeAll(equalAgain);

  it('every flow equal: exit 0, every flow compared, --json the same', async () => {
    const r = await ops(['verify', 'local']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Every target equals its source.');
    const flows = flowsOf((await ops(['verify', 'local', '--json'])).stdout);
    expect(flows.map((f) => f.flow).sort()).toEqual(['eligibility', 'profile_to_citizen', 'profile_to_warehouse', 'recommendation', 'recommendation_feedback', 'submission']);
    for (const f of flows) expect({ flow: f.flow, ...f.counts, error: f.error }).toEqual({ flow: f.flow, missing: 0, extra: 0, different: 0, error: undefined });
    expect(flows.find((f) => f.flow === 'submission')!.rows.source).toBeGreaterThan(0);
  });

  it('a target row changed, one deleted and one added behind the pipeline: each found by key, exit 1, no value printed', async () => {
    const tampered = `TAMPERED-${randomUUID()}`;
    const stray = randomUUID();
    // a second consented submission, carried by the flow, then deleted at the target only
    const victim = randomUUID();
    await app('citizen', "INSERT INTO portal.citizen_submission (id, citizen_id, category, payload, free_text, consent_research) VALUES ($1, $2, 'verify', '{}', 'x', true)", [victim, SEED.portalCitizen]);
    await eventually(async () => expect(await query('warehouse', 'SELECT 1 FROM staging.citizen_submission WHERE submission_id = $1', [victim])).toHaveLength(1), 60_000);
    try {
      await query('warehouse', 'UPDATE staging.citizen_submission SET category = $2 WHERE submission_id = $1', [SEED.consentedSubmission, tampered]);
      await query('warehouse', 'DELETE FROM staging.citizen_submission WHERE submission_id = $1', [victim]);
      await query('warehouse', "INSERT INTO staging.citizen_submission (submission_id, citizen_id, category, payload, free_text) SELECT $1, citizen_id, 'stray', payload, free_text FROM staging.citizen_submission WHERE submission_id = $2", [stray, SEED.consentedSubmission]);

      const r = await ops(['verify', 'local', 'submission', '--recheck', '1', '--recheck-delay', '1']);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`submission: 1 key(s) different in warehouse:staging.citizen_submission: ${SEED.consentedSubmission}`);
      expect(r.stdout).toContain(`submission: 1 key(s) missing in warehouse:staging.citizen_submission: ${victim}`);
      expect(r.stdout).toContain(`submission: 1 key(s) not at the source, in warehouse:staging.citizen_submission: ${stray}`);
      expect(r.stdout).not.toContain(tampered);
      expect(r.stdout).toContain('values are never printed');
      const [f] = flowsOf((await ops(['verify', 'local', '6', '--json', '--recheck', '0'])).stdout);
      expect(f).toMatchObject({ flow: 'submission', different: [SEED.consentedSubmission], missing: [victim], extra: [stray] });
      // only the flows asked for
      const other = await ops(['verify', 'local', 'eligibility', '--recheck', '0']);
      expect(other.code).toBe(0);
      // status shows each flow's last verify, and is degraded by the different one, with the repair as the fix
      await discardLeftoverParked();
      const status = json(await ops(['status', 'local', '--json', '--max-dlq', '0'])) as { content: Array<{ flow: string; result?: string; missing?: number; extra?: number; different?: number }>; problems: Array<{ message: string; hint?: string }> };
      expect(status.content.find((c) => c.flow === 'submission')).toMatchObject({ result: 'different', missing: 1, extra: 1, different: 1 });
      expect(status.content.find((c) => c.flow === 'eligibility')).toMatchObject({ result: 'equal' });
      expect(status.problems).toContainEqual(expect.objectContaining({ message: expect.stringContaining('flow submission: its last verify'), hint: 'npx smart-cdc repair reconcile local submission' }));

      // and repair reconcile puts exactly those rows right: re-read at the source, the stray one deleted, verified again
      const fixed = await ops(['repair', 'reconcile', 'local', 'submission']);
      expect({ code: fixed.code, out: fixed.stdout }).toMatchObject({ code: 0 });
      expect(fixed.stdout).toContain('re-reading 2 row(s) of portal.citizen_submission at the source');
      expect(fixed.stdout).toContain('deleted 1 row(s) from staging.citizen_submission that the source no longer has');
      expect(fixed.stdout).toMatch(/flow submission: verified after the repair: \d+ row\(s\), every one equal/);
      expect(fixed.stdout).not.toContain(tampered);
      expect(await query('warehouse', 'SELECT category FROM staging.citizen_submission WHERE submission_id = $1', [SEED.consentedSubmission])).not.toEqual([{ category: tampered }]);
      expect(await query('warehouse', 'SELECT 1 FROM staging.citizen_submission WHERE submission_id = ANY($1::uuid[])', [[victim]])).toHaveLength(1);
      expect((await ops(['verify', 'local', 'submission'])).code).toBe(0);
      const nothing = await ops(['repair', 'reconcile', 'local', 'submission']);
      expect(nothing.stdout).toMatch(/every one equal: nothing to repair/);
      // the repaired flow's content is healthy again in status
      const after = json(await ops(['status', 'local', '--json', '--max-dlq', '0'])) as { content: Array<{ flow: string; result?: string }>; problems: Array<{ message: string }> };
      expect(after.content.find((c) => c.flow === 'submission')).toMatchObject({ result: 'equal' });
      expect(after.problems.map((p) => p.message).join('\n')).not.toContain('its last verify');
    } finally {
      await query('warehouse', 'DELETE FROM staging.citizen_submission WHERE submission_id = $1', [stray]);
      // the pipeline re-sends the tampered and the deleted row when their source rows change again
      await app('citizen', 'UPDATE portal.citizen_submission SET category = category WHERE id = ANY($1::uuid[])', [[SEED.consentedSubmission, victim]]);
      await app('citizen', 'DELETE FROM portal.citizen_submission WHERE id = $1', [victim]);
    }
    await equalAgain();
  });

  it("a field passed on from the other side, changed there since the citizen's response: counted behind, not different, until the next response carries it", async () => {
    const rec = randomUUID();
    const feedback = async () => (await query<{ citizen_id: string; response: string }>('warehouse', 'SELECT citizen_id::text, response FROM ml.recommendation_feedback WHERE recommendation_id = $1', [rec]))[0];
    const flowOf = async () => flowsOf((await ops(['verify', 'local', 'recommendation_feedback', '--json', '--recheck', '1', '--recheck-delay', '1'])).stdout)[0] as FlowJson & { behind: number };
    await app('warehouse', "INSERT INTO ml.recommendation (recommendation_id, citizen_id, program_code, rank, reason_code, confidence, model_version) VALUES ($1, $2, 'BEHIND', 3, 'R-B', 0.5, 'm')", [rec, SEED.profile]);
    try {
      await eventually(async () => expect(await query('citizen', 'SELECT 1 FROM portal.recommendation WHERE id = $1', [rec])).toHaveLength(1), 60_000);
      await app('citizen', "UPDATE portal.recommendation SET status = 'accepted', responded_at = now() WHERE id = $1", [rec]);
      await eventually(async () => expect(await feedback()).toEqual({ citizen_id: SEED.profile, response: 'accepted' }), 60_000);
      // the warehouse moves the recommendation to another citizen: the portal's row changes, by the sink, after the response
      await app('warehouse', 'UPDATE ml.recommendation SET citizen_id = $2 WHERE recommendation_id = $1', [rec, SEED.portalCitizen]);
      await eventually(async () => expect(await query('citizen', 'SELECT cdc_origin FROM portal.recommendation WHERE id = $1 AND citizen_id = $2', [rec, SEED.portalCitizen])).toEqual([{ cdc_origin: 'sink-over-app' }]), 60_000);
      let f = await flowOf();
      expect({ ...f.counts, behind: f.behind }).toEqual({ missing: 0, extra: 0, different: 0, behind: 1 });
      const text = await ops(['verify', 'local', 'recommendation_feedback']);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('recommendation_feedback: 1 row(s) behind, not counted as different');
      // the row's own fields are still compared: a response changed behind the pipeline is a difference
      await query('warehouse', "UPDATE ml.recommendation_feedback SET response = 'dismissed' WHERE recommendation_id = $1", [rec]);
      try {
        f = await flowOf();
        expect({ different: f.different, behind: f.behind }).toEqual({ different: [rec], behind: 0 });
      } finally {
        await query('warehouse', "UPDATE ml.recommendation_feedback SET response = 'accepted' WHERE recommendation_id = $1", [rec]);
      }
      // the citizen's next response carries the row as it is now
      await app('citizen', 'UPDATE portal.recommendation SET responded_at = now() WHERE id = $1', [rec]);
      await eventually(async () => expect((await feedback())?.citizen_id).toBe(SEED.portalCitizen), 60_000);
      f = await flowOf();
      expect({ ...f.counts, behind: f.behind }).toEqual({ missing: 0, extra: 0, different: 0, behind: 0 });
    } finally {
      await app('warehouse', 'DELETE FROM ml.recommendation WHERE recommendation_id = $1', [rec]);
      await eventually(async () => expect(await feedback()).toBeUndefined(), 60_000);
    }
  });

  it('a change still in flight is not reported: its key is checked again once delivered', async () => {
    const id = randomUUID();
    await app('citizen', "INSERT INTO portal.citizen_submission (id, citizen_id, category, payload, free_text, consent_research) VALUES ($1, $2, 'inflight', '{}', 'y', true)", [id, SEED.portalCitizen]);
    const r = await ops(['verify', 'local', 'submission']);
    expect(r.code).toBe(0);
    await app('citizen', 'DELETE FROM portal.citizen_submission WHERE id = $1', [id]);
  });

  it('a bad flow name is a one-line usage error; an unreachable database is "could not verify", exit 2', async () => {
    expectOneLineError(await ops(['verify', 'local', 'no_such_flow']), 64, "unknown flow 'no_such_flow' in environment 'local'");
    stopDatabase('citizen');
    try {
      const r = await ops(['verify', 'local', 'submission', 'eligibility']);
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/submission\s+could not verify: citizen database at 127\.0\.0\.1:54322/);
      expect(r.stdout).toMatch(/eligibility\s+could not verify: citizen database at 127\.0\.0\.1:54322/);
    } finally {
      startDatabase('citizen');
    }
    await equalAgain();
  });
});
