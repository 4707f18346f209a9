import { CatalogueView } from '../../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../../catalogue/smart';
import { generate, keyOf, resolve, tableModels } from '../../../e2e/support/workload/program';
import { prng } from '../../../e2e/support/workload/prng';

const view = new CatalogueView(SMART_CATALOGUE);

describe('the differential workload generator', () => {
  it('is the same program for the same seed, another for another seed', () => {
    const a = generate(view, prng(42), { txns: 50, bulkRows: 10 });
    expect(generate(view, prng(42), { txns: 50, bulkRows: 10 })).toEqual(a);
    expect(generate(view, prng(43), { txns: 50, bulkRows: 10 }).txns).not.toEqual(a.txns);
  });

  it("lets each application write only the columns it owns: never a field a flow brings into its table (but shared ones)", () => {
    const citizen = tableModels(view).find((m) => m.table === 'portal.citizen')!;
    const owned = citizen.owned.map((c) => c.name);
    for (const c of ['national_id', 'full_name', 'date_of_birth', 'address_line']) expect(owned).not.toContain(c);
    expect(owned).toEqual(expect.arrayContaining(['email', 'phone', 'household_size']));
    // rows arrive in portal.recommendation from the warehouse: the portal neither creates nor deletes them
    const rec = tableModels(view).find((m) => m.table === 'portal.recommendation')!;
    expect({ inserts: rec.inserts, removes: rec.removes, owned: rec.owned.map((c) => c.name).sort() }).toEqual({ inserts: false, removes: false, owned: ['responded_at', 'status'] });
  });

  it('resolves key tokens per run, so the same program runs again on fresh rows', () => {
    expect(resolve("WHERE id = '{k:26}' OR id::text LIKE '{ns}-0000-4000-9000-%'", 'abcdef01')).toBe(`WHERE id = '${keyOf('abcdef01', 26)}' OR id::text LIKE 'abcdef01-0000-4000-9000-%'`);
    expect(keyOf('abcdef01', 26)).toMatch(/^abcdef01-0000-4000-8000-00000000001a$/);
  });
});
