import { randomBytes } from 'crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { Client } from 'pg';
import { CatalogueView } from '../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { referenceSchemaSql } from '../../../constructs/database/sql';
import { EnvironmentInput } from '../../../environments/schema';
import { SharedEndpoints, sharedEnvironment } from '../../../environments/shared';
import { secureStateDir } from '../../../runtime/state-dir';

/**
 * `prod`, rehearsed on the runtime's secured profile (scripts/local-runtime.sh up --secure): the
 * environment sharedEnvironment builds for staging and prod, at the profile's endpoints with its
 * test CA. What else differs, and why:
 * - phases 1, 2 and 4: there is no Ranger on this machine (phase 3, masking governance);
 * - captureRole `platform`: the profile runs PostgreSQL 15, where only a superuser creates a
 *   REPLICATION role, and its admin user is not one (as on a managed server): the platform creates
 *   the capture role, as a DBA would;
 * - Terraform's state in a local file (override.tf.json beside the synthesized stack, Terraform's own
 *   override mechanism) instead of prod's S3 bucket, which this machine cannot reach.
 */

export const STATE = secureStateDir();
export const CA_FILE = join(STATE, 'tls', 'ca.crt');
export const WORKER_SECRETS = join(STATE, 'connect', 'secrets', 'smart-cdc');
export const PG = { warehouse: { port: 54331, database: 'smart_warehouse' }, citizen: { port: 54332, database: 'smart_citizen' } } as const;
export const BROKERS = ['127.0.0.1:29092', '127.0.0.1:29094', '127.0.0.1:29096'] as const;
export const WORKERS = ['https://127.0.0.1:28083', 'https://127.0.0.1:28084'] as const;
/** the applications' own roles, which write as the registry and the portal do */
export type Db = keyof typeof PG;
export const APP_ROLE: Record<Db, string> = { warehouse: 'smart_registry_app', citizen: 'smart_portal_app' };
/** the owner of the applications' tables; the stack's admin user is a member (docs/IMPLEMENTATION_GUIDE.md, Roles) */
const OWNER_ROLE = 'smart_app_owner';

export const ENDPOINTS: SharedEndpoints = {
  where: "on loopback (the runtime's secured profile)",
  databases: { warehouse: { host: '127.0.0.1', port: PG.warehouse.port }, citizen: { host: '127.0.0.1', port: PG.citizen.port } },
  kafka: [...BROKERS] as [string, ...string[]],
  connect: WORKERS[0],
  ranger: 'https://127.0.0.1:6182',
  caFile: CA_FILE,
  workerSecrets: WORKER_SECRETS,
};

export function rehearsalEnvironment(): EnvironmentInput {
  const e = sharedEnvironment('prod', ENDPOINTS, { brokers: 3, partitions: 2, retentionDays: 1 });
  return {
    ...e,
    phases: [1, 2, 4],
    databases: Object.fromEntries(Object.entries(e.databases).map(([id, d]) => [id, { ...d, captureRole: 'platform' as const, capturePassword: undefined }])),
  };
}

export const secret = (name: string): string => readFileSync(join(STATE, 'secrets', name), 'utf8').trim();
export const ca = (): string => readFileSync(CA_FILE, 'utf8');

/** A password kept in the profile's secrets directory (mode 600), made once. */
function keptSecret(name: string): string {
  const file = join(STATE, 'secrets', name);
  if (!existsSync(file)) writeFileSync(file, randomBytes(18).toString('base64url'), { mode: 0o600 });
  return secret(name);
}

/** The variables the stack reads, from the profile's secrets: what a platform's CI holds for prod. */
export function stackVariables(): NodeJS.ProcessEnv {
  const admin = secret('postgres-smart_cdc_admin');
  return {
    TF_VAR_warehouse_admin_password: admin,
    TF_VAR_citizen_admin_password: admin,
    TF_VAR_warehouse_sink_password: keptSecret('rehearsal-warehouse_sink_password'),
    TF_VAR_citizen_sink_password: keptSecret('rehearsal-citizen_sink_password'),
    TF_VAR_kafka_sasl_password: secret('kafka-smart-cdc'),
    TF_VAR_connect_password: secret('connect-smart-cdc'),
  };
}

/** What the platform keeps on every Connect worker for the pipeline: one file per secret the connectors name (the runtime made hash_salt). */
export function writeWorkerSecrets(): void {
  mkdirSync(WORKER_SECRETS, { recursive: true, mode: 0o700 });
  const files: Record<string, string> = {
    warehouse_capture_password: keptSecret('rehearsal-warehouse_capture_password'),
    citizen_capture_password: keptSecret('rehearsal-citizen_capture_password'),
    warehouse_sink_password: keptSecret('rehearsal-warehouse_sink_password'),
    citizen_sink_password: keptSecret('rehearsal-citizen_sink_password'),
  };
  for (const [name, value] of Object.entries(files)) {
    writeFileSync(join(WORKER_SECRETS, name), value, { mode: 0o600 });
    chmodSync(join(WORKER_SECRETS, name), 0o600);
  }
}

/** A superuser session over the profile's Unix socket (TCP needs TLS and a password). */
export async function superuser<T>(db: Db, use: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ host: join(STATE, 'pg', 'sock'), port: PG[db].port, database: PG[db].database, user: 'postgres' });
  await c.connect();
  try {
    return await use(c);
  } finally {
    await c.end();
  }
}

/** A session of `user` over TCP with TLS, verify-full against the test CA. */
export async function tlsSession<T>(db: Db, user: string, password: string, use: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ host: '127.0.0.1', port: PG[db].port, database: PG[db].database, user, password, ssl: { ca: ca(), rejectUnauthorized: true } });
  await c.connect();
  try {
    return await use(c);
  } finally {
    await c.end();
  }
}

export const app = <T = Record<string, unknown>>(db: Db, sql: string, params: unknown[] = []): Promise<T[]> =>
  tlsSession(db, APP_ROLE[db], keptSecret(`rehearsal-${APP_ROLE[db]}`), async (c) => (await c.query(sql, params)).rows as T[]);

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * What the databases hold before the first deploy, as in production: the applications' tables, owned
 * by their owner role with the stack's admin a member of it; the applications' login roles; and, on
 * PostgreSQL 15, the capture role a superuser made (captureRole: platform). Idempotent.
 */
export async function prepareDatabases(): Promise<void> {
  const view = new CatalogueView(SMART_CATALOGUE);
  for (const db of ['warehouse', 'citizen'] as const) {
    await superuser(db, async (c) => {
      const role = async (name: string, attrs: string) => {
        await c.query(`DO $$ BEGIN CREATE ROLE ${name}; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
        await c.query(`ALTER ROLE ${name} WITH ${attrs}`);
      };
      await role(OWNER_ROLE, 'NOLOGIN');
      await c.query(`GRANT CREATE ON DATABASE ${PG[db].database} TO ${OWNER_ROLE}`);
      await c.query(`SET ROLE ${OWNER_ROLE}`);
      await c.query(referenceSchemaSql(view, db));
      await c.query('RESET ROLE');
      await c.query(`GRANT ${OWNER_ROLE} TO smart_cdc_admin`);
      await role('smart_cdc_capture', `LOGIN REPLICATION NOSUPERUSER PASSWORD ${lit(keptSecret(`rehearsal-${db}_capture_password`))}`);
      const appRole = APP_ROLE[db];
      await role(appRole, `LOGIN NOSUPERUSER PASSWORD ${lit(keptSecret(`rehearsal-${appRole}`))}`);
      for (const s of [...new Set(view.database(db).tables.map((t) => t.schema))]) {
        await c.query(`GRANT USAGE ON SCHEMA ${s} TO ${appRole}`);
        await c.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${appRole}`);
      }
    });
  }
}

/** Terraform's own override file: prod's state in a file of the profile instead of its S3 bucket. */
export function localStateOverride(stackDir: string): void {
  mkdirSync(stackDir, { recursive: true });
  mkdirSync(join(STATE, 'terraform'), { recursive: true });
  writeFileSync(join(stackDir, 'override.tf.json'), JSON.stringify({ terraform: { backend: { local: { path: join(STATE, 'terraform', 'prod.tfstate') } } } }, null, 2));
}

const pidOf = (engine: string): number => Number(readFileSync(join(STATE, 'run', `${engine}.pid`), 'utf8').trim());
const running = (pid: number): boolean => {
  try {
    // a zombie (not yet reaped by its parent) is gone too
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

/**
 * Takes one engine of the profile (kafka-2, connect-1, …) away and keeps it away: the runtime's
 * watchdog restarts only engines marked wanted, so the mark goes first. SIGKILL or SIGTERM.
 */
export async function holdDown(engine: string, signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
  rmSync(join(STATE, 'run', `${engine}.wanted`), { force: true });
  const pid = pidOf(engine);
  process.kill(pid, signal);
  const end = Date.now() + 90_000;
  while (running(pid)) {
    if (Date.now() > end) process.kill(pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Marks the engine wanted again: the watchdog starts it within seconds, as a restart policy would. */
export function release(engine: string): void {
  writeFileSync(join(STATE, 'run', `${engine}.wanted`), '');
}
