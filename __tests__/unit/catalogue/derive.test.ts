import { readFileSync } from 'fs';
import { join } from 'path';
import {
  CAPTURE_ROLE,
  CatalogueView,
  filterSql,
  HEARTBEAT_TABLE,
  ORIGIN_APP,
  ORIGIN_COLUMN,
  ORIGIN_SINK,
  ORIGIN_SINK_OVER_APP,
  qualified,
  SIGNAL_COLUMNS,
  SIGNAL_TABLE,
  SINK_ROLE,
  SUPPORT_SCHEMA,
} from '../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { editCatalogue } from '../../support/catalogues';

describe('catalogue view', () => {
  const view = new CatalogueView(SMART_CATALOGUE);

  it('captures exactly the source tables of the flows leaving each database', () => {
    expect(view.capturedTables('warehouse').sort()).toEqual(['analytics.citizen_profile', 'ml.eligibility_insight', 'ml.recommendation']);
    expect(view.capturedTables('citizen').sort()).toEqual(['portal.citizen', 'portal.citizen_submission', 'portal.recommendation']);
  });

  it('guards against echoes exactly the tables a sink writes and a source captures', () => {
    expect(view.echoGuardedTables('citizen').sort()).toEqual(['portal.citizen', 'portal.recommendation']);
    expect(view.echoGuardedTables('warehouse')).toEqual(['analytics.citizen_profile']);
  });

  it('a snapshot read carries every row of an unguarded table, and no row only sinks wrote of a guarded one', () => {
    expect(view.snapshotCarriedSql('warehouse', 'analytics.citizen_profile')).toBe("cdc_origin IS DISTINCT FROM 'sink'");
    expect(view.snapshotCarriedSql('citizen', 'portal.recommendation')).toBe("cdc_origin IS DISTINCT FROM 'sink'");
    expect(view.snapshotCarriedSql('citizen', 'portal.citizen_submission')).toBeUndefined();
    expect(view.snapshotCarriedSql('warehouse', 'ml.recommendation')).toBeUndefined();
  });

  it('puts the major version into names a breaking change must not reuse', () => {
    const v2 = new CatalogueView({ ...SMART_CATALOGUE, version: '2.3.1' });
    expect(v2.slotName('warehouse')).toBe('smart_cdc_v2_warehouse');
    expect(v2.sourceConnectorName('citizen')).toBe('smart-cdc-v2-citizen-source');
    expect(v2.changeTopic(SMART_CATALOGUE.flows[0])).toBe('smart.v2.warehouse.ml.eligibility_insight');
    expect(new CatalogueView({ ...SMART_CATALOGUE, version: '12.0.3' }).slotName('citizen')).toBe('smart_cdc_v12_citizen');
  });

  it('enables only the flows of the enabled phases', () => {
    const phase1 = new CatalogueView(SMART_CATALOGUE, [1]);
    expect(phase1.flows.map((f) => f.phase)).toEqual([1, 1, 1]);
    expect(phase1.sourceDatabases).toEqual(['warehouse']);
    expect(phase1.echoGuardedTables('citizen')).toEqual([]);
  });

  it('renders row filters as SQL with quoted literals', () => {
    expect(filterSql({ column: 'status', in: ['accepted', "o'brien"] })).toBe("status IN ('accepted', 'o''brien')");
    expect(filterSql({ column: 'consent_research', in: [true] })).toBe('consent_research IN (true)');
  });
});

describe('catalogue view: lookups', () => {
  const view = new CatalogueView(SMART_CATALOGUE);

  it('lists every database in catalogue order and finds tables and columns by name', () => {
    expect(view.databaseIds).toEqual(['warehouse', 'citizen']);
    expect(view.database('citizen').name).toBe('smart_citizen');
    expect(qualified(view.table('warehouse', 'ml.recommendation'))).toBe('ml.recommendation');
    expect(view.column('citizen', 'portal.citizen_submission', 'free_text')).toMatchObject({ name: 'free_text', class: 'SENSITIVE' });
    expect(view.primaryKey('warehouse', 'ml.eligibility_insight').name).toBe('insight_id');
  });

  it('names what it cannot find instead of returning nothing', () => {
    expect(() => view.database('registry')).toThrow("catalogue: unknown database 'registry'");
    expect(() => view.table('citizen', 'ml.recommendation')).toThrow("catalogue: unknown table 'ml.recommendation' in database 'citizen'");
    expect(() => view.column('citizen', 'portal.citizen', 'income_band')).toThrow("catalogue: unknown column 'portal.citizen.income_band' in database 'citizen'");
  });

  it('requires exactly one primary-key column', () => {
    const keys = (n: number) =>
      new CatalogueView(
        editCatalogue((c) => {
          const t = c.databases[1].tables.find((x) => x.name === 'eligibility')!;
          t.columns.forEach((col, i) => (col.primaryKey = i < n));
        }),
      );
    expect(keys(1).primaryKey('citizen', 'portal.eligibility').name).toBe('id');
    for (const n of [0, 2]) expect(() => keys(n).primaryKey('citizen', 'portal.eligibility')).toThrow("catalogue: table 'portal.eligibility' in 'citizen' needs exactly one primary-key column");
  });

  it('lists the columns of a class: what the source must keep out of Kafka, hash, or Ranger must mask', () => {
    expect(view.columnsOfClass('warehouse', 'ml.eligibility_insight', 'INTERNAL')).toEqual(['model_version', 'feature_snapshot']);
    expect(view.columnsOfClass('warehouse', 'analytics.citizen_profile', 'INTERNAL')).toEqual(['income_band']);
    expect(view.columnsOfClass('citizen', 'portal.citizen_submission', 'SENSITIVE')).toEqual(['free_text']);
    expect(view.columnsOfClass('citizen', 'portal.citizen', 'PII')).toEqual(['national_id', 'full_name', 'date_of_birth', 'address_line', 'email', 'phone']);
    expect(view.columnsOfClass('citizen', 'portal.citizen', 'INTERNAL')).toEqual([]);
  });

  it('knows which flows write into a database and which tables they write', () => {
    expect(view.flowsInto('citizen').map((f) => f.name)).toEqual(['eligibility', 'recommendation', 'profile_to_citizen']);
    expect(view.flowsFrom('citizen').map((f) => f.name)).toEqual(['profile_to_warehouse', 'recommendation_feedback', 'submission']);
    expect(view.targetTables('warehouse')).toEqual(['analytics.citizen_profile', 'ml.recommendation_feedback', 'staging.citizen_submission']);
    expect(view.targetTables('citizen')).toEqual(['portal.eligibility', 'portal.recommendation', 'portal.citizen']);
  });

  it('finds the row filter of the flow reading a table, and none where the flow has none', () => {
    expect(view.filterOf('warehouse', 'ml.eligibility_insight')).toEqual({ column: 'status', in: ['published'] });
    expect(view.filterOf('citizen', 'portal.citizen_submission')).toEqual({ column: 'consent_research', in: [true] });
    expect(view.filterOf('warehouse', 'ml.recommendation')).toBeUndefined();
    // the filter belongs to the database the flow reads: portal.citizen_submission is no source table of the warehouse
    expect(view.filterOf('warehouse', 'portal.citizen_submission')).toBeUndefined();
  });

  it('finds the last-writer-wins fields written into a table, by the flows writing it only', () => {
    const household = [{ column: 'household_size', versionColumn: 'household_size_updated_at' }];
    expect(view.sharedFieldsOf('citizen', 'portal.citizen')).toEqual(household);
    expect(view.sharedFieldsOf('warehouse', 'analytics.citizen_profile')).toEqual(household);
    expect(view.sharedFieldsOf('citizen', 'portal.eligibility')).toEqual([]);
    expect(view.sharedFieldsOf('warehouse', 'ml.recommendation_feedback')).toEqual([]);
    expect(new CatalogueView(SMART_CATALOGUE, [1]).sharedFieldsOf('warehouse', 'analytics.citizen_profile')).toEqual([]);
  });
});

describe('catalogue view: fields a flow passes on', () => {
  const view = new CatalogueView(SMART_CATALOGUE);
  const passed = (name: string, v: CatalogueView = view) => v.passedOnFields(v.flows.find((f) => f.name === name)!);

  it("written into the flow's source table by another flow, shared last-writer-wins fields aside", () => {
    // the citizen's response carries the recommendation's citizen, which the warehouse's flow writes into portal.recommendation
    expect(passed('recommendation_feedback')).toEqual(['citizen_id']);
    // the profile pair shares only the household fields, which both sides write last-writer-wins
    expect(passed('profile_to_citizen')).toEqual([]);
    expect(passed('profile_to_warehouse')).toEqual([]);
    expect(passed('submission')).toEqual([]);
    expect(passed('eligibility')).toEqual([]);
  });

  it('none while the flow into the source table is not enabled (phase 2 only)', () => {
    expect(passed('recommendation_feedback', new CatalogueView(SMART_CATALOGUE, [2]))).toEqual([]);
  });

  it("only what a flow writes into that very table: a same-named column another flow writes elsewhere is the flow's own", () => {
    // the portal's recommendation gains a `score` the citizen's response carries; the eligibility flow writes a `score` too, into portal.eligibility
    const v = new CatalogueView(
      editCatalogue((c) => {
        c.databases.find((d) => d.id === 'citizen')!.tables.find((t) => t.name === 'recommendation')!.columns.push({ name: 'score', type: 'numeric(5,4)', class: 'PUBLIC' });
        c.flows.find((f) => f.name === 'recommendation_feedback')!.fields['score'] = 'score';
      }),
    );
    expect(passed('recommendation_feedback', v)).toEqual(['citizen_id']);
  });
});

describe('catalogue view: carried columns', () => {
  const view = new CatalogueView(SMART_CATALOGUE);
  const compact = (db: string, v: CatalogueView = view) => v.carriedColumns(db).map((c) => `${c.table}.${c.column} ${c.type} ${c.flows.join('+')}`);

  it('phase 1 in the portal: exactly the columns the three sinks write, with their catalogue types', () => {
    expect(compact('citizen', new CatalogueView(SMART_CATALOGUE, [1]))).toEqual([
      'portal.eligibility.id uuid eligibility',
      'portal.eligibility.citizen_id uuid eligibility',
      'portal.eligibility.program_code text eligibility',
      'portal.eligibility.explanation text eligibility',
      'portal.eligibility.eligible boolean eligibility',
      'portal.eligibility.score numeric(5,4) eligibility',
      'portal.eligibility.valid_until timestamptz eligibility',
      'portal.recommendation.id uuid recommendation',
      'portal.recommendation.citizen_id uuid recommendation',
      'portal.recommendation.program_code text recommendation',
      'portal.recommendation.reason_code text recommendation',
      'portal.recommendation.priority integer recommendation',
      'portal.citizen.id uuid profile_to_citizen',
      'portal.citizen.national_id text profile_to_citizen',
      'portal.citizen.full_name text profile_to_citizen',
      'portal.citizen.date_of_birth date profile_to_citizen',
      'portal.citizen.address_line text profile_to_citizen',
      'portal.citizen.postal_code text profile_to_citizen',
      'portal.citizen.municipality_code text profile_to_citizen',
      'portal.citizen.household_size integer profile_to_citizen',
      'portal.citizen.household_size_updated_at timestamptz profile_to_citizen',
    ]);
    // nothing leaves the portal in phase 1
    expect(compact('warehouse', new CatalogueView(SMART_CATALOGUE, [1])).filter((c) => c.includes('profile_to_warehouse'))).toEqual([]);
  });

  it('a column read by one flow and written by another lists both flows once', () => {
    const c = compact('warehouse');
    expect(c).toContain('analytics.citizen_profile.citizen_id uuid profile_to_citizen+profile_to_warehouse');
    expect(c).toContain('analytics.citizen_profile.household_size integer profile_to_citizen+profile_to_warehouse');
    expect(c).toContain('analytics.citizen_profile.national_id text profile_to_citizen');
    expect(c).toContain('analytics.citizen_profile.email text profile_to_warehouse');
    expect(c.filter((x) => x.startsWith('analytics.citizen_profile.citizen_id '))).toHaveLength(1);
  });

  it('the origin marker is carried where the echo filter reads it: on echo-guarded source tables only', () => {
    const origin = (db: string) => compact(db).filter((c) => c.split(' ')[0].endsWith('.cdc_origin'));
    expect(origin('warehouse')).toEqual(['analytics.citizen_profile.cdc_origin text profile_to_citizen']);
    expect(origin('citizen')).toEqual(['portal.citizen.cdc_origin text profile_to_warehouse', 'portal.recommendation.cdc_origin text recommendation_feedback']);
  });

  it('carries no INTERNAL column and the SENSITIVE one only as the flow maps it', () => {
    const cols = [...view.carriedColumns('warehouse'), ...view.carriedColumns('citizen')].map((c) => `${c.table}.${c.column}`);
    for (const db of view.databaseIds)
      for (const t of view.database(db).tables) for (const c of view.columnsOfClass(db, qualified(t), 'INTERNAL')) expect(cols).not.toContain(`${qualified(t)}.${c}`);
    expect(cols).toContain('portal.citizen_submission.free_text');
    expect(cols).toContain('staging.citizen_submission.free_text');
  });
});

describe('catalogue view: names', () => {
  const view = new CatalogueView(SMART_CATALOGUE);
  const flow = (name: string) => SMART_CATALOGUE.flows.find((f) => f.name === name)!;

  it('names slots, publications, connectors and consumer groups of the major version (flow names in kebab case)', () => {
    expect(view.major).toBe(1);
    expect(view.versionTag).toBe('v1');
    expect(view.slotName('citizen')).toBe('smart_cdc_v1_citizen');
    expect(view.publicationName('warehouse')).toBe('smart_cdc_v1_warehouse');
    expect(view.connectorPrefix).toBe('smart-cdc-v1-');
    expect(view.sourceConnectorName('warehouse')).toBe('smart-cdc-v1-warehouse-source');
    expect(view.sinkConnectorName(flow('recommendation_feedback'))).toBe('smart-cdc-v1-recommendation-feedback-sink');
    expect(view.sinkConsumerGroup(flow('profile_to_citizen'))).toBe('connect-smart-cdc-v1-profile-to-citizen-sink');
    expect(view.sinkConsumerGroupPrefix).toBe('connect-smart-cdc-v1-');
    expect(view.parkedHandledGroup(flow('recommendation_feedback'))).toBe('smart-cdc-v1-dlq-handled-recommendation-feedback');
    expect(view.supervisorConnectorName).toBe('smart-cdc-v1-supervisor');
  });

  it('names change, dead-letter, supervisor and heartbeat topics of the major version', () => {
    expect(view.topicNamePrefix).toBe('smart.v1.');
    expect(view.topicPrefix('citizen')).toBe('smart.v1.citizen');
    expect(view.changeTopic(flow('submission'))).toBe('smart.v1.citizen.portal.citizen_submission');
    expect(view.tableTopic('warehouse', 'ml.recommendation')).toBe('smart.v1.warehouse.ml.recommendation');
    expect(view.deadLetterTopicPrefix).toBe('smart.v1.dlq.');
    expect(view.deadLetterTopic(flow('profile_to_warehouse'))).toBe('smart.v1.dlq.profile_to_warehouse');
    expect(view.supervisorTopic).toBe('smart.v1.supervisor');
    expect(view.heartbeatTopicPrefix).toBe('__debezium-heartbeat');
    expect(view.heartbeatTopic('warehouse')).toBe('__debezium-heartbeat.smart.v1.warehouse');
    expect(view.heartbeatTopicNamePrefix).toBe('__debezium-heartbeat.smart.v1.');
  });

  it('names Ranger services per environment, under the prefix that marks what the stack owns', () => {
    expect(view.rangerPrefix('staging')).toBe('smart-cdc-staging-');
    expect(view.rangerDatabaseService('prod', 'citizen')).toBe('smart-cdc-prod-citizen');
    expect(view.rangerKafkaService('dev')).toBe('smart-cdc-dev-kafka');
  });

  it('the support objects are the ones sql/V001 creates', () => {
    const sql = readFileSync(join(__dirname, '../../../sql/V001__cdc_support.sql'), 'utf8');
    expect(SUPPORT_SCHEMA).toBe('cdc');
    for (const t of [HEARTBEAT_TABLE, SIGNAL_TABLE]) expect(sql).toContain(`CREATE TABLE IF NOT EXISTS ${t} (`);
    const signal = /CREATE TABLE IF NOT EXISTS cdc\.debezium_signal \(([^;]*)\);/.exec(sql)![1];
    expect(signal.split(',').map((l) => l.trim().split(/\s+/)[0])).toEqual([...SIGNAL_COLUMNS]);
    // role names and origin values live on in deployed databases (grants, rows already marked): renaming one is a migration
    expect([CAPTURE_ROLE, SINK_ROLE, ORIGIN_COLUMN, ORIGIN_SINK, ORIGIN_SINK_OVER_APP, ORIGIN_APP]).toEqual(['smart_cdc_capture', 'smart_cdc_sink', 'cdc_origin', 'sink', 'sink-over-app', 'app']);
  });
});
