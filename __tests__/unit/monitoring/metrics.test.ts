import { spawnSync } from 'child_process';
import { renderMetrics } from '../../../monitoring/metrics';
import { StatusData } from '../../../scripts/ops/health';

const status = (): StatusData => ({
  environment: 'local',
  pipelineVersion: '1.0.0',
  endpoints: [
    { component: 'warehouse database', label: 'warehouse database at 127.0.0.1:54321' },
    { component: 'kafka', label: 'Kafka at 127.0.0.1:19092', error: 'connection refused' },
  ],
  connectors: [
    { name: 'src', kind: 'source', subject: 'warehouse', state: 'RUNNING', tasks: [{ id: 0, state: 'RUNNING' }] },
    { name: 'sink', kind: 'sink', subject: 'eligibility', state: 'RUNNING', tasks: [{ id: 0, state: 'FAILED', trace: 'boom' }] },
    { name: 'gone', kind: 'sink', subject: 'submission', state: 'UNKNOWN', tasks: [] },
  ],
  otherConnectors: [],
  slots: [
    { database: 'warehouse', name: 'slot_w', pipeline: true, exists: true, active: false, walStatus: 'lost', lagBytes: 300, retainedBytes: 4096, safeWalBytes: null, keepBytes: null, usedBy: 'src' },
    { database: 'citizen', name: 'slot_c', pipeline: true, exists: false },
    { database: 'citizen', name: 'orphan', pipeline: false, exists: true, active: false },
  ],
  consumers: [
    { flow: 'eligibility', connector: 'sink', group: 'g', topic: 't', lag: 12 },
    { flow: 'submission', connector: 'sink2', group: 'g2', topic: 't2', lag: null, error: 'Kafka unreachable' },
  ],
  deadLetters: [{ flow: 'eligibility', topic: 'dlq', depth: 9, pending: 2 }],
  heartbeats: [{ database: 'warehouse', connector: 'src', topic: 'hb', ageSeconds: 5, topicFresh: true }],
  content: [
    { flow: 'eligibility', verifiedAt: 'T', ageSeconds: 30, result: 'different', missing: 1, extra: 2, different: 3 },
    { flow: 'submission', verifiedAt: null, backfill: { reason: 'a new field', since: 'T' } },
  ],
});

const lines = (text: string) => text.split('\n').filter((l) => l && !l.startsWith('#'));

describe("the exporter's metrics (what status gathered)", () => {
  const text = renderMetrics(status());

  it('writes what status knows, each series labelled with the environment', () => {
    expect(lines(text)).toEqual(
      expect.arrayContaining([
        'smart_cdc_exporter_up{environment="local"} 1',
        'smart_cdc_endpoint_up{environment="local",component="warehouse database"} 1',
        'smart_cdc_endpoint_up{environment="local",component="kafka"} 0',
        // a FAILED task fails its connector's series, although the connector is RUNNING
        'smart_cdc_connector_failed{environment="local",connector="sink",kind="sink",subject="eligibility"} 1',
        'smart_cdc_connector_running{environment="local",connector="src",kind="source",subject="warehouse"} 1',
        'smart_cdc_slot_active{environment="local",database="warehouse",slot="slot_w"} 0',
        'smart_cdc_slot_wal_lost{environment="local",database="warehouse",slot="slot_w"} 1',
        'smart_cdc_slot_exists{environment="local",database="citizen",slot="slot_c"} 0',
        'smart_cdc_sink_lag_records{environment="local",flow="eligibility",topic="t"} 12',
        // pending, not the topic's depth: handled records do not count
        'smart_cdc_dead_letters_pending{environment="local",flow="eligibility",topic="dlq"} 2',
        'smart_cdc_heartbeat_topic_fresh{environment="local",database="warehouse",connector="src"} 1',
        'smart_cdc_verify_differences{environment="local",flow="eligibility"} 6',
        'smart_cdc_backfill_pending{environment="local",flow="submission"} 1',
      ]),
    );
  });

  it('leaves out what it could not read (never a 0 that would look healthy) and slots that are not the pipeline\'s', () => {
    expect(text).not.toContain('connector="gone"');
    expect(text).not.toContain('flow="submission",topic="t2"');
    expect(text).not.toContain('orphan');
    // unbounded max_slot_wal_keep_size: no safe-WAL series to compare
    expect(text).not.toContain('smart_cdc_slot_safe_wal_bytes');
    expect(text).not.toMatch(/verify_differences\{[^}]*flow="submission"/);
  });

  it("counts the stack's Kafka ACLs missing or denied; leaves the series out where none are checked or they cannot be read", () => {
    const grant = { holder: 'connect' as const, principal: 'User:c', resourceType: 'Topic' as const, prefix: 'smart.v1.', operation: 'Read' as const, why: 'w' };
    const binding = { principal: 'User:c', host: '*', resourceType: 'Topic', name: 'smart.v1.x', patternType: 'LITERAL', operation: 'Read', permission: 'DENY' };
    const acls = (state: StatusData['acls']) => lines(renderMetrics({ ...status(), acls: state })).filter((l) => l.startsWith('smart_cdc_kafka_acls_missing'));
    expect(acls({ checked: 9, missing: [grant], denied: [{ grant, binding } as never] })).toEqual(['smart_cdc_kafka_acls_missing{environment="local"} 2']);
    expect(acls({ checked: 9, missing: [], denied: [] })).toEqual(['smart_cdc_kafka_acls_missing{environment="local"} 0']);
    expect(acls({ checked: 9, missing: [], denied: [], error: 'not authorized' })).toEqual([]);
    expect(acls(undefined)).toEqual([]);
  });

  it('escapes label values as the text format requires', () => {
    const d = { ...status(), endpoints: [{ component: 'a "quoted"\\name\nx', label: 'l' }] };
    expect(renderMetrics(d)).toContain('component="a \\"quoted\\"\\\\name\\nx"} 1');
  });

  it('passes promtool check metrics (the text format, HELP and TYPE of every metric)', () => {
    const r = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect({ status: r.status, out: r.stdout + r.stderr }).toEqual({ status: 0, out: '' });
  });
});
