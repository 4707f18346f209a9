/**
 * The dev stack as the dev end-to-end test deploys it: synthesized into its own output directory
 * (cdktf.out.dev-e2e, so it never touches the cdktf.out other suites use), deployed with `cdktf` through
 * runCdktf (the project's provider mirror), onto the harness's Docker Engine.
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync, rmSync } from 'fs';
import { join } from 'path';
import { App } from 'cdktf';
import { Client } from 'pg';
import { buildApp } from '../../../main';
import { Catalogue } from '../../../catalogue/model';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { dev } from '../../../environments/dev';
import { EnvironmentInput } from '../../../environments/schema';
import { CdktfRun, runCdktf, terraformEnv, TRANSIENT_PROVIDER_ERROR } from '../../../scripts/terraform/cdktf';

export const ROOT = join(__dirname, '..', '..', '..');
/** a direct child of the repository root: the stack's `${path.module}/../../..` paths stay valid */
export const OUT = 'cdktf.out.dev-e2e';
export const STACK_DIR = join(ROOT, OUT, 'stacks', 'dev');

/**
 * The environment under test: `dev` as committed, except for two test-only overrides, stated here:
 * - the Docker daemon is the harness's own (its unix socket), not /var/run/docker.sock;
 * - phases 1, 2 and 4: Ranger Admin cannot be obtained on these machines, so phase 3 (its two
 *   containers and policies) is left out; its container configuration is checked by unit tests.
 */
export const devUnderTest = (dockerHost: string): EnvironmentInput => ({ ...dev, phases: [1, 2, 4], docker: { ...dev.docker!, host: dockerHost } });

/** Synthesizes the dev stack alone (optionally from another catalogue); returns its JSON. */
export function synthDev(env: EnvironmentInput, catalogue: Catalogue = SMART_CATALOGUE): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  buildApp(new App({ outdir: join(ROOT, OUT) }), catalogue, { dev: env }).synth();
  return JSON.parse(readFileSync(join(STACK_DIR, 'cdk.tf.json'), 'utf8'));
}

/** The dev stack's sensitive variables (names as bootstrap.ts / dummySecrets('dev') derive them). */
export const DEV_SECRETS: Record<string, string> = {
  TF_VAR_warehouse_admin_password: 'Wh-admin-pw-1',
  TF_VAR_citizen_admin_password: 'Ci-admin-pw-1',
  TF_VAR_warehouse_capture_password: 'Wh-capture-pw-1',
  TF_VAR_citizen_capture_password: 'Ci-capture-pw-1',
  TF_VAR_warehouse_sink_password: 'Wh-sink-pw-1',
  TF_VAR_citizen_sink_password: 'Ci-sink-pw-1',
  TF_VAR_hash_salt: 'dev-e2e-salt-0123456789',
  TF_VAR_ranger_admin_password: 'RangerDev2026',
};

/** A published port the Docker Engine failed to program because the shared iptables nat chain was being re-created. */
export const DOCKER_NAT_RACE = /driver failed\s+programming external connectivity[\s\S]*?iptables[\s\S]*?No\s+chain\/target\/match/;

/** `cdktf <command> dev` of the synthesized stack; fails with the tail of its output. */
export async function cdktfDev(command: 'deploy' | 'diff' | 'destroy', onLine?: (l: string) => void): Promise<CdktfRun & { seconds: number }> {
  const args = [command, 'dev', '--skip-synth', '--output', OUT, ...(command === 'diff' ? [] : ['--auto-approve'])];
  const t = Date.now();
  let run = await runCdktf(args, { env: { ...process.env, ...DEV_SECRETS }, onLine });
  // runCdktf runs a deploy/destroy once more on a transient provider error; a diff (read-only) likewise.
  // And a deploy once more when the engine could not program a published port because another dockerd on
  // this machine (a concurrent test's harness) was re-creating the shared nat chains at that moment: the
  // failed container stays tainted, the second apply replaces it.
  const again = command === 'diff' ? TRANSIENT_PROVIDER_ERROR : command === 'deploy' ? DOCKER_NAT_RACE : undefined;
  if (run.code !== 0 && again?.test(run.output)) run = await runCdktf(args, { env: { ...process.env, ...DEV_SECRETS }, onLine });
  if (run.code !== 0) throw new Error(`cdktf ${args.join(' ')} exited ${run.code}:\n${run.output.slice(-6000)}`);
  return { ...run, seconds: (Date.now() - t) / 1000 };
}

/** Addresses in the dev stack's Terraform state (empty when there is none). */
export function stateList(): string[] {
  if (!existsSync(join(STACK_DIR, 'terraform.dev.tfstate'))) return [];
  const out = execFileSync('terraform', [`-chdir=${STACK_DIR}`, 'state', 'list'], { env: terraformEnv({ ...process.env, ...DEV_SECRETS }), encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

export const removeOut = (): void => rmSync(join(ROOT, OUT), { recursive: true, force: true });

export type Db = 'warehouse' | 'citizen';
const DB = {
  warehouse: { port: dev.databases.warehouse.port, database: 'smart_warehouse', password: DEV_SECRETS.TF_VAR_warehouse_admin_password },
  citizen: { port: dev.databases.citizen.port, database: 'smart_citizen', password: DEV_SECRETS.TF_VAR_citizen_admin_password },
};

/** A query as the database's administrator (not a sink role: its writes count as the application's). */
export async function query<T = Record<string, any>>(db: Db, sql: string, params: unknown[] = []): Promise<T[]> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const c = new Client({ host: '127.0.0.1', port: DB[db].port, user: 'postgres', password: DB[db].password, database: DB[db].database });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Retries `f` until it succeeds or the time is up (then its last error). */
export async function eventually<T>(f: () => Promise<T>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await f();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await sleep(1_000);
    }
  }
}

/** Connect's REST API as published on the host. */
export async function connectApi<T = unknown>(path: string): Promise<T> {
  const r = await fetch(`${dev.connect.url}${path}`);
  if (!r.ok) throw new Error(`GET ${path}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}
