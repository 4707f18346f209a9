import { filterSql } from '../../../catalogue/derive';
import { signalConfigPatch, signalProblems } from '../../../scripts/ops/signals';
import { waitForRunning } from '../support/deploy';
import { app, connectApi, eventually, listTopics, query, readTopic } from '../support/engines';
import { SEED } from '../support/fixtures';
import { newCitizen } from '../support/shared-field';
import { expectOneLineError, json, localNames, ops } from './run';
import { withoutInlineSchema } from '../../../scripts/ops/parked';

/**
 * `repair snapshot` end to end: the signal reaches the source connector and the table's rows are
 * re-emitted to its topic; a filtered flow re-emits only the rows its filter lets through.
 *
 * Found on this runtime (Debezium 3.6.1): the connector captures the signal table by itself, but
 * its `column.include.list` applies to it (without the signal's columns Debezium ignores the
 * signal), and the signal table's own change events go to a topic that does not exist. The stack's
 * sources are configured for both; `repair snapshot` refuses a live config that is not.
 */

const w = localNames().sources.find((s) => s.db === 'warehouse')!;
const signalTopic = `${w.topicPrefix}.cdc.debezium_signal`;

type Config = Record<string, string>;
const liveConfig = () => connectApi<Config>(`/connectors/${w.connector}/config`);
const putConfig = (c: Config) => connectApi(`/connectors/${w.connector}/config`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(c) });
const topics = listTopics;
const decode = (v: Buffer | null) => (v ? withoutInlineSchema(JSON.parse(v.toString())) : null);

describe('ops repair snapshot (local runtime)', () => {
  let deployed: Config;

  beforeAll(async () => {
    deployed = await liveConfig();
  });

  it('deploys sources that act on signals without a signal topic', async () => {
    expect(signalProblems(deployed, (await topics()).includes(signalTopic))).toEqual([]);
    expect(signalConfigPatch(deployed)).toEqual({});
  });

  it('refuses, naming the properties, when the live source config would ignore the signal or block on it', async () => {
    // the config as it was before the fix: no signal columns, no transform dropping signal records
    const broken: Config = Object.fromEntries(Object.entries(deployed).filter(([k]) => !k.startsWith('predicates') && !k.startsWith('transforms.dropSignals.')));
    broken['column.include.list'] = deployed['column.include.list'].replace(/,cdc\\\.debezium_signal\\\.\w+/g, '');
    broken.transforms = 'dropSinkEchoes';
    expect(signalProblems(broken, false).map((p) => p.property).sort()).toEqual(['column.include.list', 'transforms']);
    await putConfig(broken);
    try {
      await eventually(async () => {
        if ((await liveConfig()).transforms !== 'dropSinkEchoes') throw new Error('config not applied yet');
      });
      const [{ n: before }] = await query<{ n: string }>('warehouse', 'SELECT count(*) AS n FROM cdc.debezium_signal');
      const r = await ops(['repair', 'snapshot', 'local', 'ml.recommendation']);
      expectOneLineError(r, 1, `refusing: ${w.connector} would not act on the signal`, 'Set in its config:');
      for (const p of signalProblems(broken, false)) expect(r.stderr).toContain(p.problem);
      const [{ n: after }] = await query<{ n: string }>('warehouse', 'SELECT count(*) AS n FROM cdc.debezium_signal');
      expect(after).toBe(before); // nothing was sent
    } finally {
      await putConfig(deployed);
      await eventually(async () => {
        if ((await liveConfig()).transforms !== deployed.transforms) throw new Error('config not restored yet');
      });
      await waitForRunning([w.connector]);
    }
  });

  it('re-emits every row of a table, then only the filtered rows of a filtered table', async () => {
    // unfiltered: every row comes again, as a read ('r')
    const rec = localNames().sinks.find((s) => s.flow.name === 'recommendation')!;
    const before = (await readTopic(rec.topic)).length;
    const r = await ops(['repair', 'snapshot', 'local', 'ml.recommendation']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const ids = (await query<{ id: string }>('warehouse', 'SELECT recommendation_id AS id FROM ml.recommendation')).map((x) => x.id).sort();
    expect(r.stdout).toContain(`re-emitted ${ids.length} record(s) for ${ids.length} row(s) of ml.recommendation to ${rec.topic}`);
    const again = (await readTopic(rec.topic)).slice(before).map((m) => decode(m.value));
    expect(again.map((p) => p.op)).toEqual(ids.map(() => 'r'));
    expect(again.map((p) => p.after.recommendation_id).sort()).toEqual(ids);
    // INTERNAL columns stay out, as in the initial snapshot
    for (const p of again) expect(Object.keys(p.after)).not.toContain('confidence');

    // filtered: the signal carries the flow's filter, so a draft insight is not emitted
    const elig = localNames().sinks.find((s) => s.flow.name === 'eligibility')!;
    const filter = filterSql(elig.flow.filter!);
    const from = (await readTopic(elig.topic)).length;
    const f = await ops(['repair', 'snapshot', 'local', 'ml.eligibility_insight', '--json']);
    expect(f.code).toBe(0);
    const report = json(f);
    expect(JSON.parse(report.data)).toEqual({
      'data-collections': ['ml.eligibility_insight'],
      type: 'incremental',
      'additional-conditions': [{ 'data-collection': 'ml.eligibility_insight', filter }],
    });
    const published = (await query<{ id: string }>('warehouse', `SELECT insight_id AS id FROM ml.eligibility_insight WHERE ${filter}`)).map((x) => x.id).sort();
    expect(report).toMatchObject({ ok: true, table: 'ml.eligibility_insight', expectedRows: published.length, emitted: published.length });
    const emitted = (await readTopic(elig.topic)).slice(from).map((m) => decode(m.value));
    expect(emitted.map((p) => p.after.insight_id).sort()).toEqual(published);
    expect(emitted.map((p) => p.after.insight_id)).not.toContain(SEED.draftInsight);
    // and the portal still shows no draft
    expect(await query('citizen', 'SELECT 1 FROM portal.eligibility WHERE id = $1', [SEED.draftInsight])).toHaveLength(0);
    // the signal table's own events were dropped before Kafka: no topic for them
    expect(await topics()).not.toContain(signalTopic);
  });

  it("re-emits the registry's rows of the profile table, whoever wrote them last, but not one the portal made: the portal keeps the name its citizen typed", async () => {
    // a registry profile the portal's sink then wrote over (a citizen-owned field changed at the portal)
    const prof = localNames().sinks.find((s) => s.flow.name === 'profile_to_citizen')!;
    const id = await newCitizen();
    await app('citizen', "UPDATE portal.citizen SET phone = '+3581111' WHERE id = $1", [id]);
    await eventually(() => query('warehouse', "SELECT 1 FROM analytics.citizen_profile WHERE citizen_id = $1 AND phone = '+3581111' AND cdc_origin = 'sink-over-app'", [id]).then((r) => expect(r).toHaveLength(1)));
    // the portal-made citizen: only the portal's sink ever wrote its registry row
    expect(await query('warehouse', 'SELECT cdc_origin FROM analytics.citizen_profile WHERE citizen_id = $1', [SEED.portalCitizen])).toEqual([{ cdc_origin: 'sink' }]);
    const from = (await readTopic(prof.topic)).length;
    const r = json(await ops(['repair', 'snapshot', 'local', 'analytics.citizen_profile', '--json']));
    const carried = (await query<{ id: string }>('warehouse', "SELECT citizen_id AS id FROM analytics.citizen_profile WHERE cdc_origin IS DISTINCT FROM 'sink'")).map((x) => x.id).sort();
    expect(r).toMatchObject({ ok: true, expectedRows: carried.length, emitted: carried.length });
    const emitted = (await readTopic(prof.topic)).slice(from).map((m) => decode(m.value).after.citizen_id as string);
    expect(emitted).toContain(id);
    expect(emitted).not.toContain(SEED.portalCitizen);
    // the snapshot has been applied (ordered after it on the topic: a change made now arrives after it)
    await app('warehouse', "UPDATE analytics.citizen_profile SET postal_code = '00777' WHERE citizen_id = $1", [id]);
    await eventually(() => query('citizen', "SELECT 1 FROM portal.citizen WHERE id = $1 AND postal_code = '00777'", [id]).then((x) => expect(x).toHaveLength(1)));
    expect(await query('citizen', 'SELECT full_name FROM portal.citizen WHERE id = $1', [SEED.portalCitizen])).toEqual([{ full_name: 'Bea Portal' }]);
  });

  it('refuses a table the environment does not capture', async () => {
    expectOneLineError(await ops(['repair', 'snapshot', 'local', 'portal.eligibility']), 64, "table 'portal.eligibility' is not captured in environment 'local'");
  });
});
