import { CatalogueView, filterSql } from '../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../catalogue/smart';

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

  it('puts the major version into names a breaking change must not reuse', () => {
    const v2 = new CatalogueView({ ...SMART_CATALOGUE, version: '2.3.1' });
    expect(v2.slotName('warehouse')).toBe('smart_cdc_v2_warehouse');
    expect(v2.sourceConnectorName('citizen')).toBe('smart-cdc-v2-citizen-source');
    expect(v2.changeTopic(SMART_CATALOGUE.flows[0])).toBe('smart.v2.warehouse.ml.eligibility_insight');
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
