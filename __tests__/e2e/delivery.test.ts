import { execFileSync } from 'child_process';
import { randomUUID } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';
import { CatalogueView } from '../../catalogue/derive';
import { SMART_CATALOGUE } from '../../catalogue/smart';
import { ROOT, waitForRunning } from './support/deploy';
import { eventually, query, sleep } from './support/engines';
import { SEED } from './support/fixtures';

/** At least once end to end, idempotent at the targets: a crash loses nothing and duplicates nothing. */

const view = new CatalogueView(SMART_CATALOGUE);
const STATE = process.env.SMART_CDC_STATE ?? '/tmp/smart-cdc-local';
const connectors = () => [...view.sourceDatabases.map((d) => view.sourceConnectorName(d)), ...view.flows.map((f) => view.sinkConnectorName(f))];
const runtime = (...args: string[]) => execFileSync('bash', [join(ROOT, 'scripts', 'local-runtime.sh'), ...args], { stdio: 'pipe' });

/** Inserts `n` recommendations at the warehouse, one transaction each, `gapMs` apart. */
async function burst(tag: string, n: number, gapMs: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = randomUUID();
    ids.push(id);
    await query('warehouse', `INSERT INTO ml.recommendation (recommendation_id, citizen_id, program_code, rank, reason_code) VALUES ($1, $2, $3, $4, 'R-CRASH')`, [id, SEED.profile, tag, i]);
    if (gapMs) await sleep(gapMs);
  }
  return ids;
}

async function allArrived(tag: string, ids: string[]): Promise<void> {
  await eventually(async () => {
    const rows = await query<{ id: string; priority: number }>('citizen', 'SELECT id, priority FROM portal.recommendation WHERE program_code = $1', [tag]);
    if (rows.length !== ids.length) throw new Error(`${rows.length}/${ids.length} arrived`);
    // every row carries its own value: nothing lost, nothing mixed up
    const byId = new Map(rows.map((r) => [r.id, r.priority]));
    ids.forEach((id, i) => expect(byId.get(id)).toBe(i));
  }, 120_000, 500);
}

describe('delivery across engine crashes', () => {
  it('loses and duplicates nothing when the Connect worker is killed mid-stream', async () => {
    const tag = 'CRASH-CONNECT';
    const writing = burst(tag, 60, 50);
    await sleep(1_000);
    const pid = readFileSync(join(STATE, 'run', 'connect.pid'), 'utf8').trim();
    process.kill(Number(pid), 'SIGKILL');
    const ids = await writing;
    runtime('up');
    await waitForRunning(connectors());
    await allArrived(tag, ids);
    // replays after the crash are upserts: feedback and portal rows stay unique per key
    const [dupes] = await query<{ n: string }>('citizen', 'SELECT count(*) - count(DISTINCT id) AS n FROM portal.recommendation');
    expect(Number(dupes.n)).toBe(0);
  });

  it('loses nothing when the source database crashes and comes back mid-stream', async () => {
    const tag = 'CRASH-PG';
    const first = await burst(tag, 20, 0);
    // an immediate stop is a crash: no checkpoint, recovery from WAL at the next start
    execFileSync('su', ['postgres', '-c', `/usr/lib/postgresql/15/bin/pg_ctl -D ${STATE}/pg/warehouse -m immediate stop`], { stdio: 'pipe' });
    runtime('up');
    const second = await burst(tag, 20, 0);
    const ids = [...first, ...second];
    // the source task fails on the lost connection; restarting failed tasks is the documented repair
    await eventually(async () => {
      await fetch(`http://127.0.0.1:18083/connectors/${view.sourceConnectorName('warehouse')}/restart?includeTasks=true&onlyFailed=true`, { method: 'POST' });
      await waitForRunning(connectors(), 5_000);
    }, 90_000, 2_000);
    await eventually(async () => {
      const rows = await query<{ id: string; priority: number }>('citizen', 'SELECT id, priority FROM portal.recommendation WHERE program_code = $1', [tag]);
      if (rows.length !== ids.length) throw new Error(`${rows.length}/${ids.length} arrived`);
      const byId = new Map(rows.map((r) => [r.id, r.priority]));
      first.forEach((id, i) => expect(byId.get(id)).toBe(i));
      second.forEach((id, i) => expect(byId.get(id)).toBe(i));
    }, 120_000, 500);
  });
});
