import { Catalogue } from '../../../catalogue/model';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { dataMappingReference } from '../../../scripts/docs/mapping';
import { buildPipeline } from '../../../scripts/docs/pipeline';
import { SECTIONS } from '../../../scripts/docs/sections';
import { CatalogueView } from '../../../catalogue/derive';
import { connector, Json, synthJson } from '../../support/synth';

/** The rows of a flow's field table: source column → [target column, what the connectors do]. */
function flowRows(doc: string, flowId: number): Map<string, { target: string; does: string }> {
  const section = doc.split(`### Flow ${flowId} — `)[1].split('\n### ')[0];
  const rows = section.split('**Fields**')[1].split('\n\n')[1].split('\n').slice(2);
  return new Map(
    rows.map((r) => {
      const [col, , target, does] = r.split(' | ').map((c) => c.replace(/^\| |\s\|$/g, '').trim());
      return [col.replace(/`/g, ''), { target: target.replace(/`/g, ''), does }];
    }),
  );
}

/** What the synthesized Terraform JSON does with a source column of a flow, read straight from the connector resources. */
function deployed(json: Json, view: CatalogueView, flowName: string, column: string) {
  const flow = view.flows.find((f) => f.name === flowName)!;
  const src = connector(json, view.sourceConnectorName(flow.source.database));
  const sink = connector(json, view.sinkConnectorName(flow));
  const q = `${flow.source.table}.${column}`;
  const included = (src.config['column.include.list'] as string).split(',').map((c) => c.replace(/\\(.)/g, '$1'));
  // columns of the source's HashColumns transforms (SENSITIVE columns hashed before Kafka)
  const config = src.config as Record<string, string>;
  const hashed = (config.transforms ?? '')
    .split(',')
    .filter((t) => config[`transforms.${t}.type`] === 'smart.cdc.connect.HashColumns')
    .flatMap((t) => config[`transforms.${t}.columns`].split(','));
  const carried = (sink.config['transforms.selectFields.include'] as string).split(',');
  const renames = new Map(((sink.config['transforms.selectFields.renames'] as string | undefined) ?? '').split(',').filter(Boolean).map((r) => r.split(':') as [string, string]));
  return { inKafka: included.includes(q), hashed: hashed.includes(q), written: carried.includes(column) ? renames.get(column) ?? column : undefined };
}

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

  it('says where each column goes: renamed, hashed, never (excluded at the source), or not captured', () => {
    expect(classificationRow(doc, 'ml.eligibility_insight', 'is_eligible')[3]).toBe('flow 1 → `portal.eligibility.eligible`');
    expect(classificationRow(doc, 'portal.citizen_submission', 'free_text')[3]).toBe('flow 6 → `staging.citizen_submission.free_text` (hashed)');
    expect(classificationRow(doc, 'analytics.citizen_profile', 'income_band')[3]).toBe('never (excluded at the source)');
    // citizen-owned PII of the warehouse profile: the warehouse source keeps it out of Kafka altogether
    expect(classificationRow(doc, 'analytics.citizen_profile', 'email')[3]).toBe('never (excluded at the source)');
    expect(classificationRow(doc, 'ml.recommendation_feedback', 'response')[3]).toBe('not captured');
  });

  it('claims for every column of every flow exactly what the synthesized connector configurations do', () => {
    const json = synthJson('prod');
    const view = new CatalogueView(SMART_CATALOGUE);
    let checked = 0;
    for (const f of SMART_CATALOGUE.flows) {
      const rows = flowRows(doc, f.id);
      const table = view.table(f.source.database, f.source.table);
      expect([...rows.keys()]).toEqual(table.columns.map((c) => c.name));
      for (const c of table.columns) {
        const claim = rows.get(c.name)!;
        const real = deployed(json, view, f.name, c.name);
        if (!real.inKafka) {
          expect({ c: c.name, does: claim.does }).toEqual({ c: c.name, does: expect.stringMatching(/^not captured: /) });
          expect(classificationRow(doc, f.source.table, c.name)[3]).toContain('never (excluded at the source)');
        } else if (real.written === undefined) expect(claim.does).toMatch(/^in the change topic/);
        else {
          expect(claim.target).toBe(real.written);
          expect(claim.does).toMatch(real.written === c.name ? /copied$/ : new RegExp(`renamed to \`${real.written}\`$`));
          expect(classificationRow(doc, f.source.table, c.name)[3]).toContain(`flow ${f.id} → \`${f.target.table}.${real.written}\``);
        }
        expect(/hashed/.test(claim.does)).toBe(real.hashed);
        checked++;
      }
    }
    expect(checked).toBe(SMART_CATALOGUE.flows.reduce((n, f) => n + view.table(f.source.database, f.source.table).columns.length, 0));
  });

  it('follows the deployed configuration, not the catalogue: a column the source stops capturing is reported as not captured', () => {
    const p = buildPipeline();
    for (const e of p.environments) {
      const src = e.stack.connect.sources.find((x) => x.props.name.includes('warehouse'))!;
      src.config['column.include.list'] = src.config['column.include.list'].replace('ml\\.eligibility_insight\\.explanation,', '');
    }
    const changed = dataMappingReference(p);
    expect(flowRows(changed, 1).get('explanation')!.does).toMatch(/^not captured: /);
    expect(flowRows(doc, 1).get('explanation')!.does).toBe('copied');
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
    expect(doc).toContain("`ml.eligibility_insight WHERE (status IN ('published'))`");
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
