import { Client } from 'pg';
import { CatalogueView } from '../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { app, APP_ROLE, Db, eventually, topicEnds } from './engines';

/** Rows that exist before the stack is deployed: they must arrive through the first copies. */
export const SEED = {
  profile: 'a0000000-0000-4000-8000-000000000001',
  portalCitizen: 'c0000000-0000-4000-8000-000000000002',
  publishedInsight: 'b0000000-0000-4000-8000-000000000001',
  draftInsight: 'b0000000-0000-4000-8000-000000000002',
  recommendation: 'd0000000-0000-4000-8000-000000000001',
  acceptedInPortal: 'd0000000-0000-4000-8000-000000000002',
  consentedSubmission: 'e0000000-0000-4000-8000-000000000001',
  privateSubmission: 'e0000000-0000-4000-8000-000000000002',
};

/** Seeded values that the fault tests' bursts change and then put back (flows.test.ts expects them). */
export const SEED_VALUES = { profilePostalCode: '00100', portalCitizenPhone: '+3580000002' };

/** Values of INTERNAL columns: must never appear in Kafka or in the citizen database. */
export const INTERNAL_MARKERS = { modelVersion: 'model-internal-7f3a', incomeBand: 'income-band-internal-q9', confidence: '0.4242' };
export const SECRET_TEXT = 'my neighbour Jane Roe owes me 500 EUR';

/**
 * The application's role on a database whose tables exist: table grants on the application's schemas
 * and nothing else, as a DBA gives an application in production. Idempotent: tables a test re-creates
 * get their grants again.
 */
export async function grantApplicationRole(admin: Client, db: Db, schemas: readonly string[]): Promise<void> {
  const role = APP_ROLE[db];
  await admin.query(`DO $$ BEGIN CREATE ROLE ${role} LOGIN NOSUPERUSER NOINHERIT; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
  for (const s of schemas) {
    await admin.query(`GRANT USAGE ON SCHEMA ${s} TO ${role}`);
    await admin.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${role}`);
  }
}

export async function seedWarehouse(c: Client): Promise<void> {
  await c.query(
    `INSERT INTO analytics.citizen_profile (citizen_id, national_id, full_name, date_of_birth, address_line, email, phone, postal_code, municipality_code, preferred_language, household_size, household_size_updated_at, income_band)
     VALUES ($1, '19800101-1234', 'Ada Registry', '1980-01-01', '1 Registry Road', 'ada@warehouse.example', '+3580000001', $3, '091', 'fi', 2, '2026-01-01T00:00:00Z', $2)`,
    [SEED.profile, INTERNAL_MARKERS.incomeBand, SEED_VALUES.profilePostalCode],
  );
  await c.query(
    `INSERT INTO ml.eligibility_insight (insight_id, citizen_id, program_code, eligibility_score, is_eligible, explanation, status, expires_at, model_version, feature_snapshot)
     VALUES ($1, $3, 'HOUSING', 0.8123, true, 'seeded published', 'published', '2027-01-01T00:00:00Z', $4, '{"f": 1}'),
            ($2, $3, 'CHILDCARE', 0.1000, false, 'seeded draft', 'draft', NULL, $4, '{"f": 2}')`,
    [SEED.publishedInsight, SEED.draftInsight, SEED.profile, INTERNAL_MARKERS.modelVersion],
  );
  await c.query(
    `INSERT INTO ml.recommendation (recommendation_id, citizen_id, program_code, rank, reason_code, confidence, model_version)
     VALUES ($1, $2, 'HOUSING', 1, 'R-INCOME', $3, $4)`,
    [SEED.recommendation, SEED.profile, INTERNAL_MARKERS.confidence, INTERNAL_MARKERS.modelVersion],
  );
}

export async function seedCitizen(c: Client): Promise<void> {
  await c.query(
    `INSERT INTO portal.citizen (id, full_name, email, phone, preferred_language, consent_research, household_size, household_size_updated_at)
     VALUES ($1, 'Bea Portal', 'bea@portal.example', $2, 'sv', true, 3, '2026-01-02T00:00:00Z')`,
    [SEED.portalCitizen, SEED_VALUES.portalCitizenPhone],
  );
  await c.query(
    `INSERT INTO portal.citizen_submission (id, citizen_id, category, payload, free_text, consent_research)
     VALUES ($1, $3, 'feedback', '{"rating": 5}', $4, true), ($2, $3, 'complaint', '{"rating": 1}', 'private words', false)`,
    [SEED.consentedSubmission, SEED.privateSubmission, SEED.portalCitizen, SECRET_TEXT],
  );
  // a response made before the pipeline existed: flow 5's snapshot carries it
  await c.query(
    `INSERT INTO portal.recommendation (id, citizen_id, program_code, priority, status, responded_at) VALUES ($1, $2, 'LIBRARY', 5, 'accepted', '2026-01-03T00:00:00Z')`,
    [SEED.acceptedInPortal, SEED.portalCitizen],
  );
}

/**
 * The seeded rows, once through the stream: the first copies bring them across without Kafka, so a
 * test that searches the topics for what a row carries (masking, secrets, the schema contract) has
 * the application touch each of them first (an UPDATE that changes nothing: Debezium still emits the
 * whole row), each where the application made it, and waits until every flow's topic has grown.
 * Returns, per flow, where its topic's partitions ended before the touch.
 */
export async function streamSeededRows(): Promise<Map<string, Map<number, number>>> {
  const view = new CatalogueView(SMART_CATALOGUE);
  const keys = Object.values(SEED);
  const before = new Map<string, Map<number, number>>();
  for (const f of view.flows) before.set(f.name, await topicEnds(view.changeTopic(f)));
  for (const f of view.flows) {
    const pk = view.primaryKey(f.source.database, f.source.table).name;
    // only rows this side's application made: touching one the other side's sink made would make it
    // this side's (`app`), and the next sink write over it `sink-over-app`, for every later suite
    const own = view.snapshotCarriedSql(f.source.database, f.source.table);
    await app(f.source.database as Db, `UPDATE ${f.source.table} SET ${pk} = ${pk} WHERE ${pk}::text = ANY($1)${own ? ` AND ${own}` : ''}`, [keys]);
  }
  const sum = (ends: Map<number, number>) => [...ends.values()].reduce((a, b) => a + b, 0);
  for (const f of view.flows)
    await eventually(async () => {
      if (sum(await topicEnds(view.changeTopic(f))) <= sum(before.get(f.name)!)) throw new Error(`no record of the touched seeded rows in ${view.changeTopic(f)} yet`);
    });
  return before;
}
