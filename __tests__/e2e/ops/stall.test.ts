import { randomUUID } from 'crypto';
import { app, connectApi, eventually, listTopics, query, sleep, withKafka } from '../support/engines';
import { SEED } from '../support/fixtures';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { loadEnvironment } from '../../../environments';
import { viewOf } from '../../../scripts/ops/context';
import { topicSpecs } from '../../../constructs/streaming/topics';
import { json, localNames, ops } from './run';

/**
 * A source connector that is RUNNING but stuck: status must say down, although Connect says
 * RUNNING and the connector's heartbeat query still updates cdc.heartbeat.
 *
 * Found on this runtime: a record bound for a topic that does not exist (the broker does not create
 * topics) blocks the source's producer and the task stops, silently. Logical decoding messages
 * (pg_logical_emit_message) did exactly that until the sources got message.prefix.exclude.list;
 * here the stall is provoked by deleting the source's heartbeat topic, and undone by recreating it.
 */

const c = localNames().sources.find((s) => s.db === 'citizen')!;

// exactly as the stack declares it, so that Terraform finds nothing to change afterwards (other suites assert that)
const recreateHeartbeatTopic = async () => {
  if ((await listTopics()).includes(c.heartbeatTopic)) return;
  const local = loadEnvironment('local', SMART_CATALOGUE);
  const spec = topicSpecs(viewOf(local), local).find((t) => t.name === c.heartbeatTopic)!;
  await withKafka((a) => a.createTopics([{ name: spec.name, partitions: spec.partitions, replicationFactor: spec.replicationFactor, configs: spec.config }]));
};

describe('ops status: a RUNNING source whose producer is blocked (local runtime)', () => {
  afterAll(async () => {
    await recreateHeartbeatTopic();
    await ops(['repair', 'resume', 'local', c.db, '--source']);
  });

  it('keeps streaming after a logical decoding message (they are not captured)', async () => {
    await query('citizen', "SELECT pg_logical_emit_message(true, 'smart-cdc-ops-stall-test', 'x')");
    const id = randomUUID();
    await app('citizen', `INSERT INTO portal.citizen_submission (id, citizen_id, category, consent_research) VALUES ($1, $2, 'after-message', true)`, [id, SEED.portalCitizen]);
    await eventually(async () => {
      if (!(await query('warehouse', 'SELECT 1 FROM staging.citizen_submission WHERE submission_id = $1', [id])).length) throw new Error('not yet');
    });
  });

  it('is not down while a source that has just started again has yet to beat: its topic is silent for that reason', async () => {
    const status = async () => {
      const r = await ops(['status', 'local', '--max-heartbeat-age', '15', '--json']);
      const s = json(r);
      const h = s.heartbeats.find((x: { connector: string }) => x.connector === c.connector);
      return { code: r.code, state: s.connectors.find((x: { name: string }) => x.name === c.connector).state as string, topicFresh: h.topicFresh as boolean, problems: s.problems.map((p: { message: string }) => p.message) };
    };
    expect((await ops(['repair', 'stop', 'local', c.db, '--source'])).code).toBe(0);
    await sleep(20_000); // longer than the bound: nothing on its topic since
    // resumed as a deploy starts it: Connect says RUNNING before the task streams and beats
    await connectApi(`/connectors/${c.connector}/resume`, { method: 'PUT' });
    const seen: Awaited<ReturnType<typeof status>>[] = [];
    await eventually(async () => {
      seen.push(await status());
      if (seen[seen.length - 1].code !== 0) throw new Error(`not healthy yet: ${seen[seen.length - 1].problems.join('; ')}`);
    }, 90_000, 500);
    // seen RUNNING with a silent topic (else this proves nothing), and never called down meanwhile
    expect(seen.filter((x) => x.state === 'RUNNING' && x.topicFresh === false).length).toBeGreaterThan(0);
    expect(seen.filter((x) => x.code === 2)).toEqual([]);
  });

  it('is down (2) naming the silent heartbeat topic, and healthy again once the producer is unblocked', async () => {
    await withKafka((a) => a.deleteTopics([c.heartbeatTopic]));
    const down = await eventually(async () => {
      const r = await ops(['status', 'local', '--max-heartbeat-age', '15', '--json']);
      if (r.code !== 2) throw new Error(`not down yet: ${r.stdout.slice(0, 200)}`);
      return json(r);
    }, 90_000, 3_000);
    expect(down.connectors.find((x: { name: string }) => x.name === c.connector).state).toBe('RUNNING');
    expect(down.problems.map((p: { message: string }) => p.message).join('\n')).toContain(c.heartbeatTopic);

    await recreateHeartbeatTopic();
    await eventually(async () => {
      const r = await ops(['status', 'local', '--max-heartbeat-age', '15']);
      if (r.code === 2) throw new Error(`still down:\n${r.stdout}`);
    }, 90_000, 3_000);
  });
});
