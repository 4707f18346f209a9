import { CatalogueView } from '../../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../../catalogue/smart';
import { captureSupportSql, publicationSql, referenceSchemaSql } from '../../../../constructs/database/sql';

const view = new CatalogueView(SMART_CATALOGUE);

describe('catalogue-derived SQL', () => {
  it('creates every reference table of a database with its keys, defaults and allowed values', () => {
    const sql = referenceSchemaSql(view, 'warehouse');
    for (const t of view.database('warehouse').tables) expect(sql).toContain(`CREATE TABLE IF NOT EXISTS ${t.schema}.${t.name} (`);
    expect(sql).toMatch(/insight_id uuid PRIMARY KEY/);
    expect(sql).toMatch(/status text NOT NULL DEFAULT 'draft' CHECK \(status IN \('draft', 'published', 'withdrawn'\)\)/);
  });

  it('marks sink writes only on tables that are both written and captured, and guards the shared field there', () => {
    const citizen = captureSupportSql(view, 'citizen', 'smart_cdc_sink');
    expect(citizen).toContain("INSERT INTO cdc.sink_role (name) VALUES ('smart_cdc_sink')");
    expect(citizen).toContain('ALTER TABLE portal.citizen ADD COLUMN IF NOT EXISTS cdc_origin text;');
    expect(citizen).toContain('ALTER TABLE portal.recommendation ADD COLUMN IF NOT EXISTS cdc_origin text;');
    expect(citizen).not.toContain('portal.eligibility ADD COLUMN');
    expect(citizen).toMatch(/OLD\.household_size_updated_at > NEW\.household_size_updated_at/);
    // application writes: a hybrid logical clock, never below the version they replace
    expect(citizen).toContain(
      "NEW.household_size_updated_at := greatest(CASE WHEN NEW.household_size_updated_at IS DISTINCT FROM OLD.household_size_updated_at AND NEW.household_size_updated_at IS NOT NULL THEN NEW.household_size_updated_at ELSE cdc.clock() END, OLD.household_size_updated_at + interval '1 microsecond');",
    );
    expect(citizen).toContain('ALTER TABLE portal.citizen_submission REPLICA IDENTITY FULL;');
    const warehouse = captureSupportSql(view, 'warehouse', 'smart_cdc_sink');
    expect(warehouse).not.toContain('ml.recommendation_feedback ADD COLUMN');
    expect(warehouse).toContain('ALTER TABLE ml.eligibility_insight REPLICA IDENTITY FULL;');
  });

  it('guards nothing when phase 2 is off: no flow writes back into the warehouse', () => {
    const phase1 = new CatalogueView(SMART_CATALOGUE, [1]);
    expect(captureSupportSql(phase1, 'warehouse', 's')).not.toMatch(/cdc_origin|TRIGGER/);
    expect(publicationSql(phase1, 'citizen')).toContain('FOR TABLE cdc.heartbeat, cdc.debezium_signal');
  });

  it('creates or re-points the publication idempotently', () => {
    const sql = publicationSql(view, 'citizen');
    expect(sql).toContain("IF NOT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = 'smart_cdc_v1_citizen')");
    expect(sql).toContain('ALTER PUBLICATION smart_cdc_v1_citizen SET TABLE portal.citizen,');
  });
});
