import { existsSync } from 'fs';
import { join } from 'path';
import { CatalogueView } from '../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { truncateGuardedTables } from '../../../constructs/database/sql';
import { CHANGE_OUTCOMES } from '../../../scripts/docs/outcomes';

const ROOT = join(__dirname, '..', '..', '..');
const view = new CatalogueView(SMART_CATALOGUE);

describe('what becomes of each kind of change (the strategy document table)', () => {
  it.each(CHANGE_OUTCOMES.map((o) => [o.change, o] as const))('%s: proved by tests that exist', (_, o) => {
    expect(o.proof.length).toBeGreaterThan(0);
    for (const f of o.proof) expect({ f, exists: existsSync(join(ROOT, f)) }).toEqual({ f, exists: true });
  });

  it('names, from the catalogue, every table whose TRUNCATE is refused and every flow that keeps deleted rows', () => {
    const truncate = CHANGE_OUTCOMES.find((o) => o.change.startsWith('TRUNCATE'))!.how(view);
    for (const t of view.catalogue.databases.flatMap((d) => truncateGuardedTables(view, d.id))) expect(truncate).toContain(t.table);
    const del = CHANGE_OUTCOMES.find((o) => o.change === 'DELETE')!.how(view);
    for (const f of view.flows.filter((x) => x.deletes === 'ignore')) expect(del).toContain(f.name);
  });
});
