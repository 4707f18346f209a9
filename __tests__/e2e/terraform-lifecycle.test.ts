import { randomUUID } from 'crypto';
import { Catalogue } from '../../catalogue/model';
import { SMART_CATALOGUE } from '../../catalogue/smart';
import { CatalogueView } from '../../catalogue/derive';
import { ENVIRONMENTS } from '../../environments';
import { checkPlan, PlanJson } from '../../scripts/terraform/plan-check';
import { planStack } from '../../scripts/terraform/plan';
import { withLocalSecrets } from '../../scripts/terraform/local-secrets';
import { cdktfLocal, deployLocal, names, STACK_DIR, synthLocal, waitForRunning } from './support/deploy';
import { app, appConnect, connectApi, Db, eventually, query, sleep, withApp, withDb, withKafka } from './support/engines';
import { SEED, seedCitizen, seedWarehouse } from './support/fixtures';

/**
 * The stack's life through real Terraform: an unchanged deploy plans nothing; a pull-request-like
 * change (a new carried field, a topic's retention) plans in-place updates only and deploys while
 * rows keep flowing; `cdktf destroy` leaves nothing behind; a fresh deploy snapshots again.
 */

const view = new CatalogueView(SMART_CATALOGUE);
const NEW_COLUMN = 'recommended_at';

/** The pull request: flow 2 carries ml.recommendation.created_at to a new portal column. */
function withNewField(c: Catalogue): Catalogue {
  const next = structuredClone(c);
  const portal = next.databases.find((d) => d.id === 'citizen')!.tables.find((t) => `${t.schema}.${t.name}` === 'portal.recommendation')!;
  (portal as unknown as { columns: unknown[] }).columns = [...portal.columns, { name: NEW_COLUMN, type: 'timestamptz', class: 'PUBLIC' }];
  const flow = next.flows.find((f) => f.name === 'recommendation')!;
  (flow as { fields: Record<string, string> }).fields = { ...flow.fields, created_at: NEW_COLUMN };
  return next;
}
const longerRetention = () => {
  const local = structuredClone(ENVIRONMENTS.local);
  local.kafka.retention = { ...local.kafka.retention!, changeMs: local.kafka.retention!.changeMs * 2 };
  return { ...ENVIRONMENTS, local };
};

const plan = () => planStack(STACK_DIR, { env: withLocalSecrets(process.env) }).then((p) => p.json);
// each step runs Terraform (init, plan, apply) several times: minutes on a busy 2-core machine
const STEP_MS = 600_000;
const changed = (p: PlanJson) => (p.resource_changes ?? []).filter((c) => !c.change.actions.includes('no-op') && !c.change.actions.includes('read'));

describe('real Terraform: deploy, diff, change, destroy (local)', () => {
  it('plans no change for the deployed stack (cdktf diff)', async () => {
    synthLocal();
    const diff = await cdktfLocal('diff');
    expect(diff.output).toMatch(/No changes/);
    expect(changed(await plan())).toEqual([]);
  }, STEP_MS);

  it('applies a pull request in place while rows keep flowing: no row lost, the new field arrives', async () => {
    const before = synthLocal();
    const after = synthLocal(withNewField(SMART_CATALOGUE), longerRetention());
    // the application's own migration adds the column the flow now writes
    await query('citizen', `ALTER TABLE portal.recommendation ADD COLUMN IF NOT EXISTS ${NEW_COLUMN} timestamptz`);

    const p = await plan();
    const byType = (t: string) => changed(p).filter((c) => c.type === t);
    // exactly what a reviewer expects: connectors and topics updated in place, nothing of the pipeline replaced
    const differs = (type: string) => Object.keys(after.resource[type] ?? {}).filter((k) => JSON.stringify(after.resource[type][k]) !== JSON.stringify(before.resource[type]?.[k]));
    expect(byType('kafka-connect_connector').map((c) => c.change.after.name).sort()).toEqual([view.sourceConnectorName('warehouse'), view.sinkConnectorName(view.flows.find((f) => f.name === 'recommendation')!)].sort());
    expect(byType('kafka_topic').map((c) => c.change.after.name).sort()).toEqual(view.flows.map((f) => view.changeTopic(f)).filter((t, i, a) => a.indexOf(t) === i).sort());
    for (const c of [...byType('kafka-connect_connector'), ...byType('kafka_topic')]) expect(c.change.actions).toEqual(['update']);
    expect(differs('kafka_topic').length).toBe(byType('kafka_topic').length);
    // the only replacements, idempotent SQL steps whose SQL gained the column: the citizen reference
    // table, the carried-columns list (what the DDL guard protects) of the flow's two databases, and
    // the flow shapes of its source database (which mark the widened flow for a backfill)
    const replaced = changed(p).filter((c) => c.change.actions.includes('delete'));
    expect(replaced.map((c) => c.address).sort()).toEqual([
      expect.stringMatching(/^terraform_data\.database-citizen_carried-columns_/),
      expect.stringMatching(/^terraform_data\.database-citizen_reference-schema_/),
      expect.stringMatching(/^terraform_data\.database-warehouse_carried-columns_/),
      expect.stringMatching(/^terraform_data\.database-warehouse_flow-shapes_/),
    ]);
    expect(changed(p).filter((c) => ['postgresql_replication_slot', 'postgresql_role', 'postgresql_grant'].includes(c.type))).toEqual([]);
    expect(checkPlan(p)).toEqual([]);

    // rows written before, during and after the deploy
    const written: string[] = [];
    let writing = true;
    const writer = (async () => {
      const c = await appConnect('warehouse');
      try {
        while (writing) {
          const id = randomUUID();
          await c.query(`INSERT INTO ml.recommendation (recommendation_id, citizen_id, program_code, rank) VALUES ($1, $2, 'TF-LIVE', 1)`, [id, SEED.profile]);
          written.push(id);
          await sleep(25);
        }
      } finally {
        await c.end();
      }
    })();
    await sleep(1_000);
    await cdktfLocal('deploy');
    await waitForRunning(names(after, 'kafka-connect_connector'));
    await sleep(2_000);
    writing = false;
    await writer;
    expect(written.length).toBeGreaterThan(40);

    const last = randomUUID();
    await app('warehouse', `INSERT INTO ml.recommendation (recommendation_id, citizen_id, program_code, rank) VALUES ($1, $2, 'TF-LIVE', 2)`, [last, SEED.profile]);
    const arrived = await eventually(async () => {
      const r = await query<{ id: string }>('citizen', `SELECT id FROM portal.recommendation WHERE program_code = 'TF-LIVE'`);
      if (r.length < written.length + 1) throw new Error(`${r.length} of ${written.length + 1} rows arrived`);
      return r;
    }, 120_000);
    expect(new Set(arrived.map((r) => r.id))).toEqual(new Set([...written, last]));
    const carried = await eventually(async () => {
      const [r] = await query<{ at: Date | null }>('citizen', `SELECT ${NEW_COLUMN} AS at FROM portal.recommendation WHERE id = $1`, [last]);
      if (!r?.at) throw new Error(`${NEW_COLUMN} not carried yet`);
      return r.at;
    });
    const [source] = await query<{ created_at: Date }>('warehouse', 'SELECT created_at FROM ml.recommendation WHERE recommendation_id = $1', [last]);
    expect(carried.toISOString()).toBe(source.created_at.toISOString());
    // a plain `cdktf deploy` runs no backfill: the rows already there wait for one, and the flow says so
    const owed = () => query<{ reason: string }>('warehouse', 'SELECT backfill_reason AS reason FROM cdc.flow_shape WHERE flow = $1 AND backfill_reason IS NOT NULL', ['recommendation']);
    expect(await owed()).toEqual([{ reason: 'new carried field(s) created_at' }]);

    // and back to the catalogue as committed: narrowed back before any backfill, none is owed
    synthLocal();
    await cdktfLocal('deploy');
    expect(changed(await plan())).toEqual([]);
    expect(await owed()).toEqual([]);
  }, STEP_MS);

  it('flags what would hurt the pipeline in a real plan: a renamed flow, a dropped carried field, no major bump', async () => {
    const breaking = structuredClone(SMART_CATALOGUE);
    const eligibility = breaking.flows.find((f) => f.name === 'eligibility')!;
    (eligibility as { name: string }).name = 'eligibility_v2';
    const reco = breaking.flows.find((f) => f.name === 'recommendation')!;
    const { reason_code: _dropped, ...fields } = reco.fields; // eslint-disable-line @typescript-eslint/no-unused-vars
    (reco as { fields: Record<string, string> }).fields = fields;
    synthLocal(breaking);
    try {
      const findings = checkPlan(await plan());
      const text = findings.map((f) => f.message).join('\n');
      expect(findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['connector', 'column', 'version']));
      expect(text).toContain(`connector \`${view.sinkConnectorName(SMART_CATALOGUE.flows.find((f) => f.name === 'eligibility')!)}\` is renamed to \`${view.sinkConnectorName(eligibility)}\``);
      expect(text).toContain('`ml.recommendation.reason_code` (column.include.list)');
      expect(text).toContain('`reason_code` (transforms.selectFields.include)');
      expect(text).toContain('breaking change without a major version bump (pipeline_version stays 1.0.0)');
    } finally {
      synthLocal();
    }
  }, STEP_MS);

  it('destroys everything it created, leaving no replication slot behind, then deploys from scratch', async () => {
    const json = synthLocal();
    await cdktfLocal('destroy');

    const connectors = await connectApi<string[]>('/connectors');
    expect(connectors.filter((c) => names(json, 'kafka-connect_connector').includes(c))).toEqual([]);
    await withKafka(async (admin) => {
      const topics = names(json, 'kafka_topic');
      expect((await admin.listTopics()).filter((t) => topics.includes(t))).toEqual([]);
      // sink consumer groups lost their offsets with the offsets reset before the connectors went
      for (const c of names(json, 'kafka-connect_connector').filter((n) => n.endsWith('-sink'))) {
        expect((await admin.groupCommits(`connect-${c}`)).filter((x) => x.offset >= 0)).toEqual([]);
      }
    });
    for (const db of ['warehouse', 'citizen'] as Db[]) {
      const left = await withDb(db, async (c) => ({
        slots: (await c.query('SELECT slot_name FROM pg_replication_slots')).rows,
        publications: (await c.query(`SELECT pubname FROM pg_publication WHERE pubname LIKE 'smart_cdc%'`)).rows,
        roles: (await c.query(`SELECT rolname FROM pg_roles WHERE rolname = ANY($1)`, [names(json, 'postgresql_role')])).rows,
        schema: (await c.query(`SELECT nspname FROM pg_namespace WHERE nspname = 'cdc'`)).rows,
        triggers: (await c.query(`SELECT tgname FROM pg_trigger WHERE tgname = 'smart_cdc_guard'`)).rows,
        tables: (await c.query(`SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace IN (SELECT oid FROM pg_namespace WHERE nspname IN ('ml', 'analytics', 'staging', 'portal'))`)).rows,
      }));
      expect({ db, ...left }).toEqual({ db, slots: [], publications: [], roles: [], schema: [], triggers: [], tables: [] });
    }

    // from scratch: tables and rows exist before the stack, their first copies bring them across again
    await deployLocal((db) => withApp(db, db === 'warehouse' ? seedWarehouse : seedCitizen));
    await eventually(async () => {
      const r = await query('citizen', 'SELECT 1 FROM portal.eligibility WHERE id = $1', [SEED.publishedInsight]);
      if (!r.length) throw new Error('published insight not copied yet');
    }, 120_000);
    await eventually(async () => {
      const r = await query('warehouse', 'SELECT 1 FROM analytics.citizen_profile WHERE citizen_id = $1', [SEED.portalCitizen]);
      if (!r.length) throw new Error('portal citizen not copied yet');
    }, 120_000);
  }, STEP_MS);
});
