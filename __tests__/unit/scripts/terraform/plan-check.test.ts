import { CatalogueView } from '../../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../../catalogue/smart';
import { checkPlan, PlanJson, PUBLICATION_STEP, summarize, TEARDOWN_STEP } from '../../../../scripts/terraform/plan-check';
import { editCatalogue } from '../../../support/catalogues';
import { OfflineStack } from '../../../support/offline-plan';
import { synthJson } from '../../../support/synth';

/**
 * The plan check on real Terraform plans of `prod` between two catalogue versions, offline: the
 * stack of the committed catalogue is planned and adopted as if applied, then the pull request's
 * version is planned against it (real providers, `-refresh=false`, no backend, dummy variables).
 */

const view = new CatalogueView(SMART_CATALOGUE);
const changed = (p: PlanJson) => (p.resource_changes ?? []).filter((c) => !c.change.actions.every((a) => a === 'no-op' || a === 'read'));

/** A reviewable pull request: a carried field more, a longer change retention, a new reader with its masks. */
const pullRequest = editCatalogue((c) => {
  c.version = '1.1.0';
  c.databases.find((d) => d.id === 'citizen')!.tables.find((t) => t.name === 'recommendation')!.columns.push({ name: 'recommended_at', type: 'timestamptz', class: 'PUBLIC' });
  c.flows.find((f) => f.name === 'recommendation')!.fields.created_at = 'recommended_at';
  c.readers.push({ name: 'auditor', description: 'Auditors: who was recommended what, never who they are', database: 'citizen', tables: ['portal.citizen'], masks: { national_id: 'MASK_HASH', full_name: 'MASK_NULL', date_of_birth: 'MASK_NULL', address_line: 'MASK_NULL', email: 'MASK_NULL', phone: 'MASK_NULL' } });
});

/** A breaking one: a flow renamed, a carried field dropped. */
const breaking = (version: string) =>
  editCatalogue((c) => {
    c.version = version;
    c.flows.find((f) => f.name === 'eligibility')!.name = 'eligibility_v2';
    delete c.flows.find((f) => f.name === 'recommendation')!.fields.reason_code;
  });

describe('plan check: the resources it watches', () => {
  it("each database's publication step and teardown are what it recognizes by address", () => {
    const data = Object.keys(synthJson('prod').resource.terraform_data).map((id) => `terraform_data.${id}`);
    for (const db of view.databaseIds) {
      expect(data.filter((a) => PUBLICATION_STEP.test(a) && a.includes(`.database-${db}_`))).toHaveLength(1);
      expect(data.filter((a) => TEARDOWN_STEP.test(a) && a.includes(`.database-${db}_`))).toHaveLength(1);
    }
  });
});

describe('plan check on real plans of prod between two catalogue versions (offline)', () => {
  const stack = new OfflineStack();

  beforeAll(async () => {
    stack.use(synthJson('prod'));
    await stack.init();
    const first = await stack.plan();
    expect(summarize(first)).toMatchObject({ change: 0, destroy: 0 });
    expect(summarize(first).add).toBeGreaterThan(50);
    stack.adopt(first);
  }, 180_000);
  afterAll(() => stack.dispose());

  it('plans nothing for the catalogue already applied', async () => {
    stack.use(synthJson('prod'));
    const p = await stack.plan();
    expect(changed(p).map((c) => c.address)).toEqual([]);
    expect(checkPlan(p)).toEqual([]);
  }, 120_000);

  it('passes a pull request that only updates in place: new field, longer retention, a new reader mask', async () => {
    stack.use(synthJson('prod', { catalogue: pullRequest, edit: (e) => ({ ...e, kafka: { ...e.kafka, retention: { ...e.kafka.retention!, changeMs: e.kafka.retention!.changeMs * 2 } } }) }));
    const p = await stack.plan();
    const c = changed(p);
    // in place, except the steps that run at create: the Ranger apply step (a changed policy document
    // replaces it; it re-applies the whole document by name, removing policies is the owner resource's
    // destroy step), the idempotent carried-columns SQL of the new field's two databases, and the flow
    // shapes of its source database (which mark the widened flow for a backfill)
    expect(c.filter((x) => x.change.actions.join() !== 'update').map((x) => `${x.address}: ${x.change.actions}`).sort()).toEqual([
      expect.stringMatching(/^terraform_data\.database-citizen_carried-columns_[0-9A-Za-z_]+: delete,create$/),
      expect.stringMatching(/^terraform_data\.database-warehouse_carried-columns_[0-9A-Za-z_]+: delete,create$/),
      expect.stringMatching(/^terraform_data\.database-warehouse_flow-shapes_[0-9A-Za-z_]+: delete,create$/),
      expect.stringMatching(/^terraform_data\.governance_policies_[0-9A-F]+: delete,create$/),
    ]);
    const updated = (type: string) => c.filter((x) => x.type === type);
    // the warehouse source carries the new column, the recommendation sink writes it
    expect(updated('kafka-connect_connector').map((x) => x.change.after.name).sort()).toEqual(
      [view.sourceConnectorName('warehouse'), view.sinkConnectorName(view.flows.find((f) => f.name === 'recommendation')!)].sort(),
    );
    // every change topic's retention, nothing else of Kafka
    expect(updated('kafka_topic').map((x) => x.change.after.name).sort()).toEqual(view.flows.map((f) => view.changeTopic(f)).sort());
    for (const t of updated('kafka_topic')) expect(t.change.after.config['retention.ms']).toBe(String(Number(t.change.before.config['retention.ms']) * 2));
    // the Ranger policies gain the auditor's masks
    const policies = c.find((x) => x.address.startsWith('terraform_data.governance_policies_'))!;
    type Doc = { policies: Array<{ name: string; dataMaskPolicyItems: Array<{ roles: string[] }> }> };
    const auditorMasks = (doc: Doc) => doc.policies.filter((x) => x.dataMaskPolicyItems.some((i) => i.roles.includes('auditor'))).map((x) => x.name);
    expect(auditorMasks(policies.change.before.input)).toEqual([]);
    expect(auditorMasks(policies.change.after.input)).toEqual(expect.arrayContaining(['smart-cdc-prod-mask-smart_citizen.portal.citizen.national_id']));
    expect(checkPlan(p)).toEqual([]);
  }, 120_000);

  it('flags a breaking change without a major bump: renamed connector, dropped carried field, version', async () => {
    stack.use(synthJson('prod', { catalogue: breaking('1.1.0') }));
    const findings = checkPlan(await stack.plan());
    const text = findings.map((f) => f.message).join('\n');
    // the renamed flow's dead-letter topic goes with it
    expect(findings.map((f) => f.kind).sort()).toEqual(['column', 'column', 'connector', 'topic', 'version']);
    expect(text).toContain('topic `smart.v1.dlq.eligibility` is destroyed');
    expect(text).toContain('connector `smart-cdc-v1-eligibility-sink` is renamed to `smart-cdc-v1-eligibility-v2-sink`');
    expect(text).toContain('`ml.recommendation.reason_code` (column.include.list)');
    expect(text).toContain('breaking change without a major version bump (pipeline_version 1.0.0 → 1.1.0)');
  }, 120_000);

  it('flags a direction switched off and fewer partitions: slot, connectors and topics destroyed, topics recreated with fewer partitions', async () => {
    // phase 2 (citizen → warehouse) left out; the change topics halved
    stack.use(synthJson('prod', { edit: (e) => ({ ...e, phases: [1, 3, 4], kafka: { ...e.kafka, partitions: e.kafka.partitions / 2 } }) }));
    const findings = checkPlan(await stack.plan());
    const of = (kind: string) => findings.filter((f) => f.kind === kind).map((f) => f.message);
    const phase2 = view.flows.filter((f) => f.phase === 2);
    // the citizen database stays (a target): its publication keeps the heartbeat and signal tables, its teardown does not run
    expect([...of('publication'), ...of('teardown')]).toEqual([]);
    expect(of('slot')).toEqual([`replication slot \`${view.slotName('citizen')}\` is destroyed: its source loses its position and must re-snapshot; changes made meanwhile are not streamed`]);
    expect(of('connector').sort()).toEqual([view.sourceConnectorName('citizen'), ...phase2.map((f) => view.sinkConnectorName(f))].map((n) => `connector \`${n}\` is destroyed: its offsets are lost`).sort());
    const topics = of('topic');
    for (const f of phase2) expect(topics).toContain(`topic \`${view.changeTopic(f)}\` is destroyed: its records are lost`);
    // the provider replaces a topic whose partitions go down
    for (const f of view.flows.filter((x) => x.phase === 1)) expect(topics).toContain(`topic \`${view.changeTopic(f)}\` is recreated (Kafka cannot reduce its partitions from 6 to 3): its records are lost`);
    // the catalogue's version did not change: said so, not as a change to itself
    expect(of('version')).toEqual([`breaking change without a major version bump (pipeline_version stays ${SMART_CATALOGUE.version}): names that carry the major version are reused`]);
  }, 120_000);

  it('flags a whole-stack destroy: every publication destroyed and every database teardown run, slots, connectors and topics lost', async () => {
    stack.use(synthJson('prod'));
    const findings = checkPlan(await stack.plan({ destroy: true }));
    const of = (kind: string) => findings.filter((f) => f.kind === kind).map((f) => f.message);
    const dbs = view.databaseIds.map((id) => view.database(id).name);
    expect(of('teardown').sort()).toEqual(dbs.map((d) => `the teardown of database \`${d}\` runs: publication, guard triggers, origin column and the cdc schema are dropped`).sort());
    expect(of('publication')).toHaveLength(dbs.length);
    expect(of('slot')).toHaveLength(view.sourceDatabases.length);
    expect(of('connector').length).toBeGreaterThan(view.flows.length);
  }, 120_000);

  it('still flags what a major bump replaces (slots, connectors), but not the version', async () => {
    stack.use(synthJson('prod', { catalogue: breaking('2.0.0') }));
    const findings = checkPlan(await stack.plan());
    const kinds = new Set(findings.map((f) => f.kind));
    expect(kinds.has('version')).toBe(false);
    expect(kinds.has('slot')).toBe(true);
    expect(kinds.has('connector')).toBe(true);
    expect(findings.map((f) => f.message).join('\n')).toContain('replication slot `smart_cdc_v1_warehouse` is replaced');
  }, 120_000);
});
