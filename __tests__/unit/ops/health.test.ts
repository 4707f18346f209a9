import { DEFAULT_THRESHOLDS, evaluate, EXIT_CODES, healthOf, StatusData } from '../../../scripts/ops/health';
import { judge, renderStatus } from '../../../scripts/ops/status/render';

const healthy = (): StatusData => ({
  environment: 'local',
  pipelineVersion: '1.0.0',
  endpoints: [
    { component: 'warehouse database', label: 'warehouse database at 127.0.0.1:54321' },
    { component: 'kafka', label: 'Kafka at 127.0.0.1:19092' },
    { component: 'connect', label: 'Kafka Connect at http://127.0.0.1:18083' },
  ],
  connectors: [
    { name: 'src', kind: 'source', subject: 'warehouse', state: 'RUNNING', tasks: [{ id: 0, state: 'RUNNING' }] },
    { name: 'sink', kind: 'sink', subject: 'eligibility', state: 'RUNNING', tasks: [{ id: 0, state: 'RUNNING' }] },
  ],
  otherConnectors: [{ name: 'someone-else', kind: 'sink', subject: '-', state: 'FAILED', tasks: [{ id: 0, state: 'FAILED', trace: 'boom' }] }],
  slots: [{ database: 'warehouse', name: 'slot_w', pipeline: true, exists: true, active: true, walStatus: 'reserved', lagBytes: 300, retainedBytes: 300, ageSeconds: 2, ageSource: 'pg_stat_replication', usedBy: 'src' }],
  consumers: [{ flow: 'eligibility', connector: 'sink', group: 'connect-sink', topic: 't', lag: 1 }],
  deadLetters: [{ flow: 'eligibility', topic: 'dlq', depth: 0 }],
  heartbeats: [{ database: 'warehouse', connector: 'src', topic: 'hb', ageSeconds: 5 }],
});

const verdict = (d: StatusData, t = DEFAULT_THRESHOLDS) => {
  const problems = evaluate(d, t);
  return { health: healthOf(problems), code: EXIT_CODES[healthOf(problems)], problems: problems.map((p) => p.message) };
};

describe('ops status health policy (exit codes for alerting)', () => {
  it('is healthy (0) when everything runs within bounds; other connectors are not judged', () => {
    expect(verdict(healthy())).toEqual({ health: 'healthy', code: 0, problems: [] });
  });

  it('is down (2) for an unreachable endpoint, a missing or failed connector, a failed task, a missing or lost slot', () => {
    const cases: Array<(d: StatusData) => StatusData> = [
      (d) => ({ ...d, endpoints: [{ ...d.endpoints[0], error: 'connection refused' }] }),
      (d) => ({ ...d, connectors: [{ ...d.connectors[0], state: 'MISSING', tasks: [] }] }),
      (d) => ({ ...d, connectors: [{ ...d.connectors[0], state: 'FAILED', trace: 'x' }] }),
      (d) => ({ ...d, connectors: [{ ...d.connectors[1], tasks: [{ id: 0, state: 'FAILED', trace: 'java.sql.SQLException: permission denied' }] }] }),
      (d) => ({ ...d, slots: [{ ...d.slots[0], exists: false }] }),
      (d) => ({ ...d, slots: [{ ...d.slots[0], walStatus: 'lost' }] }),
    ];
    for (const c of cases) expect(verdict(c(healthy())).code).toBe(2);
    expect(verdict(cases[3](healthy())).problems[0]).toBe('task 0 of sink FAILED: java.sql.SQLException: permission denied');
  });

  it('is degraded (1) for stopped or paused connectors, inactive slots, lag, dead letters and old heartbeats', () => {
    const cases: Array<[(d: StatusData) => StatusData, string]> = [
      [(d) => ({ ...d, connectors: [{ ...d.connectors[1], state: 'STOPPED', tasks: [] }] }), 'connector sink is STOPPED'],
      [(d) => ({ ...d, connectors: [{ ...d.connectors[1], state: 'PAUSED', tasks: [{ id: 0, state: 'PAUSED' }] }] }), 'connector sink is PAUSED'],
      [(d) => ({ ...d, slots: [{ ...d.slots[0], name: 'orphan', pipeline: false, usedBy: undefined, active: false, retainedBytes: 2048 }] }), 'replication slot orphan on warehouse is inactive and retains 2.0 KiB of WAL'],
      [(d) => ({ ...d, slots: [{ ...d.slots[0], lagBytes: 300 * 1024 ** 2 }] }), 'replication slot slot_w on warehouse lags 300 MiB (bound 256 MiB)'],
      [(d) => ({ ...d, consumers: [{ ...d.consumers[0], lag: 5000 }] }), 'sink consumer connect-sink lags 5000 records on t (bound 1000)'],
      [(d) => ({ ...d, deadLetters: [{ ...d.deadLetters[0], depth: 3 }] }), 'dead-letter topic dlq holds 3 records (flow eligibility)'],
      [(d) => ({ ...d, heartbeats: [{ ...d.heartbeats[0], ageSeconds: 300 }] }), 'last heartbeat of src is 300s old (bound 60s)'],
      [(d) => ({ ...d, heartbeats: [{ ...d.heartbeats[0], ageSeconds: null }] }), 'no heartbeat from src yet (cdc.heartbeat on warehouse)'],
    ];
    for (const [c, message] of cases) expect(verdict(c(healthy()))).toEqual({ health: 'degraded', code: 1, problems: [message] });
  });

  it('is down (2) when a RUNNING source puts nothing on its heartbeat topic: a blocked producer', () => {
    const stale = (d: StatusData) => ({ ...d, heartbeats: [{ ...d.heartbeats[0], topicFresh: false }] });
    expect(verdict(stale(healthy()))).toEqual({
      health: 'down',
      code: 2,
      problems: ['no record on hb for 60s: src is not producing to Kafka although it is RUNNING: its producer is blocked'],
    });
    const paused = stale({ ...healthy(), connectors: [{ ...healthy().connectors[0], state: 'PAUSED', tasks: [{ id: 0, state: 'PAUSED' }] }] });
    expect(verdict(paused)).toEqual({ health: 'degraded', code: 1, problems: ['connector src is PAUSED', 'no record on hb for 60s: src is not producing to Kafka'] });
    expect(verdict({ ...healthy(), heartbeats: [{ ...healthy().heartbeats[0], topicFresh: true }] }).code).toBe(0);
  });

  it('honours the thresholds given as flags', () => {
    const d = { ...healthy(), deadLetters: [{ flow: 'eligibility', topic: 'dlq', depth: 3 }] };
    expect(verdict(d, { ...DEFAULT_THRESHOLDS, maxDeadLetters: 3 }).code).toBe(0);
  });

  it('does not judge what an unreachable engine hides twice', () => {
    const d = { ...healthy(), endpoints: [{ component: 'warehouse database', label: 'w', error: 'connection refused' }], heartbeats: [{ database: 'warehouse' as const, connector: 'src', topic: 'hb', ageSeconds: null, unknown: true }] };
    expect(verdict(d).problems).toEqual(['w: connection refused']);
  });

  it('renders every section with the names it was given, and the hints', () => {
    const r = judge({ ...healthy(), connectors: [{ ...healthy().connectors[1], state: 'STOPPED', tasks: [] }] }, DEFAULT_THRESHOLDS, new Date(0));
    const text = renderStatus(r);
    expect(text.split('\n')[0]).toBe('SMART CDC status — environment local, pipeline 1.0.0: DEGRADED (exit 1)');
    for (const s of ['ENDPOINTS', 'CONNECTORS', 'OTHER CONNECTORS ON THE CLUSTER (not judged)', 'REPLICATION SLOTS', 'SINK CONSUMERS', 'DEAD-LETTER TOPICS', 'HEARTBEATS', 'PROBLEMS']) expect(text).toContain(s);
    for (const n of ['slot_w', 'connect-sink', 'dlq', 'hb', 'someone-else']) expect(text).toContain(n);
    expect(text).toContain('→ npx smart-cdc repair resume local eligibility');
  });
});
