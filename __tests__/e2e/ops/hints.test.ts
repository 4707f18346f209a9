import { CLI } from '../../../scripts/ops/io';
import { waitForRunning } from '../support/deploy';
import { connectApi, eventually, LOCAL, query, withDb } from '../support/engines';
import { discardLeftoverParked, json, localNames, ops } from './run';

/**
 * Every fix `status` prints as a command works as printed: each broken state is made on the local
 * runtime, the hint is read from `status --json`, its command is run verbatim (nothing added), and
 * the problem must be gone. A hint that names a command which does not exist, takes other
 * arguments, or does not repair what it names fails here.
 */

jest.setTimeout(400_000);

const names = localNames();
const all = () => [...names.sources.map((s) => s.connector), ...names.sinks.map((s) => s.connector), names.supervisor.connector];

interface Problem {
  severity: string;
  subject: string;
  message: string;
  hint?: string;
}

async function problems(): Promise<Problem[]> {
  return json(await ops(['status', 'local', '--json', '--max-dlq', '0'])).problems as Problem[];
}

/** The problem about `subject` once status sees it. */
async function problemOf(subject: string): Promise<Problem> {
  return eventually(async () => {
    const p = (await problems()).find((x) => x.subject === subject);
    if (!p) throw new Error(`status does not report ${subject} yet`);
    return p;
  }, 60_000, 1_000);
}

/** The CLI command a hint tells the user to run: its arguments after `npx smart-cdc`, exactly as printed. */
function commandOf(hint: string): string[] {
  const quoted = [...hint.matchAll(/`([^`]+)`/g)].map((m) => m[1]).find((c) => c.startsWith(`${CLI} `));
  const line = quoted ?? (hint.startsWith(`${CLI} `) ? hint.split(/\s{2,}|\s\(/)[0] : undefined);
  if (!line) throw new Error(`hint has no ${CLI} command: ${hint}`);
  return line.slice(CLI.length + 1).trim().split(/\s+/);
}

async function runHint(p: Problem): Promise<void> {
  expect(p.hint).toBeDefined();
  const r = await ops(commandOf(p.hint!), {}, 300_000);
  if (r.code !== 0) throw new Error(`'${CLI} ${commandOf(p.hint!).join(' ')}' (printed for: ${p.message}) exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
}

async function gone(subject: string): Promise<void> {
  await eventually(async () => {
    const still = (await problems()).filter((x) => x.subject === subject);
    if (still.length) throw new Error(`still reported: ${still.map((x) => x.message).join('; ')}`);
  }, 90_000, 2_000);
}

beforeAll(async () => {
  await discardLeftoverParked();
});

afterAll(async () => {
  // whatever a failed test left stopped is resumed: the suites after this one expect a healthy pipeline
  for (const c of all()) {
    const s = await connectApi<{ connector: { state: string } }>(`/connectors/${c}/status`).catch(() => undefined);
    if (s && (s.connector.state === 'STOPPED' || s.connector.state === 'PAUSED')) await connectApi(`/connectors/${c}/resume`, { method: 'PUT' });
  }
  await waitForRunning(all(), 180_000);
});

describe('every fix status prints works as printed (local runtime)', () => {
  it('a stopped sink: the printed resume brings it back', async () => {
    const sink = names.sinks.find((s) => s.flow.name === 'recommendation')!;
    await connectApi(`/connectors/${sink.connector}/stop`, { method: 'PUT' });
    const p = await problemOf(sink.connector);
    expect(p.hint).toBe(`${CLI} repair resume local recommendation`);
    await runHint(p);
    await gone(sink.connector);
  });

  it('a stopped source: the printed resume (--source) brings it back', async () => {
    const source = names.sources.find((s) => s.db === 'citizen')!;
    await connectApi(`/connectors/${source.connector}/stop`, { method: 'PUT' });
    const p = await problemOf(source.connector);
    await runHint(p);
    await gone(source.connector);
  });

  it('a filtered table without REPLICA IDENTITY FULL: the printed preflight --fix repairs it', async () => {
    const elig = names.sinks.find((s) => s.flow.name === 'eligibility')!.flow.source.table;
    await withDb('warehouse', async (c) => {
      await c.query('SET smart_cdc.allow_carried_ddl = on');
      await c.query(`ALTER TABLE ${elig} REPLICA IDENTITY DEFAULT`);
    });
    try {
      const p = await problemOf(elig);
      await runHint(p);
      await gone(elig);
    } finally {
      await query('warehouse', `ALTER TABLE ${elig} REPLICA IDENTITY FULL`);
    }
  });

  it('an inactive slot that is not the pipeline’s: the printed drop-slot removes it', async () => {
    const slot = 'smart_cdc_e2e_forgotten';
    await query('warehouse', `SELECT pg_drop_replication_slot('${slot}') FROM pg_replication_slots WHERE slot_name = '${slot}'`);
    await query('warehouse', `SELECT pg_create_logical_replication_slot('${slot}', 'pgoutput')`);
    try {
      const p = await problemOf(slot);
      expect(p.hint).toBe(`${CLI} repair drop-slot local ${slot}`);
      await runHint(p);
      await gone(slot);
      expect(await query('warehouse', `SELECT 1 FROM pg_replication_slots WHERE slot_name = '${slot}'`)).toEqual([]);
    } finally {
      await query('warehouse', `SELECT pg_drop_replication_slot('${slot}') FROM pg_replication_slots WHERE slot_name = '${slot}'`);
    }
  });

  it('a sink connector deleted by hand: the printed bootstrap creates it again, and it runs', async () => {
    const sink = names.sinks.find((s) => s.flow.name === 'submission')!;
    await fetch(`${LOCAL.connect}/connectors/${sink.connector}`, { method: 'DELETE' });
    const p = await problemOf(sink.connector);
    expect(p.hint).toBe(`${CLI} bootstrap local`);
    await runHint(p);
    await waitForRunning([sink.connector], 120_000);
    await gone(sink.connector);
  });
});
