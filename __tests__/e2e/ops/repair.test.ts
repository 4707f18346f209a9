import { randomUUID } from 'crypto';
import { waitForRunning } from '../support/deploy';
import { Client } from 'pg';
import { app, connect, connectApi, eventually, query, withDb } from '../support/engines';
import { SEED } from '../support/fixtures';
import { discardLeftoverParked, expectOneLineError, json, localNames, ops } from './run';

/**
 * Each repair, and `status` in each broken state, on the local runtime. Every test restores what
 * it breaks: other suites in the same run expect a healthy pipeline.
 */

const names = localNames();
const sink = (flow: string) => names.sinks.find((s) => s.flow.name === flow)!;
const source = (db: string) => names.sources.find((s) => s.db === db)!;
const all = () => [...names.sources.map((s) => s.connector), ...names.sinks.map((s) => s.connector), names.supervisor.connector];

async function state(connector: string): Promise<string> {
  return (await connectApi<{ connector: { state: string } }>(`/connectors/${connector}/status`)).connector.state;
}

/** Resumes whatever a failed test left stopped or paused, and restarts what it left failed. */
async function heal(): Promise<void> {
  for (const c of all()) {
    const s = await state(c);
    if (s === 'PAUSED' || s === 'STOPPED') await connectApi(`/connectors/${c}/resume`, { method: 'PUT' });
    await connectApi(`/connectors/${c}/restart?includeTasks=true&onlyFailed=true`, { method: 'POST' });
  }
  await waitForRunning(all());
}

beforeAll(() => discardLeftoverParked());

async function healthyAgain(): Promise<void> {
  await eventually(async () => {
    const r = await ops(['status', 'local', '--max-dlq', '0']);
    if (r.code !== 0) throw new Error(`not healthy again:\n${r.stdout}`);
  }, 90_000, 2_000);
}

describe('ops repair stop / resume / pause (local runtime)', () => {
  afterEach(heal);

  it('stops a flow’s sink: status is degraded (1) and names it; resume brings it back', async () => {
    const s = sink('recommendation');
    const stop = await ops(['repair', 'stop', 'local', 'recommendation']);
    expect(stop.code).toBe(0);
    expect(stop.stdout).toContain(`${s.connector} (sink of flow recommendation): RUNNING (tasks 0:RUNNING) → STOPPED`);
    expect(await state(s.connector)).toBe('STOPPED');

    const st = await ops(['status', 'local', '--max-dlq', '0']);
    expect({ code: st.code, stdout: st.stdout }).toMatchObject({ code: 1 });
    expect(st.stdout).toContain('DEGRADED (exit 1)');
    expect(st.stdout).toMatch(new RegExp(`${s.connector}\\s+sink\\s+recommendation\\s+STOPPED`));
    expect(st.stdout).toContain(`connector ${s.connector} is STOPPED`);
    expect(st.stdout).toContain('→ npx smart-cdc repair resume local recommendation');

    const resume = await ops(['repair', 'resume', 'local', 'recommendation', '--json']);
    expect(resume.code).toBe(0);
    expect(json(resume)).toMatchObject({ action: 'resume', environment: 'local', ok: true, connector: s.connector, before: 'STOPPED', state: 'RUNNING' });
    await healthyAgain();
  });

  it('pauses a database’s source connector with --source (by flow number), then resumes it', async () => {
    const w = source('warehouse');
    const pause = await ops(['repair', 'pause', 'local', '1', '--source']);
    expect(pause.code).toBe(0);
    expect(pause.stdout).toContain(`${w.connector} (source connector of warehouse (flow eligibility)):`);
    expect(pause.stdout).toContain('→ PAUSED (tasks 0:PAUSED)');
    const st = json(await ops(['status', 'local', '--json', '--max-dlq', '0']));
    expect(st).toMatchObject({ health: 'degraded', exitCode: 1 });
    expect(st.problems.map((p: { message: string }) => p.message)).toContain(`connector ${w.connector} is PAUSED`);
    const resume = await ops(['repair', 'resume', 'local', 'warehouse', '--source']);
    expect(resume.code).toBe(0);
    expect(resume.stdout).toContain('→ RUNNING (tasks 0:RUNNING)');
    await healthyAgain();
  });
});

describe('ops repair restart: a failed task (local runtime)', () => {
  const s = sink('recommendation');
  const target = s.flow.target.table;
  const grant = () => withDb('citizen', (c) => c.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${target} TO smart_cdc_sink`));
  afterAll(async () => {
    await grant();
    await heal();
  });

  it('status is down (2) with the task’s root cause; a restart that fails again is no success; fixed, restart restarts only what failed', async () => {
    // the supervisor would restart the task by itself: stopped here, to see what `repair restart` does
    expect((await ops(['repair', 'stop', 'local', names.supervisor.connector])).code).toBe(0);
    const id = randomUUID();
    // the sink may no longer write its table: its next upsert fails the task (no retry can help)
    await withDb('citizen', (c) => c.query(`REVOKE INSERT, UPDATE ON ${target} FROM smart_cdc_sink`));
    await app('warehouse', `INSERT INTO ${s.flow.source.table} (recommendation_id, citizen_id, program_code, rank, reason_code) VALUES ($1, $2, 'OPS-FAILED-TASK', 9, 'R-OPS')`, [id, SEED.profile]);

    const down = await eventually(async () => {
      const r = await ops(['status', 'local', '--max-dlq', '0']);
      if (r.code !== 2 || !r.stdout.includes('0:FAILED')) throw new Error(`not down yet:\n${r.stdout}`);
      return r;
    }, 90_000, 2_000);
    expect(down.stdout).toContain('DOWN (exit 2)');
    expect(down.stdout).toMatch(new RegExp(`${s.connector}\\s+sink\\s+recommendation\\s+RUNNING\\s+0:FAILED\\s+\\S`));
    // the deepest cause, not "Exiting WorkerSinkTask due to unrecoverable exception"
    expect(down.stdout).toContain(`task 0 of ${s.connector} FAILED: org.apache.kafka.connect.errors.ConnectException: flow recommendation: SQLSTATE 42501 (insufficient_privilege): permission denied for table recommendation`);
    expect(down.stdout).toContain('→ npx smart-cdc repair restart local');
    const report = json(await ops(['status', 'local', '--json', '--max-dlq', '0']));
    const failed = report.connectors.find((c: { name: string }) => c.name === s.connector);
    expect(failed.tasks[0]).toMatchObject({ id: 0, state: 'FAILED' });
    expect(failed.tasks[0].trace).not.toContain('\n');
    // the other pipeline connectors were not touched (the supervisor is stopped)
    expect(report.connectors.filter((c: { name: string; state: string }) => c.name !== s.connector && c.name !== names.supervisor.connector && c.state === 'RUNNING')).toHaveLength(all().length - 2);

    // not fixed yet: the restarted task runs, fails on the same record within the wait, and the repair says so
    const early = await ops(['repair', 'restart', 'local', '--settle', '20']);
    expect(early.code).toBe(1);
    expect(early.stdout).toContain(`restarted ${s.connector} (task 0): RUNNING (tasks 0:FAILED)`);
    expect(early.stdout).toContain('permission denied for table recommendation');

    await grant();
    const restart = await ops(['repair', 'restart', 'local']);
    expect(restart.code).toBe(0);
    expect(restart.stdout.trim()).toBe(`restarted ${s.connector} (task 0): RUNNING (stayed so for 10s)`);
    await eventually(async () => {
      const rows = await query('citizen', `SELECT 1 FROM ${target} WHERE id = $1`, [id]);
      if (rows.length !== 1) throw new Error('the row has not arrived');
    });
    const again = await ops(['repair', 'restart', 'local', '--json']);
    expect(json(again)).toMatchObject({ action: 'restart', ok: true, restarted: [], missing: [] });

    await app('warehouse', `DELETE FROM ${s.flow.source.table} WHERE recommendation_id = $1`, [id]);
    await eventually(async () => {
      if ((await query('citizen', `SELECT 1 FROM ${target} WHERE id = $1`, [id])).length) throw new Error('not deleted yet');
    });
    expect((await ops(['repair', 'resume', 'local', names.supervisor.connector])).code).toBe(0);
    await healthyAgain();
  });

  it('with the supervisor running, the failed task comes back by itself once the cause is fixed', async () => {
    const id = randomUUID();
    await withDb('citizen', (c) => c.query(`REVOKE INSERT, UPDATE ON ${target} FROM smart_cdc_sink`));
    await app('warehouse', `INSERT INTO ${s.flow.source.table} (recommendation_id, citizen_id, program_code, rank, reason_code) VALUES ($1, $2, 'OPS-SUPERVISED', 9, 'R-OPS')`, [id, SEED.profile]);
    await eventually(async () => {
      const st = await connectApi<{ tasks: Array<{ state: string }> }>(`/connectors/${s.connector}/status`);
      if (st.tasks[0]?.state !== 'FAILED') throw new Error('not failed yet');
    }, 90_000, 1_000);
    await grant();
    // no command: the supervisor restarts it (at most 30 s apart)
    await eventually(async () => {
      if ((await query('citizen', `SELECT 1 FROM ${target} WHERE id = $1`, [id])).length !== 1) throw new Error('the row has not arrived');
    }, 90_000, 1_000);
    const st = json(await ops(['status', 'local', '--json', '--max-dlq', '0']));
    expect(st.supervision.restarts).toBeGreaterThan(0);
    expect(st.supervision.last).toMatchObject({ action: 'restarted', connector: s.connector, tasks: [0] });
    await app('warehouse', `DELETE FROM ${s.flow.source.table} WHERE recommendation_id = $1`, [id]);
    await healthyAgain();
  });
});

async function writeWalElsewhere(c: Client): Promise<void> {
  await c.query('CREATE TABLE smart_cdc_ops_wal (n int, t text)');
  await c.query("INSERT INTO smart_cdc_ops_wal SELECT g, md5(g::text) || md5((g + 1)::text) FROM generate_series(1, 5000) g");
  await c.query('DROP TABLE smart_cdc_ops_wal');
}

describe('ops repair drop-slot: an inactive slot with lag (local runtime)', () => {
  const slot = `smart_cdc_ops_test_${randomUUID().slice(0, 8)}`;
  const connector = `smart-cdc-ops-test-${randomUUID().slice(0, 8)}`;
  const dropIfThere = () =>
    withDb('citizen', (c) => c.query('SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1 AND NOT active', [slot]));
  afterAll(async () => {
    await fetch(`http://127.0.0.1:18083/connectors/${connector}`, { method: 'DELETE' });
    await dropIfThere();
  });

  it('status is degraded (1), names the slot, its lag and the command; drop-slot drops it, and only it', async () => {
    await withDb('citizen', (c) => c.query(`SELECT pg_create_logical_replication_slot($1, 'pgoutput')`, [slot]));
    // WAL written after the slot holds it back; written in another database of the cluster, so
    // that nothing reaches the pipeline's own slot
    const other = await connect('citizen', 'postgres');
    try {
      await writeWalElsewhere(other);
    } finally {
      await other.end();
    }
    const st = await ops(['status', 'local', '--max-dlq', '0']);
    expect({ code: st.code, stdout: st.stdout }).toMatchObject({ code: 1 });
    expect(st.stdout).toMatch(new RegExp(`citizen\\s+${slot}\\s+\\(none\\)\\s+NO\\s+reserved\\s+\\d+(\\.\\d)? (KiB|MiB)`));
    expect(st.stdout).toContain(`replication slot ${slot} on citizen is inactive and retains`);
    expect(st.stdout).toContain(`→ npx smart-cdc repair drop-slot local ${slot}`);
    const slotJson = json(await ops(['status', 'local', '--json', '--max-dlq', '0'])).slots.find((s: { name: string }) => s.name === slot);
    expect(slotJson).toMatchObject({ database: 'citizen', pipeline: false, active: false });
    expect(slotJson.lagBytes).toBeGreaterThan(300_000);

    // never the pipeline's own slot: active, and named by the stack and by its connector
    const own = source('citizen').slot;
    const refused = await ops(['repair', 'drop-slot', 'local', own]);
    expectOneLineError(refused, 1, `refusing to drop slot ${own}`, 'it is active on citizen', 'belongs to the pipeline', `connector ${source('citizen').connector} names it in slot.name`);
    expect((await query('citizen', 'SELECT 1 FROM pg_replication_slots WHERE slot_name = $1', [own])).length).toBe(1);

    // an inactive slot that a connector's config names is refused too
    const create = await fetch('http://127.0.0.1:18083/connectors', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: connector,
        initial_state: 'STOPPED',
        config: {
          'connector.class': 'io.debezium.connector.postgresql.PostgresConnector',
          'database.hostname': '127.0.0.1',
          'database.port': '54322',
          'database.user': 'postgres',
          'database.dbname': 'smart_citizen',
          'topic.prefix': connector,
          'plugin.name': 'pgoutput',
          'slot.name': slot,
          'table.include.list': 'portal\\.citizen',
        },
      }),
    });
    expect(create.status).toBe(201);
    const named = await ops(['repair', 'drop-slot', 'local', slot]);
    expectOneLineError(named, 1, `refusing to drop slot ${slot}: connector ${connector} names it in slot.name`);
    const withOther = await ops(['status', 'local', '--max-dlq', '0']);
    expect(withOther.stdout).toContain('OTHER CONNECTORS ON THE CLUSTER (not judged)');
    expect(withOther.stdout).toMatch(new RegExp(`${connector}\\s+source\\s+-\\s+STOPPED`));
    expect((await fetch(`http://127.0.0.1:18083/connectors/${connector}`, { method: 'DELETE' })).status).toBe(204);

    const dropped = await ops(['repair', 'drop-slot', 'local', slot]);
    expect(dropped.code).toBe(0);
    expect(dropped.stdout).toMatch(new RegExp(`^dropped replication slot ${slot} on citizen \\(released \\d+(\\.\\d)? (KiB|MiB) of WAL\\)`));
    expect((await query('citizen', 'SELECT 1 FROM pg_replication_slots WHERE slot_name = $1', [slot])).length).toBe(0);
    expectOneLineError(await ops(['repair', 'drop-slot', 'local', slot]), 1, `no replication slot '${slot}' on warehouse database at 127.0.0.1:54321 or citizen database at 127.0.0.1:54322`);
    await healthyAgain();
  });
});
