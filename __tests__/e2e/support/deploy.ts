import { execFileSync } from 'child_process';
import { readFileSync, realpathSync } from 'fs';
import { join } from 'path';
import { App } from 'cdktf';
import { buildApp } from '../../../main';
import { applyStack, readSynthesized } from '../../../scripts/tf-standin/apply';
import { Resource, resourcesInOrder } from '../../../scripts/tf-standin/graph';
import { connect, connectApi, eventually, kafka, LOCAL } from './engines';

export const ROOT = join(__dirname, '..', '..', '..');
export const OUTDIR = join(ROOT, 'cdktf.out');
/** The local runtime's state dir (scripts/local-runtime.sh), where its Connect worker's secrets live. */
export const STATE = realpathOrSelf(process.env.SMART_CDC_STATE ?? '/tmp/smart-cdc-local');
/** A secret of the local environment as the Connect worker reads it (environments/local.ts: connect.secrets). */
export const localSecret = (name: string): string => readFileSync(join(STATE, 'secrets', name), 'utf8').trim();

function realpathOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** Synthesizes every stack as `cdktf synth` does, and returns the local one's JSON. */
export function synthLocal(): Record<string, any> {
  buildApp(new App({ outdir: OUTDIR })).synth();
  return readSynthesized('local', OUTDIR);
}

export function assertRuntimeUp(): void {
  try {
    execFileSync('bash', [join(ROOT, 'scripts', 'local-runtime.sh'), 'status'], { stdio: 'pipe' });
  } catch (e) {
    throw new Error(`the local runtime is not up: run \`bash scripts/local-runtime.sh up\` first\n${(e as { stdout?: Buffer }).stdout ?? ''}`);
  }
}

const names = (json: Record<string, any>, type: string): string[] => resourcesInOrder(json).filter((r) => r.type === type).map((r) => r.body.name);

/**
 * Brings the engines back to empty for the resources of the local stack: connectors stopped with
 * their offsets deleted, sink consumer groups, topics, slots, roles and both databases dropped.
 */
export async function resetLocal(json: Record<string, any>): Promise<void> {
  const connectors = names(json, 'kafka-connect_connector');
  const existing = await connectApi<string[]>('/connectors');
  for (const c of connectors.filter((n) => existing.includes(n))) {
    await connectApi(`/connectors/${c}/stop`, { method: 'PUT' });
    await eventually(async () => {
      const s = await connectApi<{ connector: { state: string } }>(`/connectors/${c}/status`);
      if (s.connector.state !== 'STOPPED') throw new Error(`${c} is ${s.connector.state}`);
    });
    await connectApi(`/connectors/${c}/offsets`, { method: 'DELETE' });
    await connectApi(`/connectors/${c}`, { method: 'DELETE' });
  }
  const admin = kafka.admin();
  await admin.connect();
  try {
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => connectors.some((c) => g === `connect-${c}`));
    if (groups.length) await admin.deleteGroups(groups);
    const topics = (await admin.listTopics()).filter((t) => names(json, 'kafka_topic').includes(t));
    if (topics.length) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
  const roles = names(json, 'postgresql_role');
  for (const db of ['warehouse', 'citizen'] as const) {
    const c = await connect(db, 'postgres');
    try {
      await eventually(async () => {
        const active = await c.query('SELECT slot_name FROM pg_replication_slots WHERE active');
        if (active.rowCount) throw new Error(`slots still active: ${active.rows.map((r) => r.slot_name)}`);
      });
      for (const r of (await c.query('SELECT slot_name FROM pg_replication_slots')).rows) await c.query('SELECT pg_drop_replication_slot($1)', [r.slot_name]);
      await c.query(`DROP DATABASE IF EXISTS ${LOCAL[db].database} WITH (FORCE)`);
      for (const role of roles) await c.query(`DROP ROLE IF EXISTS ${role}`);
      await c.query(`CREATE DATABASE ${LOCAL[db].database}`);
    } finally {
      await c.end();
    }
  }
}

const isConnector = (r: Resource) => r.type === 'kafka-connect_connector';

/** Applies the local stack with the stand-in: everything but connectors, then `beforeConnectors`, then connectors. */
export async function deployLocal(json: Record<string, any>, beforeConnectors: () => Promise<void>): Promise<void> {
  await applyStack(json, { target: (r) => !isConnector(r) });
  await beforeConnectors();
  await applyStack(json, { target: isConnector });
  await waitForRunning(names(json, 'kafka-connect_connector'));
}

export async function waitForRunning(connectors: string[], timeoutMs = 120_000): Promise<void> {
  await eventually(async () => {
    for (const c of connectors) {
      const s = await connectApi<{ connector: { state: string }; tasks: Array<{ state: string; trace?: string }> }>(`/connectors/${c}/status`);
      const failed = s.tasks.find((t) => t.state === 'FAILED');
      if (failed) throw Object.assign(new Error(`${c} task FAILED: ${failed.trace?.split('\n')[0]}`), { fatal: true });
      if (s.connector.state !== 'RUNNING' || s.tasks.length === 0 || s.tasks.some((t) => t.state !== 'RUNNING'))
        throw new Error(`${c}: ${s.connector.state} ${s.tasks.map((t) => t.state)}`);
    }
  }, timeoutMs);
}
