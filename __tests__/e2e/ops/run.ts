import { spawn } from 'child_process';
import { join } from 'path';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { loadEnvironment } from '../../../environments';
import { PipelineNames, pipelineNames, viewOf } from '../../../scripts/ops/context';

/** Runs the ops CLI (`npx smart-cdc`) as a user would (a child process), from the project root. */

export const ROOT = join(__dirname, '..', '..', '..');
/** The `bin` of package.json, as `npx smart-cdc` runs it. */
const BIN = join(ROOT, 'bin', 'smart-cdc.js');

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Environment of the child: the test's, minus anything that would change what the CLI sees. */
function childEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('TF_VAR_') || k === 'PGPASSWORD') delete env[k];
  return { ...env, ...extra };
}

/** Runs a program from the project root and collects its output; killed after `timeoutMs`. */
export function spawnCaptured(command: string, args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

export const ops = (args: readonly string[], extraEnv: NodeJS.ProcessEnv = {}, timeoutMs = 170_000): Promise<Run> =>
  spawnCaptured(process.execPath, [BIN, ...args], childEnv(extraEnv), timeoutMs);

/** Starts the CLI and hands back the child, for --watch. */
export function opsChild(args: readonly string[]) {
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: childEnv({}), stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The failure contract: exactly one line on stderr, naming what failed, no stack trace. */
export function expectOneLineError(r: Run, code: number, ...fragments: string[]): void {
  expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code });
  const lines = r.stderr.trim().split('\n');
  expect(lines[0]).toMatch(/^error: /);
  for (const f of fragments) expect(lines[0]).toContain(f);
  expect(r.stderr).not.toMatch(/^\s+at .+\(.*:\d+:\d+\)/m);
  // usage errors may add one "(run … --help)" line
  expect(lines.length).toBeLessThanOrEqual(lines[1]?.startsWith('(run ') ? 2 : 1);
}

/** Names of the pipeline in `local`, derived from the catalogue like the CLI and the stack do. */
export function localNames(): PipelineNames {
  return pipelineNames(viewOf(loadEnvironment('local', SMART_CATALOGUE)));
}

/**
 * Parked records other suites left pending (one that failed midway, or parks on purpose and ends
 * before it replays) are discarded, each flow named on the console: the caller then judges status at
 * the bound 0 (`--max-dlq 0`), so one record parked by what it tests shows, in whichever flow.
 */
export async function discardLeftoverParked(): Promise<void> {
  const r = await ops(['status', 'local', '--json']);
  // as status judges them: pending, or the depth where the handled mark cannot be read
  const left = (JSON.parse(r.stdout).deadLetters as Array<{ flow: string; pending?: number | null; depth?: number | null }>).filter((d) => (d.pending ?? d.depth ?? 0) > 0);
  for (const d of left) {
    const x = await ops(['repair', 'discard', 'local', d.flow]);
    if (x.code !== 0) throw new Error(`repair discard local ${d.flow} failed (exit ${x.code}): ${x.stderr || x.stdout}`);
    console.log(`discarded ${d.pending ?? d.depth} parked record(s) another suite left in flow ${d.flow}`);
  }
}

/** Every `{ variable }` secret of an environment, with a dummy value (for unreachable environments). */
export function dummySecrets(env: string): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  const walk = (v: unknown) => {
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.variable === 'string' && Object.keys(o).length === 1) out[`TF_VAR_${o.variable}`] = 'not-a-real-secret';
    else Object.values(o).forEach(walk);
  };
  walk(loadEnvironment(env, SMART_CATALOGUE));
  return out;
}

export const json = <T = Record<string, any>>(r: Run): T => JSON.parse(r.stdout) as T; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Waits until a source connector's committed offset is past the database's current WAL position,
 * so a restart cannot replay what came before (heartbeats move it on a quiet database).
 */
export async function waitOffsetPast(connector: string, db: 'warehouse' | 'citizen', timeoutMs = 90_000): Promise<void> {
  const { eventually, query, connectApi } = await import('../support/engines');
  const [{ lsn }] = await query<{ lsn: string }>(db, `SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint AS lsn`);
  await eventually(
    async () => {
      const { offsets } = await connectApi<{ offsets: Array<{ offset: Record<string, unknown> }> }>(`/connectors/${connector}/offsets`);
      const o = offsets[offsets.length - 1]?.offset ?? {};
      const at = Number(o.lsn_proc ?? o.lsn ?? 0);
      if (at < Number(lsn) || o.incremental_snapshot_collections) throw new Error(`${connector} committed ${at}, WAL was at ${lsn}`);
    },
    timeoutMs,
    1_000,
  );
}
