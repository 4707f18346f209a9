import { CatalogueView } from '../../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../../catalogue/smart';
import { captureSupportSql, carriedColumnsSql, flowShapesSql, publicationSql, referenceSchemaSql, teardownSql, versionedSql } from '../../../../constructs/database/sql';

const view = new CatalogueView(SMART_CATALOGUE);

describe('catalogue-derived SQL', () => {
  it('creates every reference table of a database with its keys, defaults and allowed values', () => {
    const sql = referenceSchemaSql(view, 'warehouse');
    for (const t of view.database('warehouse').tables) expect(sql).toContain(`CREATE TABLE IF NOT EXISTS ${t.schema}.${t.name} (`);
    expect(sql).toMatch(/insight_id uuid PRIMARY KEY/);
    expect(sql).toMatch(/status text NOT NULL DEFAULT 'draft' CHECK \(status IN \('draft', 'published', 'withdrawn'\)\)/);
  });

  it('adds a column the catalogue gained to a table created before, as the catalogue defines it (keys excepted)', () => {
    const sql = referenceSchemaSql(view, 'warehouse');
    expect(sql).toContain("ALTER TABLE ml.eligibility_insight ADD COLUMN IF NOT EXISTS status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'withdrawn'));");
    expect(sql).toContain('ALTER TABLE ml.recommendation ADD COLUMN IF NOT EXISTS reason_code text;');
    expect(sql).not.toMatch(/ADD COLUMN IF NOT EXISTS \w+ \w+ PRIMARY KEY/);
    // after every CREATE TABLE: a table created here has them all already
    expect(sql.lastIndexOf('CREATE TABLE')).toBeLessThan(sql.indexOf('ADD COLUMN'));
  });

  it('marks sink writes only on tables that are both written and captured, and guards the shared field there', () => {
    const citizen = captureSupportSql(view, 'citizen', 'smart_cdc_sink');
    // the sink role decided by name in every guard, no lookup per row; what earlier versions looked it up in goes
    expect(citizen.match(/from_sink boolean := session_user OPERATOR\(pg_catalog\.=\) 'smart_cdc_sink';/g)).toHaveLength(2);
    expect(captureSupportSql(view, 'citizen', "o'sink")).toContain("from_sink boolean := session_user OPERATOR(pg_catalog.=) 'o''sink';");
    expect(citizen).not.toMatch(/cdc\.is_sink_session\(\)(?!;)|INSERT INTO cdc\.sink_role/);
    // loop prevention alone runs as the writer, with no search_path of its own: nothing in it may resolve by name
    const guard = (t: string) => citizen.slice(citizen.indexOf(`FUNCTION cdc.guard_${t}()`), citizen.indexOf('END $fn$;', citizen.indexOf(`FUNCTION cdc.guard_${t}()`)));
    expect(guard('portal_recommendation')).toMatch(/^FUNCTION cdc\.guard_portal_recommendation\(\) RETURNS trigger LANGUAGE plpgsql AS \$fn\$/);
    const body = guard('portal_recommendation').split('AS $fn$')[1];
    expect(body.replace(/OPERATOR\(pg_catalog\.(=|<>)\)|:=/g, '')).not.toMatch(/[=<>]|IS DISTINCT|cdc\./);
    // last-writer-wins calls the cdc schema's clock: as the table's owner, on a pinned path
    expect(guard('portal_citizen')).toMatch(/LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, cdc AS/);
    expect(citizen.indexOf('DROP FUNCTION IF EXISTS cdc.is_sink_session();')).toBeGreaterThan(citizen.lastIndexOf('CREATE TRIGGER smart_cdc_guard'));
    expect(citizen).toContain('ALTER TABLE portal.citizen ADD COLUMN IF NOT EXISTS cdc_origin text;');
    expect(citizen).toContain('ALTER TABLE portal.recommendation ADD COLUMN IF NOT EXISTS cdc_origin text;');
    expect(citizen).not.toContain('portal.eligibility ADD COLUMN');
    // a version that is not finite, or that no write could step past, counts as none
    const version = (x: string) => `cdc.lww_version(${x}.household_size_updated_at)`;
    expect(citizen).toContain(`${version('OLD')} > ${version('NEW')}`);
    // application writes: a hybrid logical clock, never below the version they replace
    expect(citizen).toContain(
      `NEW.household_size_updated_at := greatest(CASE WHEN NEW.household_size_updated_at IS DISTINCT FROM OLD.household_size_updated_at AND ${version('NEW')} IS NOT NULL THEN NEW.household_size_updated_at ELSE cdc.clock() END, ${version('OLD')} + interval '1 microsecond');`,
    );
    expect(citizen).toContain('ALTER TABLE portal.citizen_submission REPLICA IDENTITY FULL;');
    const warehouse = captureSupportSql(view, 'warehouse', 'smart_cdc_sink');
    expect(warehouse).not.toContain('ml.recommendation_feedback ADD COLUMN');
    expect(warehouse).toContain('ALTER TABLE ml.eligibility_insight REPLICA IDENTITY FULL;');
  });

  it('guards nothing when phase 2 is off: no flow writes back into the warehouse', () => {
    const phase1 = new CatalogueView(SMART_CATALOGUE, [1]);
    expect(captureSupportSql(phase1, 'warehouse', 's')).not.toMatch(/cdc_origin|smart_cdc_guard /);
    expect(publicationSql(phase1, 'citizen')).toContain('FOR TABLE cdc.heartbeat, cdc.debezium_signal');
  });

  it('creates or re-points the publication idempotently', () => {
    const sql = publicationSql(view, 'citizen');
    expect(sql).toContain("IF NOT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = 'smart_cdc_v1_citizen')");
    expect(sql).toContain('ALTER PUBLICATION smart_cdc_v1_citizen SET TABLE portal.citizen,');
  });
});

describe('carried columns', () => {
  it('lists what each flow reads at its source and writes at its target, with the catalogue type and the flows', () => {
    const warehouse = new CatalogueView(SMART_CATALOGUE).carriedColumns('warehouse');
    const at = (t: string, c: string) => warehouse.find((x) => x.table === t && x.column === c);
    expect(at('ml.recommendation', 'reason_code')).toEqual({ table: 'ml.recommendation', column: 'reason_code', type: 'text', flows: ['recommendation'] });
    expect(at('ml.eligibility_insight', 'eligibility_score')?.type).toBe('numeric(5,4)');
    // read by flow 3, written by flow 4, and the origin marker the echo filter reads
    expect(at('analytics.citizen_profile', 'household_size')?.flows).toEqual(['profile_to_citizen', 'profile_to_warehouse']);
    expect(at('analytics.citizen_profile', 'cdc_origin')).toMatchObject({ type: 'text', flows: ['profile_to_citizen'] });
    expect(at('ml.recommendation_feedback', 'response')?.flows).toEqual(['recommendation_feedback']);
    // INTERNAL columns are not carried
    expect(at('ml.recommendation', 'model_version')).toBeUndefined();
  });

  it('rewrites cdc.carried_column from the catalogue, pinning each table by oid', () => {
    const sql = carriedColumnsSql(view, 'citizen');
    expect(sql.startsWith('DELETE FROM cdc.carried_column;')).toBe(true);
    expect(sql).toContain("('portal.eligibility', 'score', 'numeric(5,4)', 'eligibility', to_regclass('portal.eligibility'))");
  });

  it('refuses TRUNCATE of exactly the source tables whose flows carry deletes, naming the flows; the owner may let one through', () => {
    const view = new CatalogueView(SMART_CATALOGUE);
    const sql = captureSupportSql(view, 'warehouse', 's');
    expect(sql).toContain("CREATE TRIGGER smart_cdc_truncate_guard BEFORE TRUNCATE ON ml.recommendation FOR EACH STATEMENT EXECUTE FUNCTION cdc.refuse_truncate('recommendation');");
    expect(sql).toContain("CREATE TRIGGER smart_cdc_truncate_guard BEFORE TRUNCATE ON ml.eligibility_insight FOR EACH STATEMENT EXECUTE FUNCTION cdc.refuse_truncate('eligibility');");
    // profile_to_citizen ignores deletes: its targets keep rows anyway
    expect(sql).not.toContain('BEFORE TRUNCATE ON analytics.citizen_profile');
    expect(sql).toContain("IF current_setting('smart_cdc.allow_truncate', true) = 'on' THEN RETURN NULL; END IF;");
    expect(captureSupportSql(view, 'citizen', 's')).toContain('BEFORE TRUNCATE ON portal.citizen_submission');
    expect(teardownSql(view, 'warehouse', { slotName: 'x', referenceSchema: false })).toContain('DROP TRIGGER IF EXISTS smart_cdc_truncate_guard ON ml.recommendation;');
  });
});

describe('flow shapes', () => {
  it('records the fields and filter of exactly the flows leaving the database, for cdc.record_flow_shapes', () => {
    const sql = flowShapesSql(view, 'warehouse');
    const shapes = JSON.parse(/^SELECT cdc\.record_flow_shapes\('(.*)'::jsonb\);$/s.exec(sql)![1].replace(/''/g, "'"));
    expect(shapes.map((s: { flow: string }) => s.flow).sort()).toEqual(view.flowsFrom('warehouse').map((f) => f.name).sort());
    const reco = shapes.find((s: { flow: string }) => s.flow === 'recommendation');
    expect(reco).toEqual({ flow: 'recommendation', source_table: 'ml.recommendation', fields: view.flows.find((f) => f.name === 'recommendation')!.fields, filter: null });
    expect(shapes.find((s: { flow: string }) => s.flow === 'eligibility').filter).toEqual({ column: 'status', in: ['published'] });
  });
});

describe('versioned SQL', () => {
  it('is applied in version order', () => {
    expect(versionedSql().map((v) => v.name)).toEqual(['V001__cdc_support', 'V002__hlc_clock', 'V003__self_healing', 'V004__flow_verification', 'V005__flow_shapes']);
  });

  it('guards the replica identity of every published table: not FULL where filtered, NOTHING anywhere (the rule of checks.ts)', () => {
    const v003 = versionedSql().find((v) => v.name === 'V003__self_healing')!.sql;
    expect(v003).toContain("AND ((r.prqual IS NOT NULL AND c.relreplident <> 'f') OR c.relreplident = 'n')");
    expect(v003).toContain("CASE WHEN r.prqual IS NOT NULL THEN 'FULL' ELSE 'DEFAULT' END");
    // its result type changed: CREATE OR REPLACE alone would fail on a database that has the old one
    expect(v003.indexOf('DROP FUNCTION IF EXISTS cdc.replica_identity_problems(oid[]);')).toBeLessThan(v003.indexOf('CREATE OR REPLACE FUNCTION cdc.replica_identity_problems'));
  });
});
