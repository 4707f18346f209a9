import { CatalogueView } from '../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { ColumnFound, driftFix, judgeDrift } from '../../../scripts/ops/drift';

const view = new CatalogueView(SMART_CATALOGUE);
const carried = view.carriedColumns('warehouse');
const asIs = (): ColumnFound[] => carried.map((c) => ({ table: c.table, column: c.column, tableExists: true, actualType: c.type, sameBaseType: true, unknownColumns: [] }));
const change = (found: ColumnFound[], table: string, column: string, patch: Partial<ColumnFound>) => found.map((f) => (f.table === table && f.column === column ? { ...f, ...patch } : f));

describe('schema drift of carried columns', () => {
  it('finds none when every carried column is as the catalogue says', () => {
    expect(judgeDrift(view, 'warehouse', asIs())).toEqual([]);
  });

  it('names a renamed column with the flows it breaks and the SQL that renames it back', () => {
    const found = change(asIs(), 'ml.recommendation', 'reason_code', { actualType: null, sameBaseType: null, unknownColumns: [{ name: 'reason', type: 'text', sameBaseType: true }] }).map((f) =>
      f.table === 'ml.recommendation' ? { ...f, unknownColumns: [{ name: 'reason', type: 'text', sameBaseType: true }] } : f,
    );
    const [d, ...rest] = judgeDrift(view, 'warehouse', found);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ table: 'ml.recommendation', column: 'reason_code', flows: ['recommendation'], fixSql: 'ALTER TABLE ml.recommendation RENAME COLUMN reason TO reason_code;' });
    expect(d.problem).toBe('column ml.recommendation.reason_code (text) is missing; reason looks like it renamed');
    expect(driftFix(d, 'local')).toBe(
      'on warehouse: BEGIN; SET LOCAL smart_cdc.allow_carried_ddl = on; ALTER TABLE ml.recommendation RENAME COLUMN reason TO reason_code; COMMIT;  then: npx smart-cdc repair replay local recommendation',
    );
  });

  it('a dropped column is added back, a retyped one cast back, a missing table named', () => {
    const dropped = judgeDrift(view, 'warehouse', change(asIs(), 'ml.recommendation', 'reason_code', { actualType: null, sameBaseType: null }));
    expect(dropped[0].fixSql).toBe('ALTER TABLE ml.recommendation ADD COLUMN reason_code text;');
    const retyped = judgeDrift(view, 'warehouse', change(asIs(), 'ml.recommendation', 'rank', { actualType: 'text', sameBaseType: false }));
    expect(retyped[0]).toMatchObject({ problem: 'column ml.recommendation.rank is text, the pipeline carries integer', fixSql: 'ALTER TABLE ml.recommendation ALTER COLUMN rank TYPE integer USING rank::integer;' });
    const gone = judgeDrift(view, 'warehouse', asIs().map((f) => (f.table === 'ml.recommendation' ? { ...f, tableExists: false, actualType: null, sameBaseType: null } : f)));
    expect(gone.every((d) => d.problem === 'table ml.recommendation does not exist (renamed or dropped)' && !d.fixSql)).toBe(true);
    expect(driftFix(gone[0], 'local')).toContain('restore ml.recommendation as the catalogue describes it (or change catalogue/smart.ts and redeploy), then: npx smart-cdc repair replay local recommendation');
  });
});
