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
      [(d) => ({ ...d, deadLetters: [{ ...d.deadLetters[0], depth: 3 }] }), 'flow eligibility: 3 record(s) parked in dlq'],
      [
        (d) => ({ ...d, deadLetters: [{ ...d.deadLetters[0], depth: 5, pending: 1, last: { reason: 'SQLSTATE 23514 (check_violation) on portal.eligibility, constraint score_max', position: 't[0]@7, LSN 0/1A2B', at: 'T' } }] }),
        'flow eligibility: 1 record(s) parked in dlq; last: SQLSTATE 23514 (check_violation) on portal.eligibility, constraint score_max (from t[0]@7, LSN 0/1A2B, T)',
      ],
      [
        (d) => ({ ...d, slots: [{ ...d.slots[0], safeWalBytes: 400 * 1024 ** 2, keepBytes: 1024 ** 3 }] }),
        'replication slot slot_w on warehouse will lose WAL it needs after another 400 MiB of WAL (max_slot_wal_keep_size 1.0 GiB): its connector must catch up before',
      ],
      [(d) => ({ ...d, heartbeats: [{ ...d.heartbeats[0], ageSeconds: 300 }] }), 'last heartbeat of src is 300s old (bound 60s)'],
      [(d) => ({ ...d, heartbeats: [{ ...d.heartbeats[0], ageSeconds: null }] }), 'no heartbeat from src yet (cdc.heartbeat on warehouse)'],
    ];
    for (const [c, message] of cases) expect(verdict(c(healthy()))).toEqual({ health: 'degraded', code: 1, problems: [message] });
  });

  it('is down (2) when a RUNNING source that has streamed for longer than the bound puts nothing on its heartbeat topic: a blocked producer', () => {
    const stale = (d: StatusData) => ({ ...d, heartbeats: [{ ...d.heartbeats[0], topicFresh: false }] });
    const streamed = (streamingSeconds: number | null, active = true) => stale({ ...healthy(), slots: [{ ...healthy().slots[0], active, streamingSeconds }] });
    const blocked = 'no record on hb for 60s: src is not producing to Kafka although it is RUNNING: its producer is blocked';
    expect(verdict(streamed(60))).toEqual({ health: 'down', code: 2, problems: [blocked] });
    // how long it has streamed is not known (a role that may not read pg_stat_replication): judged as before
    expect(verdict(stale(healthy()))).toEqual({ health: 'down', code: 2, problems: [blocked] });
    expect(verdict(streamed(null)).code).toBe(2);
    // just started (a deploy, a resume, a reconnect), or not streaming yet: its first beat is still to come
    expect(verdict(streamed(12.4))).toEqual({ health: 'degraded', code: 1, problems: ['no record on hb for 60s: src is not producing to Kafka yet: it started streaming 12s ago'] });
    expect(verdict(streamed(0)).problems).toEqual(['no record on hb for 60s: src is not producing to Kafka yet: it started streaming 0s ago']);
    expect(verdict(streamed(null, false)).problems).toEqual([
      'replication slot slot_w on warehouse is inactive and retains 300 B of WAL',
      'no record on hb for 60s: src is not producing to Kafka: it is not streaming (its replication slot is inactive)',
    ]);
    expect(verdict(streamed(null, false)).code).toBe(1);
    const paused = stale({ ...healthy(), connectors: [{ ...healthy().connectors[0], state: 'PAUSED', tasks: [{ id: 0, state: 'PAUSED' }] }] });
    expect(verdict(paused)).toEqual({ health: 'degraded', code: 1, problems: ['connector src is PAUSED', 'no record on hb for 60s: src is not producing to Kafka'] });
    expect(verdict({ ...healthy(), heartbeats: [{ ...healthy().heartbeats[0], topicFresh: true }] }).code).toBe(0);
  });

  it('counts only parked records not yet replayed or discarded', () => {
    expect(verdict({ ...healthy(), deadLetters: [{ flow: 'eligibility', topic: 'dlq', depth: 4, pending: 0 }] }).code).toBe(0);
    expect(verdict({ ...healthy(), slots: [{ ...healthy().slots[0], safeWalBytes: 600 * 1024 ** 2, keepBytes: 1024 ** 3 }] }).code).toBe(0);
  });

  it('gives a command for every fix it can name: lost slot, parked records, schema drift, failed or missing supervisor', () => {
    const hints = (d: StatusData) => evaluate(d, DEFAULT_THRESHOLDS).map((p) => `${p.severity}: ${p.message} → ${p.hint ?? ''}`);
    expect(hints({ ...healthy(), slots: [{ ...healthy().slots[0], walStatus: 'lost' }] })[0]).toBe(
      'down: replication slot slot_w on warehouse lost WAL it needed (max_slot_wal_keep_size): changes made meanwhile cannot be streamed → npx smart-cdc repair resync local warehouse  (re-creates the slot, copies every flow in bulk, removes rows deleted meanwhile from the targets)',
    );
    expect(hints({ ...healthy(), deadLetters: [{ flow: 'eligibility', topic: 'dlq', depth: 1 }] })[0]).toContain(
      '→ fix the cause, then `npx smart-cdc repair replay local eligibility` (or drop them: `npx smart-cdc repair discard local eligibility`)',
    );
    const drift = { database: 'warehouse' as const, table: 'ml.recommendation', column: 'reason_code', flows: ['recommendation'], kind: 'renamed' as const, problem: 'column ml.recommendation.reason_code (text) is missing; reason looks like it renamed', fixSql: 'ALTER TABLE ml.recommendation RENAME COLUMN reason TO reason_code;' };
    expect(hints({ ...healthy(), drift: [drift] })).toEqual([
      'down: schema drift on warehouse: column ml.recommendation.reason_code (text) is missing; reason looks like it renamed: flow recommendation parks its records instead of writing them → on warehouse: BEGIN; SET LOCAL smart_cdc.allow_carried_ddl = on; ALTER TABLE ml.recommendation RENAME COLUMN reason TO reason_code; COMMIT;  then: npx smart-cdc repair replay local recommendation',
    ]);
    // the applications' writes fail, not the pipeline's: down, with the one statement that ends it
    expect(hints({ ...healthy(), replicaIdentity: [{ database: 'warehouse', table: 'ml.eligibility_insight', identity: 'd', filtered: true }] })).toEqual([
      'down: replica identity of ml.eligibility_insight on warehouse is DEFAULT: its publication filters rows, so PostgreSQL refuses every UPDATE and DELETE the applications make on it → ALTER TABLE ml.eligibility_insight REPLICA IDENTITY FULL; (or `npx smart-cdc preflight local --fix`)',
    ]);
    expect(verdict({ ...healthy(), replicaIdentity: [{ database: 'warehouse', table: 'ml.eligibility_insight', identity: 'd', filtered: true }] }).code).not.toBe(0);
    // an unfiltered captured table needs a replica identity too: DEFAULT (its primary key) is what the stack leaves
    expect(hints({ ...healthy(), replicaIdentity: [{ database: 'warehouse', table: 'ml.recommendation', identity: 'n', filtered: false }] })).toEqual([
      'down: replica identity of ml.recommendation on warehouse is NOTHING: its publication publishes updates and deletes, so PostgreSQL refuses every UPDATE and DELETE the applications make on it → ALTER TABLE ml.recommendation REPLICA IDENTITY DEFAULT; (or `npx smart-cdc preflight local --fix`)',
    ]);
    const sup = { name: 'smart-cdc-v1-supervisor', kind: 'supervisor' as const, subject: 'all', state: 'MISSING', tasks: [] };
    expect(hints({ ...healthy(), connectors: [...healthy().connectors, sup] })).toEqual([
      'down: connector smart-cdc-v1-supervisor does not exist: FAILED connectors and tasks are not restarted by themselves → npx smart-cdc bootstrap local',
    ]);
    // an inactive pipeline slot names the command that starts its connector
    const stopped = { ...healthy(), connectors: [{ ...healthy().connectors[0], state: 'STOPPED', tasks: [] }, healthy().connectors[1]], slots: [{ ...healthy().slots[0], active: false }] };
    expect(hints(stopped)).toContain('degraded: replication slot slot_w on warehouse is inactive and retains 300 B of WAL → npx smart-cdc repair resume local warehouse --source');
    // a lost slot explains a silent heartbeat topic: no blocked-producer verdict beside it
    const lost = { ...healthy(), slots: [{ ...healthy().slots[0], walStatus: 'lost' }], heartbeats: [{ ...healthy().heartbeats[0], topicFresh: false }] };
    expect(hints(lost)).toHaveLength(1);
  });

  it('names the cause of a task between supervisor restarts from the supervisor\'s last event for that task', () => {
    const restarting = { ...healthy(), connectors: [healthy().connectors[0], { ...healthy().connectors[1], tasks: [{ id: 0, state: 'RESTARTING' }] }] };
    const event = { at: '2026-11-30T06:00:00Z', action: 'restarted', connector: 'sink', tasks: [0], attempt: 3, cause: 'org.apache.kafka.connect.errors.ConnectException: flow eligibility: Cannot alter table' };
    const sup = (last: typeof event) => ({ topic: 'ev', restarts: 3, windowSeconds: 3600, last });
    expect(verdict({ ...restarting, supervision: sup(event) }).problems).toEqual([
      `task 0 of sink is RESTARTING (the supervisor restarted it at 2026-11-30T06:00:00Z, attempt 3, after: ${event.cause})`,
    ]);
    // an event of another connector or task says nothing of this one
    expect(verdict({ ...restarting, supervision: sup({ ...event, connector: 'src' }) }).problems).toEqual(['task 0 of sink is RESTARTING']);
    expect(verdict({ ...restarting, supervision: sup({ ...event, tasks: [1] }) }).problems).toEqual(['task 0 of sink is RESTARTING']);
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
    for (const s of ['ENDPOINTS', 'CONNECTORS', 'OTHER CONNECTORS ON THE CLUSTER (not judged)', 'REPLICATION SLOTS', 'SINK CONSUMERS', 'DEAD-LETTER TOPICS (parked records)', 'SUPERVISOR', 'HEARTBEATS', 'PROBLEMS']) expect(text).toContain(s);
    for (const n of ['slot_w', 'connect-sink', 'dlq', 'hb', 'someone-else']) expect(text).toContain(n);
    expect(text).toContain('→ npx smart-cdc repair resume local eligibility');
  });
});

describe('content health: the last verify of each flow', () => {
  const content = (result: 'equal' | 'different' | 'unverified') => ({
    flow: 'eligibility',
    verifiedAt: '2026-12-02T10:00:00.000Z',
    ageSeconds: 120,
    result,
    compared: 1000,
    missing: result === 'different' ? 2 : 0,
    extra: 0,
    different: result === 'different' ? 1 : 0,
  });

  it('degrades (1) when the last verify of a flow found a difference, with the repair as the fix; equal, never verified or not verifiable do not', () => {
    const d = { ...healthy(), content: [content('different')] };
    const p = evaluate(d, DEFAULT_THRESHOLDS);
    expect(verdict(d).code).toBe(1);
    expect(p[0]).toMatchObject({ message: expect.stringContaining('flow eligibility: its last verify (2026-12-02T10:00:00.000Z) found the target different from the source: 2 missing, 0 extra, 1 different'), hint: 'npx smart-cdc repair reconcile local eligibility' });
    for (const c of [content('equal'), content('unverified'), { flow: 'eligibility', verifiedAt: null }]) expect(verdict({ ...healthy(), content: [c] }).code).toBe(0);
  });

  it('shows each flow with its last verify, or never, in the report', () => {
    const text = renderStatus(judge({ ...healthy(), content: [content('equal'), { flow: 'submission', verifiedAt: null }] }, DEFAULT_THRESHOLDS));
    expect(text).toMatch(/CONTENT \(the last verify of each flow/);
    expect(text).toMatch(/eligibility\s+2m00s ago \(2026-12-02T10:00:00.000Z\)\s+equal\s+1000\s+0\s+0\s+0/);
    expect(text).toMatch(/submission\s+never/);
  });

  it('degrades (1) while a flow a deploy widened waits for its backfill, with the command that runs it; shows it in the report', () => {
    const backfill = { reason: 'new carried field(s) created_at', since: '2026-12-02T11:00:00.000Z' };
    const d = { ...healthy(), content: [{ ...content('equal'), backfill }] };
    expect(verdict(d).code).toBe(1);
    expect(evaluate(d, DEFAULT_THRESHOLDS)).toEqual([
      {
        severity: 'degraded',
        subject: 'backfill of eligibility',
        message: 'flow eligibility was widened by the deploy of 2026-12-02T11:00:00.000Z (new carried field(s) created_at): the rows already at the source have not been brought across',
        hint: 'npx smart-cdc repair backfill local eligibility',
      },
    ]);
    expect(renderStatus(judge(d, DEFAULT_THRESHOLDS))).toMatch(/eligibility\s+2m00s ago .*equal\s+1000\s+0\s+0\s+0\s+PENDING since 2026-12-02T11:00:00.000Z/);
  });
});
