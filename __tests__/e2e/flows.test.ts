import { randomUUID } from 'crypto';
import { app, eventually, query } from './support/engines';
import { SEED } from './support/fixtures';

/** Each flow of the catalogue: first copy (bulk, at the first deploy), insert, update, delete, with its renames, selection and filter. */

const one = async (db: 'warehouse' | 'citizen', sql: string, params: unknown[]) => {
  const rows = await query(db, sql, params);
  if (rows.length !== 1) throw new Error(`expected one row, got ${rows.length}: ${sql} ${params}`);
  return rows[0];
};
const none = async (db: 'warehouse' | 'citizen', sql: string, params: unknown[]) => {
  const rows = await query(db, sql, params);
  if (rows.length) throw new Error(`expected no row: ${sql} ${params}`);
};

describe('flow 1 eligibility: warehouse → portal, published only', () => {
  it('first copy: the published insight and not the draft, with renamed fields', async () => {
    const row = await eventually(() => one('citizen', 'SELECT * FROM portal.eligibility WHERE id = $1', [SEED.publishedInsight]));
    expect(row).toMatchObject({ citizen_id: SEED.profile, program_code: 'HOUSING', eligible: true, score: '0.8123', explanation: 'seeded published' });
    expect((row.valid_until as Date).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    await none('citizen', 'SELECT 1 FROM portal.eligibility WHERE id = $1', [SEED.draftInsight]);
  });

  it('carries insert, update and delete, and a row leaving or entering the filter', async () => {
    const id = randomUUID();
    await app('warehouse', `INSERT INTO ml.eligibility_insight (insight_id, citizen_id, program_code, eligibility_score, is_eligible, status, model_version) VALUES ($1, $2, 'FOOD', 0.5, true, 'published', 'm1')`, [id, SEED.profile]);
    await eventually(() => one('citizen', 'SELECT * FROM portal.eligibility WHERE id = $1 AND score = 0.5', [id]));
    await app('warehouse', 'UPDATE ml.eligibility_insight SET eligibility_score = 0.9, explanation = $2 WHERE insight_id = $1', [id, 'recomputed']);
    await eventually(() => one('citizen', "SELECT * FROM portal.eligibility WHERE id = $1 AND score = 0.9 AND explanation = 'recomputed'", [id]));
    // withdrawn: leaves the filter, so it leaves the portal
    await app('warehouse', "UPDATE ml.eligibility_insight SET status = 'withdrawn' WHERE insight_id = $1", [id]);
    await eventually(() => none('citizen', 'SELECT 1 FROM portal.eligibility WHERE id = $1', [id]));
    // published again: enters the filter, so it appears again
    await app('warehouse', "UPDATE ml.eligibility_insight SET status = 'published' WHERE insight_id = $1", [id]);
    await eventually(() => one('citizen', 'SELECT * FROM portal.eligibility WHERE id = $1', [id]));
    // a draft is never shown, even when it is updated
    await app('warehouse', "UPDATE ml.eligibility_insight SET explanation = 'changed draft' WHERE insight_id = $1", [SEED.draftInsight]);
    await app('warehouse', 'DELETE FROM ml.eligibility_insight WHERE insight_id = $1', [id]);
    await eventually(() => none('citizen', 'SELECT 1 FROM portal.eligibility WHERE id = $1', [id]));
    await none('citizen', 'SELECT 1 FROM portal.eligibility WHERE id = $1', [SEED.draftInsight]);
  });
});

describe('flow 2 recommendation: warehouse → portal, citizen keeps the status', () => {
  it('copies first, renames rank to priority, and never overwrites the citizen’s status', async () => {
    await eventually(() => one('citizen', "SELECT * FROM portal.recommendation WHERE id = $1 AND priority = 1 AND status = 'new'", [SEED.recommendation]));
    const id = randomUUID();
    await app('warehouse', `INSERT INTO ml.recommendation (recommendation_id, citizen_id, program_code, rank, reason_code, confidence) VALUES ($1, $2, 'JOBS', 4, 'R-SKILL', 0.3)`, [id, SEED.profile]);
    await eventually(() => one('citizen', "SELECT * FROM portal.recommendation WHERE id = $1 AND priority = 4 AND reason_code = 'R-SKILL' AND status = 'new'", [id]));
    await app('citizen', "UPDATE portal.recommendation SET status = 'accepted', responded_at = now() WHERE id = $1", [id]);
    await app('warehouse', 'UPDATE ml.recommendation SET rank = 2 WHERE recommendation_id = $1', [id]);
    await eventually(() => one('citizen', "SELECT * FROM portal.recommendation WHERE id = $1 AND priority = 2 AND status = 'accepted'", [id]));
    await app('warehouse', 'DELETE FROM ml.recommendation WHERE recommendation_id = $1', [id]);
    await eventually(() => none('citizen', 'SELECT 1 FROM portal.recommendation WHERE id = $1', [id]));
  });
});

describe('flow 3 profile_to_citizen: registry-owned fields only', () => {
  it('first copy: the profile with warehouse-owned fields and not citizen-owned ones', async () => {
    const row = await eventually(() => one('citizen', 'SELECT * FROM portal.citizen WHERE id = $1', [SEED.profile]));
    expect(row).toMatchObject({ national_id: '19800101-1234', full_name: 'Ada Registry', address_line: '1 Registry Road', postal_code: '00100', municipality_code: '091', household_size: 2 });
    expect(row).toMatchObject({ email: null, phone: null, preferred_language: null });
  });

  it('carries insert and update; a warehouse delete leaves the portal account', async () => {
    const id = randomUUID();
    await app('warehouse', `INSERT INTO analytics.citizen_profile (citizen_id, full_name, address_line, email, income_band) VALUES ($1, 'Cy Registry', '2 Road', 'cy@wh.example', 'x')`, [id]);
    await eventually(() => one('citizen', "SELECT * FROM portal.citizen WHERE id = $1 AND full_name = 'Cy Registry' AND email IS NULL", [id]));
    await app('warehouse', "UPDATE analytics.citizen_profile SET address_line = '3 Road' WHERE citizen_id = $1", [id]);
    await eventually(() => one('citizen', "SELECT * FROM portal.citizen WHERE id = $1 AND address_line = '3 Road'", [id]));
    await app('warehouse', 'DELETE FROM analytics.citizen_profile WHERE citizen_id = $1', [id]);
    await app('warehouse', "UPDATE analytics.citizen_profile SET postal_code = '00999' WHERE citizen_id = $1", [SEED.profile]);
    // ordered after the delete on the same topic: once it arrives, the delete was handled
    await eventually(() => one('citizen', "SELECT 1 FROM portal.citizen WHERE id = $1 AND postal_code = '00999'", [SEED.profile]));
    await one('citizen', "SELECT 1 FROM portal.citizen WHERE id = $1 AND address_line = '3 Road'", [id]);
  });
});

describe('flow 4 profile_to_warehouse: citizen-owned fields only', () => {
  it('first copy: the portal citizen with citizen-owned fields only', async () => {
    const row = await eventually(() => one('warehouse', 'SELECT * FROM analytics.citizen_profile WHERE citizen_id = $1', [SEED.portalCitizen]));
    expect(row).toMatchObject({ email: 'bea@portal.example', phone: '+3580000002', preferred_language: 'sv', consent_research: true, household_size: 3, full_name: null });
  });

  it('carries insert and update; a portal delete leaves the registry profile', async () => {
    const id = randomUUID();
    await app('citizen', `INSERT INTO portal.citizen (id, full_name, email, preferred_language) VALUES ($1, 'Dee Self', 'dee@portal.example', 'en')`, [id]);
    await eventually(() => one('warehouse', "SELECT * FROM analytics.citizen_profile WHERE citizen_id = $1 AND email = 'dee@portal.example' AND full_name IS NULL", [id]));
    await app('citizen', "UPDATE portal.citizen SET phone = '+3589999' WHERE id = $1", [id]);
    await eventually(() => one('warehouse', "SELECT 1 FROM analytics.citizen_profile WHERE citizen_id = $1 AND phone = '+3589999'", [id]));
    await app('citizen', 'DELETE FROM portal.citizen WHERE id = $1', [id]);
    await app('citizen', "UPDATE portal.citizen SET preferred_language = 'fi' WHERE id = $1", [SEED.portalCitizen]);
    await eventually(() => one('warehouse', "SELECT 1 FROM analytics.citizen_profile WHERE citizen_id = $1 AND preferred_language = 'fi'", [SEED.portalCitizen]));
    await one('warehouse', 'SELECT 1 FROM analytics.citizen_profile WHERE citizen_id = $1', [id]);
  });
});

describe('flow 5 recommendation_feedback: accepted or dismissed only', () => {
  it('first copy: a response given before the pipeline existed', async () => {
    const fb = await eventually(() => one('warehouse', 'SELECT * FROM ml.recommendation_feedback WHERE recommendation_id = $1', [SEED.acceptedInPortal]));
    expect(fb).toMatchObject({ citizen_id: SEED.portalCitizen, response: 'accepted' });
  });

  it('returns responses, follows changes, and removes feedback that leaves the filter or is deleted', async () => {
    const id = randomUUID();
    await app('warehouse', `INSERT INTO ml.recommendation (recommendation_id, citizen_id, program_code, rank) VALUES ($1, $2, 'SPORT', 9)`, [id, SEED.portalCitizen]);
    await eventually(() => one('citizen', 'SELECT 1 FROM portal.recommendation WHERE id = $1', [id]));
    await none('warehouse', 'SELECT 1 FROM ml.recommendation_feedback WHERE recommendation_id = $1', [id]);
    await app('citizen', "UPDATE portal.recommendation SET status = 'accepted', responded_at = '2026-05-01T10:00:00Z' WHERE id = $1", [id]);
    const fb = await eventually(() => one('warehouse', "SELECT * FROM ml.recommendation_feedback WHERE recommendation_id = $1 AND response = 'accepted'", [id]));
    expect(fb.citizen_id).toBe(SEED.portalCitizen);
    expect((fb.responded_at as Date).toISOString()).toBe('2026-05-01T10:00:00.000Z');
    await app('citizen', "UPDATE portal.recommendation SET status = 'dismissed' WHERE id = $1", [id]);
    await eventually(() => one('warehouse', "SELECT 1 FROM ml.recommendation_feedback WHERE recommendation_id = $1 AND response = 'dismissed'", [id]));
    await app('citizen', "UPDATE portal.recommendation SET status = 'new' WHERE id = $1", [id]);
    await eventually(() => none('warehouse', 'SELECT 1 FROM ml.recommendation_feedback WHERE recommendation_id = $1', [id]));
    await app('citizen', "UPDATE portal.recommendation SET status = 'accepted' WHERE id = $1", [id]);
    await eventually(() => one('warehouse', 'SELECT 1 FROM ml.recommendation_feedback WHERE recommendation_id = $1', [id]));
    await app('citizen', 'DELETE FROM portal.recommendation WHERE id = $1', [id]);
    await eventually(() => none('warehouse', 'SELECT 1 FROM ml.recommendation_feedback WHERE recommendation_id = $1', [id]));
    // the warehouse's recommendation would otherwise stay a difference of flow 2 for the suites after this one
    await app('warehouse', 'DELETE FROM ml.recommendation WHERE recommendation_id = $1', [id]);
  });
});

describe('flow 6 submission: consented only, free text hashed', () => {
  it('first copy: the consented submission only', async () => {
    const row = await eventually(() => one('warehouse', 'SELECT * FROM staging.citizen_submission WHERE submission_id = $1', [SEED.consentedSubmission]));
    expect(row).toMatchObject({ citizen_id: SEED.portalCitizen, category: 'feedback', payload: { rating: 5 } });
    await none('warehouse', 'SELECT 1 FROM staging.citizen_submission WHERE submission_id = $1', [SEED.privateSubmission]);
  });

  it('carries insert and update, removes withdrawn consent and deletes, never takes private ones', async () => {
    const id = randomUUID();
    const priv = randomUUID();
    await app('citizen', `INSERT INTO portal.citizen_submission (id, citizen_id, category, free_text, consent_research) VALUES ($1, $3, 'idea', 'text a', true), ($2, $3, 'idea', 'text b', false)`, [id, priv, SEED.portalCitizen]);
    await eventually(() => one('warehouse', "SELECT 1 FROM staging.citizen_submission WHERE submission_id = $1 AND category = 'idea'", [id]));
    await app('citizen', "UPDATE portal.citizen_submission SET category = 'praise' WHERE id = $1", [id]);
    await eventually(() => one('warehouse', "SELECT 1 FROM staging.citizen_submission WHERE submission_id = $1 AND category = 'praise'", [id]));
    await app('citizen', 'UPDATE portal.citizen_submission SET consent_research = false WHERE id = $1', [id]);
    await eventually(() => none('warehouse', 'SELECT 1 FROM staging.citizen_submission WHERE submission_id = $1', [id]));
    await app('citizen', 'UPDATE portal.citizen_submission SET consent_research = true WHERE id = $1', [id]);
    await eventually(() => one('warehouse', 'SELECT 1 FROM staging.citizen_submission WHERE submission_id = $1', [id]));
    await app('citizen', 'DELETE FROM portal.citizen_submission WHERE id = $1', [id]);
    await eventually(() => none('warehouse', 'SELECT 1 FROM staging.citizen_submission WHERE submission_id = $1', [id]));
    await none('warehouse', 'SELECT 1 FROM staging.citizen_submission WHERE submission_id = $1', [priv]);
  });
});
