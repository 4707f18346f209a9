import { execFileSync } from 'child_process';
import { existsSync, readFileSync, rmSync } from 'fs';
import { join } from 'path';
import { App } from 'cdktf';
import { buildApp } from '../../../main';
import { Catalogue } from '../../../catalogue/model';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { ENVIRONMENTS } from '../../../environments';
import { EnvironmentInput } from '../../../environments/schema';
import { CatalogueView } from '../../../catalogue/derive';
import { referenceSchemaSql } from '../../../constructs/database/sql';
import { CdktfRun, runCdktf } from '../../../scripts/terraform/cdktf';
import { localStateDir, withLocalSecrets } from '../../../scripts/terraform/local-secrets';
import { localBackendPath } from '../../../runtime/state-dir';
import { connect, connectApi, Db, eventually, LOCAL, withDb, withKafka } from './engines';
import { grantApplicationRole } from './fixtures';
import { ops } from '../ops/run';

export const ROOT = join(__dirname, '..', '..', '..');
export const OUTDIR = join(ROOT, 'cdktf.out');
export const STACK_DIR = join(OUTDIR, 'stacks', 'local');
const DBS: Db[] = ['warehouse', 'citizen'];

/** The local environment's hash salt, as the runtime generated it. */
export const localSalt = (): string => readFileSync(join(localStateDir(), 'secrets', 'hash_salt'), 'utf8').trim();

/** Synthesizes every stack as `cdktf synth` does (optionally from another catalogue), and returns the local one's JSON. */
export function synthLocal(catalogue: Catalogue = SMART_CATALOGUE, environments: Record<string, EnvironmentInput> = ENVIRONMENTS): Record<string, any> {
  buildApp(new App({ outdir: OUTDIR }), catalogue, environments).synth();
  return JSON.parse(readFileSync(join(STACK_DIR, 'cdk.tf.json'), 'utf8'));
}

/** `cdktf <command> local` of the already synthesized stack, through real Terraform; fails with its output. */
export async function cdktfLocal(command: 'deploy' | 'diff' | 'destroy', ...extra: string[]): Promise<CdktfRun> {
  const args = [command, 'local', '--skip-synth', ...(command === 'diff' ? [] : ['--auto-approve']), ...extra];
  let run = await runCdktf(args, { env: withLocalSecrets(process.env) });
  // the Kafka provider's client lost a broker connection while refreshing topics (seen once in a full
  // CI run, broker up throughout): a diff changes nothing, so it is run once more, and says so
  if (run.code !== 0 && command === 'diff' && /kafka: broker not connected/.test(run.output)) {
    console.warn('cdktf diff local: the Kafka provider reported "broker not connected"; running the diff once more');
    run = await runCdktf(args, { env: withLocalSecrets(process.env) });
  }
  if (run.code !== 0) throw new Error(`cdktf ${args.join(' ')} exited ${run.code}:\n${run.output.slice(-4000)}`);
  return run;
}

export function assertRuntimeUp(): void {
  try {
    execFileSync('bash', [join(ROOT, 'scripts', 'local-runtime.sh'), 'status'], { stdio: 'pipe' });
  } catch (e) {
    throw new Error(`the local runtime is not up: run \`bash scripts/local-runtime.sh up\` first\n${(e as { stdout?: Buffer }).stdout ?? ''}`);
  }
}

/** `name` of every resource of a Terraform type in the synthesized JSON. */
export const names = (json: Record<string, any>, type: string): string[] => Object.values<{ name: string }>(json.resource?.[type] ?? {}).map((r) => r.name);

/**
 * Brings the engines back to empty for the resources of the local stack, whatever state a previous
 * run left: connectors stopped with their offsets deleted, sink consumer groups, topics, slots,
 * roles and both databases dropped, and Terraform's state of `local` forgotten.
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
  await withKafka(async (admin) => {
    // sink consumer groups, and the groups marking how far dead-letter topics were replayed or discarded
    const groups = (await admin.listGroups()).filter((g) => connectors.some((c) => g === `connect-${c}`) || g.startsWith('smart-cdc-v1-dlq-handled-'));
    if (groups.length) await admin.deleteGroups(groups);
    const topics = (await admin.listTopics()).filter((t) => names(json, 'kafka_topic').includes(t));
    if (topics.length) await admin.deleteTopics(topics);
  });
  const roles = names(json, 'postgresql_role');
  for (const db of DBS) {
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
  const state = localBackendPath('local', true);
  for (const f of [state, `${state}.backup`]) if (existsSync(f)) rmSync(f);
}

/**
 * Deploys the local stack with `cdktf deploy` onto databases that already hold the application's
 * tables and rows, as a first deploy meets them in production: the reference tables are created
 * (the same idempotent SQL the stack runs) and `seed` fills them before the deploy. The sources never
 * snapshot: the deploy marks every flow whose source table holds rows, and their first copies are
 * the backfill `bootstrap` runs next (`repair backfill local`, bulk copies, each verified).
 */
export async function deployLocal(seed: (db: Db) => Promise<void>): Promise<void> {
  const view = new CatalogueView(SMART_CATALOGUE);
  for (const db of DBS) {
    await withDb(db, async (c) => {
      await c.query(referenceSchemaSql(view, db));
      await grantApplicationRole(c, db, [...new Set(view.database(db).tables.map((t) => t.schema))]);
    });
    await seed(db);
  }
  await cdktfLocal('deploy');
  await waitForRunning(names(JSON.parse(readFileSync(join(STACK_DIR, 'cdk.tf.json'), 'utf8')), 'kafka-connect_connector'));
  const first = await ops(['repair', 'backfill', 'local'], {}, 600_000);
  if (first.code !== 0) throw new Error(`the first copies (repair backfill local) exited ${first.code}:\n${first.stderr || first.stdout}`);
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
