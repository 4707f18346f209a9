import { Catalogue } from '../../../catalogue/model';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { dataMappingReference } from '../../../scripts/docs/mapping';
import { buildPipeline } from '../../../scripts/docs/pipeline';
import { SECTIONS } from '../../../scripts/docs/sections';

/** The row of a column in the classification table of a table (`#### \`schema.table\``). */
function classificationRow(doc: string, table: string, column: string): string[] {
  const section = doc.split(`#### \`${table}\``)[1].split('\n#### ')[0].split('\n## ')[0];
  const row = section.split('\n').find((l) => l.startsWith(`| \`${column}\` |`));
  if (!row) throw new Error(`no row for ${table}.${column}`);
  return row.split(' | ').map((c) => c.replace(/^\| |\s\|$/g, '').trim());
}

describe('data mapping reference', () => {
  const doc = dataMappingReference(buildPipeline());

  it('has a section per flow and a row per column of every table', () => {
    for (const f of SMART_CATALOGUE.flows) expect(doc).toContain(`### Flow ${f.id} — ${f.name}`);
    for (const db of SMART_CATALOGUE.databases)
      for (const t of db.tables) for (const c of t.columns) expect(classificationRow(doc, `${t.schema}.${t.name}`, c.name)[2]).toBe(c.class);
  });

  it('says where each column goes: renamed, hashed, never (INTERNAL), or not captured', () => {
    expect(classificationRow(doc, 'ml.eligibility_insight', 'is_eligible')[3]).toBe('flow 1 → `portal.eligibility.eligible`');
    expect(classificationRow(doc, 'portal.citizen_submission', 'free_text')[3]).toBe('flow 6 → `staging.citizen_submission.free_text` (hashed)');
    expect(classificationRow(doc, 'analytics.citizen_profile', 'income_band')[3]).toBe('never (excluded at the source)');
    expect(classificationRow(doc, 'analytics.citizen_profile', 'email')[3]).toBe('topic of flow 3 only');
    expect(classificationRow(doc, 'ml.recommendation_feedback', 'response')[3]).toBe('not captured');
  });

  it('gives each reader role the mask of the Ranger policies, "clear" or "no access"', () => {
    const header = doc.split('#### `analytics.citizen_profile`')[1].split('\n').find((l) => l.startsWith('| column |'))!;
    expect(header).toContain('analyst sees | data_scientist sees');
    expect(classificationRow(doc, 'analytics.citizen_profile', 'national_id').slice(4)).toEqual(['MASK_HASH', 'MASK_HASH']);
    expect(classificationRow(doc, 'analytics.citizen_profile', 'phone').slice(4)).toEqual(['MASK_SHOW_LAST_4', 'MASK_NULL']);
    expect(classificationRow(doc, 'analytics.citizen_profile', 'postal_code').slice(4)).toEqual(['clear', 'clear']);
    expect(classificationRow(doc, 'portal.citizen_submission', 'free_text').slice(4)).toEqual(['no access']);
  });

  it('follows a change of a reader role\'s mask in the catalogue', () => {
    const changed: Catalogue = {
      ...SMART_CATALOGUE,
      readers: SMART_CATALOGUE.readers.map((r) => (r.name === 'analyst' ? { ...r, masks: { ...r.masks, phone: 'MASK_NULL' as const } } : r)),
    };
    const again = dataMappingReference(buildPipeline(changed));
    expect(classificationRow(again, 'analytics.citizen_profile', 'phone').slice(4)).toEqual(['MASK_NULL', 'MASK_NULL']);
  });

  it('documents filters, deletes and the shared field from the catalogue', () => {
    expect(doc).toContain("`SELECT * FROM ml.eligibility_insight WHERE status IN ('published')`");
    expect(doc).toMatch(/\| 3 profile_to_citizen \| `analytics\.citizen_profile` → `portal\.citizen` \| ignore \|/);
    expect(doc).toMatch(/\| `household_size` \| `household_size_updated_at` \| flow 3: .* and flow 4: /);
    expect(doc).toMatch(/\| smart_citizen \| `portal\.recommendation` \| flow 2 \| flow 5 \|/);
  });
});

describe('strategy sections', () => {
  const p = buildPipeline();
  it('renders a mermaid flowchart with every flow from source table to target table', () => {
    const m = SECTIONS.architecture(p);
    expect(m.startsWith('```mermaid\nflowchart LR')).toBe(true);
    for (const f of SMART_CATALOGUE.flows) expect(m).toContain(`-->|"flow ${f.id}`);
    expect(m).toContain('warehouse_ml_eligibility_insight -->|"status IN (\'published\')"| src_warehouse');
  });
  it('lists the connector properties that differ between environments', () => {
    const t = SECTIONS.settingsByEnvironment(p);
    expect(t).toMatch(/`smart-cdc-v1-citizen-source` \| `database.sslmode` \| `disable` \| `disable` \| `verify-full` \| `verify-full` \|/);
  });
});
