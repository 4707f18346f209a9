import { catalogueProblems } from '../../../catalogue/validate';
import { Catalogue } from '../../../catalogue/model';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { editCatalogue as edit, Mutable } from '../../support/catalogues';

const flow = (c: Mutable<Catalogue>, name: string) => c.flows.find((f) => f.name === name)!;

describe('catalogue validation', () => {
  it('accepts the SMART catalogue', () => {
    expect(catalogueProblems(SMART_CATALOGUE)).toEqual([]);
  });

  it('names a table defined twice', () => {
    const c = edit((c) => c.databases[0].tables.push(structuredClone(c.databases[0].tables[0])));
    expect(catalogueProblems(c)).toContain("database 'warehouse': table 'analytics.citizen_profile' is defined twice");
  });

  it('names a flow field that is not a source column', () => {
    const c = edit((c) => (flow(c, 'eligibility').fields['nope'] = 'explanation'));
    expect(catalogueProblems(c).join('\n')).toMatch(/flow 1 'eligibility': field 'nope' is not a column of ml.eligibility_insight/);
  });

  it('requires the source key to be mapped onto the target key', () => {
    const c = edit((c) => delete flow(c, 'recommendation').fields['recommendation_id']);
    expect(catalogueProblems(c)).toContain("flow 2 'recommendation': source key 'recommendation_id' is not mapped");
  });

  it('rejects a field owned by both directions unless it is shared', () => {
    const c = edit((c) => (flow(c, 'profile_to_warehouse').fields['full_name'] = 'full_name'));
    expect(catalogueProblems(c).join('\n')).toMatch(/'profile_to_citizen' and 'profile_to_warehouse': field 'analytics.citizen_profile.full_name' is written from both sides/);
  });

  it('accepts the shared last-writer-wins field on both sides but rejects it when undeclared', () => {
    const c = edit((c) => delete flow(c, 'profile_to_warehouse').shared);
    // still declared on the other flow: the pair shares it
    expect(catalogueProblems(c)).toEqual([]);
    const d = edit((c) => {
      delete flow(c, 'profile_to_warehouse').shared;
      delete flow(c, 'profile_to_citizen').shared;
    });
    expect(catalogueProblems(d).join('\n')).toMatch(/household_size' is written from both sides/);
  });

  it('rejects a filter on an unknown column and a second flow reading the same table', () => {
    const c = edit((c) => {
      flow(c, 'eligibility').filter = { column: 'state', in: ['published'] };
      c.flows.push({ ...structuredClone(flow(c, 'eligibility')), id: 7, name: 'eligibility_copy', filter: undefined });
    });
    const p = catalogueProblems(c).join('\n');
    expect(p).toMatch(/filter column 'state' is not a column of ml.eligibility_insight/);
    expect(p).toMatch(/flow 7 'eligibility_copy': source table 'ml.eligibility_insight' is already read by flow 'eligibility'/);
  });

  it('keeps INTERNAL columns in the warehouse and the origin column reserved', () => {
    const c = edit((c) => {
      c.databases[1].tables[0].columns.push({ name: 'score_internal', type: 'text', class: 'INTERNAL' });
      c.databases[1].tables[1].columns.push({ name: 'cdc_origin', type: 'text', class: 'PUBLIC' });
    });
    const p = catalogueProblems(c).join('\n');
    expect(p).toMatch(/'portal.citizen.score_internal': INTERNAL columns live only in a database marked internalHome \(warehouse\), not in 'citizen'/);
    expect(p).toMatch(/'portal.eligibility.cdc_origin': name is reserved/);
  });

  it('names reader masks on unknown columns and unknown tables', () => {
    const c = edit((c) => {
      c.readers[0].masks['ssn'] = 'MASK';
      c.readers[1].tables = ['ml.nope'];
    });
    const p = catalogueProblems(c).join('\n');
    expect(p).toMatch(/reader 'analyst': mask for unknown column 'ssn'/);
    expect(p).toMatch(/reader 'data_scientist': unknown table 'ml.nope'/);
  });
});
