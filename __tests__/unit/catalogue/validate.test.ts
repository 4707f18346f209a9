import { assertCatalogue, CatalogueError, catalogueProblems } from '../../../catalogue/validate';
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

describe('catalogue validation: every problem, by name', () => {
  const table = (c: Mutable<Catalogue>, db: number, name: string) => c.databases[db].tables.find((t) => t.name === name)!;

  it.each<[string, (c: Mutable<Catalogue>) => void, string]>([
    ['a version that is not semver', (c) => (c.version = '1.0'), "version: '1.0' is not semver (x.y.z)"],
    ['a version with more than x.y.z', (c) => (c.version = '1.0.0-rc1'), "version: '1.0.0-rc1' is not semver (x.y.z)"],
    ['a version with a prefix', (c) => (c.version = 'v1.0.0'), "version: 'v1.0.0' is not semver (x.y.z)"],
    ['a database id that is not lower_snake', (c) => (c.databases[1].id = 'Citizen-DB'), "database 'Citizen-DB': id must be lower_snake"],
    ['a database id that starts upper-case', (c) => (c.databases[1].id = 'Citizen_db'), "database 'Citizen_db': id must be lower_snake"],
    ['a database id with a dash', (c) => (c.databases[1].id = 'citizen-db'), "database 'citizen-db': id must be lower_snake"],
    ['a database id used twice', (c) => (c.databases[1].id = 'warehouse'), "database 'warehouse': id is used twice"],
    ['a database name used twice', (c) => (c.databases[1].name = 'smart_warehouse'), "database 'citizen': name 'smart_warehouse' is used twice"],
    ['a column defined twice', (c) => table(c, 1, 'eligibility').columns.push({ name: 'score', type: 'text', class: 'PUBLIC' }), "table 'portal.eligibility': column 'score' is defined twice"],
    ['an unknown column class', (c) => (table(c, 1, 'eligibility').columns[3].class = 'SECRET' as never), "column 'portal.eligibility.eligible': unknown class 'SECRET'"],
    ['a table without a key', (c) => delete table(c, 1, 'eligibility').columns[0].primaryKey, "table 'portal.eligibility': needs exactly one primary-key column"],
    ['a table with two keys', (c) => (table(c, 1, 'eligibility').columns[1].primaryKey = true), "table 'portal.eligibility': needs exactly one primary-key column"],
    ['a flow id used twice', (c) => (flow(c, 'recommendation').id = 1), "flow 1 'recommendation': id 1 is used twice"],
    ['a flow name used twice', (c) => (flow(c, 'recommendation').name = 'eligibility'), "flow 2 'eligibility': name is used twice"],
    ['a flow name that is not lower_snake', (c) => (flow(c, 'recommendation').name = 'Recommendation'), "flow 2 'Recommendation': name must be lower_snake"],
    ['a flow name that starts upper-case', (c) => (flow(c, 'recommendation').name = 'Ranked_recommendation'), "flow 2 'Ranked_recommendation': name must be lower_snake"],
    ['a flow name with a dash', (c) => (flow(c, 'recommendation').name = 'recommendation-2'), "flow 2 'recommendation-2': name must be lower_snake"],
    ['a flow into its own database', (c) => (flow(c, 'recommendation').target.database = 'warehouse'), "flow 2 'recommendation': source and target are the same database"],
    ['an unknown source table', (c) => (flow(c, 'recommendation').source.table = 'ml.nope'), "flow 2 'recommendation': unknown source table 'ml.nope' in 'warehouse'"],
    ['an unknown target table', (c) => (flow(c, 'recommendation').target.table = 'portal.nope'), "flow 2 'recommendation': unknown target table 'portal.nope' in 'citizen'"],
    ['a field mapped onto no target column', (c) => (flow(c, 'recommendation').fields.rank = 'rank'), "flow 2 'recommendation': field 'rank' maps to 'rank', not a column of portal.recommendation"],
    ['a target column mapped twice', (c) => (flow(c, 'recommendation').fields.reason_code = 'program_code'), "flow 2 'recommendation': target column 'program_code' is mapped twice"],
    ['the source key mapped onto a non-key column', (c) => (flow(c, 'recommendation').fields.recommendation_id = 'reason_code'), "flow 2 'recommendation': source key 'recommendation_id' must map to the target key"],
    ['a filter that allows no value', (c) => (flow(c, 'eligibility').filter = { column: 'status', in: [] }), "flow 1 'eligibility': filter on 'status' allows no value"],
    ['a shared field the flow does not carry', (c) => (flow(c, 'recommendation').shared = [{ column: 'rank', versionColumn: 'created_at' }]), "flow 2 'recommendation': shared field 'created_at' is not among the flow's fields"],
    ['a reader of an unknown database', (c) => (c.readers[2].database = 'registry'), "reader 'portal_support': unknown database 'registry'"],
  ])('names %s', (_, change, problem) => {
    const problems = catalogueProblems(edit(change));
    expect(problems).toContain(problem);
  });

  it('accepts multi-digit versions', () => {
    expect(catalogueProblems(edit((c) => (c.version = '10.20.300')))).toEqual([]);
  });

  it('names a problem once, exactly', () => {
    expect(catalogueProblems(edit((c) => (c.version = 'one')))).toEqual(["version: 'one' is not semver (x.y.z)"]);
    expect(catalogueProblems(edit((c) => (c.readers[2].database = 'registry')))).toEqual(["reader 'portal_support': unknown database 'registry'"]);
    // a field with two owners: once per pair of flows, not once per order of the pair
    expect(catalogueProblems(edit((c) => (flow(c, 'profile_to_warehouse').fields.full_name = 'full_name')))).toEqual([
      "flows 'profile_to_citizen' and 'profile_to_warehouse': field 'analytics.citizen_profile.full_name' is written from both sides but is not a shared field",
    ]);
  });

  describe('with a third database', () => {
    /** a registry database whose table has the same name as a warehouse table, and a flow between them */
    const withRegistry = (change: (c: Mutable<Catalogue>) => void = () => undefined) =>
      edit((c) => {
        const program = (internal: boolean) => ({
          schema: 'ml',
          name: 'program',
          description: 'Programmes',
          columns: [
            { name: 'program_code', type: 'text', class: 'PUBLIC' as const, primaryKey: true },
            { name: 'title', type: 'text', class: 'PUBLIC' as const },
            ...(internal ? [{ name: 'budget_model', type: 'text', class: 'INTERNAL' as const }] : []),
          ],
        });
        c.databases[0].tables.push(program(true));
        c.databases.push({ id: 'registry', name: 'smart_registry', description: 'Registry', tables: [program(false)] });
        c.flows.push({
          id: 7,
          name: 'program_to_registry',
          description: 'Programmes reach the registry',
          phase: 1,
          source: { database: 'warehouse', table: 'ml.program' },
          target: { database: 'registry', table: 'ml.program' },
          fields: { program_code: 'program_code', title: 'title' },
          deletes: 'propagate',
          deletesReason: 'retired programmes leave the registry',
        });
        change(c);
      });

    it('a flow between tables of the same name in two databases is not a pair with itself', () => {
      expect(catalogueProblems(withRegistry())).toEqual([]);
    });

    it('a chain through three databases is not a pair: only flows writing each other\'s tables are', () => {
      const chain = withRegistry((c) => {
        c.databases[2].tables.push({
          schema: 'registry',
          name: 'program_title',
          description: 'Titles the registry edits',
          columns: [
            { name: 'program_code', type: 'text', class: 'PUBLIC', primaryKey: true },
            { name: 'title', type: 'text', class: 'PUBLIC' },
          ],
        });
        c.flows.push({
          id: 8,
          name: 'title_to_warehouse',
          description: 'Titles the registry edits reach the warehouse',
          phase: 2,
          source: { database: 'registry', table: 'registry.program_title' },
          target: { database: 'warehouse', table: 'ml.program' },
          fields: { program_code: 'program_code', title: 'title' },
          deletes: 'ignore',
          deletesReason: 'the warehouse owns the programme',
        });
      });
      // program_to_registry carries title out of ml.program, title_to_warehouse writes it into ml.program,
      // but from another table: no loop, so no second owner
      expect(catalogueProblems(chain)).toEqual([]);
    });

    it('lists every home database of INTERNAL columns when naming one outside them', () => {
      const c = withRegistry((c) => {
        c.databases[1].internalHome = true;
        c.databases[2].tables[0].columns.push({ name: 'weights', type: 'text', class: 'INTERNAL' });
      });
      expect(catalogueProblems(c)).toEqual(["column 'ml.program.weights': INTERNAL columns live only in a database marked internalHome (warehouse, citizen), not in 'registry'"]);
    });
  });

  it('an unknown source or target table stops the checks of that flow (no cascade of field problems)', () => {
    expect(catalogueProblems(edit((c) => (flow(c, 'recommendation').source.table = 'ml.nope')))).toEqual(["flow 2 'recommendation': unknown source table 'ml.nope' in 'warehouse'"]);
    expect(catalogueProblems(edit((c) => (flow(c, 'recommendation').target.table = 'portal.nope')))).toEqual(["flow 2 'recommendation': unknown target table 'portal.nope' in 'citizen'"]);
  });

  it('a key-to-key mapping and a reader of every table are fine; a reader of named tables is checked table by table', () => {
    expect(catalogueProblems(edit((c) => (c.readers[2].tables = ['portal.citizen', 'portal.eligibility'])))).toEqual([]);
    expect(catalogueProblems(edit((c) => (c.readers[2].tables = '*')))).toEqual([]);
    expect(catalogueProblems(edit((c) => (c.readers[2].tables = ['portal.citizen', 'ml.recommendation'])))).toEqual(["reader 'portal_support': unknown table 'ml.recommendation' in 'citizen'"]);
  });

  it('names the home databases of INTERNAL columns, or none', () => {
    const c = edit((c) => {
      c.databases[0].internalHome = false;
    });
    expect(catalogueProblems(c)).toContain("column 'analytics.citizen_profile.income_band': INTERNAL columns live only in a database marked internalHome (none), not in 'warehouse'");
  });

  it('assertCatalogue throws every problem in one error, and nothing for a valid catalogue', () => {
    expect(() => assertCatalogue(SMART_CATALOGUE)).not.toThrow();
    const bad = edit((c) => {
      c.version = 'x';
      c.readers[0].masks.ssn = 'MASK';
    });
    let err: unknown;
    try {
      assertCatalogue(bad);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CatalogueError);
    expect((err as CatalogueError).name).toBe('CatalogueError');
    expect((err as CatalogueError).problems).toEqual(catalogueProblems(bad));
    expect((err as CatalogueError).message).toBe("pipeline catalogue is inconsistent:\n  - version: 'x' is not semver (x.y.z)\n  - reader 'analyst': mask for unknown column 'ssn'");
  });
});
