/**
 * `bootstrap <env>`: brings an environment up in dependency order and waits until it streams.
 *
 *  1. preflight (stops on a failed check; what the stack creates may be missing);
 *  2. the stack's resources: `cdktf deploy <env>` (Terraform and its providers; `local` reads its
 *     generated secrets from the local runtime's state, see terraform/local-secrets.ts);
 *  3. every pipeline connector and task RUNNING;
 *  4. the sources streaming — the stack's never snapshot (`snapshot.mode` no_data; a connector
 *     deployed with an initial snapshot is judged from its committed offset, see signals.ts);
 *     then each sink has consumed its topic up to the end offset seen at that moment (within 2
 *     records once its committed offset stops moving: the JDBC sink never commits past trailing
 *     tombstones that the unwrap transform drops);
 *  5. each source connector's heartbeat in cdc.heartbeat;
 *  6. the backfill of every flow the deploy widened (backfill.ts; `--no-backfill` leaves it to
 *     `repair backfill`, and status flags the flow meanwhile) — on a first deploy, the first copy of
 *     every flow whose source table holds rows; then the status.
 *
 * Safe to re-run: Terraform converges, a done snapshot is done.
 */
import { createWriteStream, mkdirSync, readFileSync } from 'fs';
import { dirname, join, relative } from 'path';
import { HEARTBEAT_TABLE } from '../../catalogue/derive';
import { ConnectApi, withKafka, withPg } from './clients';
import { OpsContext } from './context';
import { ConfigurationError, describeError, OpsError } from './errors';
import { DEFAULT_THRESHOLDS } from './health';
import { Check, preflightExit } from './checks';
import { gatherChecks, renderChecks } from './preflight';
import { Progress } from './progress';
import { initialSnapshotState } from './signals';
import { SNAPSHOT_MODE } from '../../constructs/connect/debezium-source';
import { backfill, pendingBackfills } from './backfill';
import { MIRROR_ENV, PROVIDERS_ENV, runCdktf } from '../terraform/cdktf';
import { withConnectCaTrust } from '../terraform/ca-trust';
import { withLocalSecrets } from '../terraform/local-secrets';
import { CLI, Io } from './io';
import { gatherStatus, judge, renderStatus, thresholdsFrom } from './status';
import { allRunning, endOffsets, SinkCatchUp, sleep } from './waits';

const ROOT = join(__dirname, '..', '..');

class Deadline {
  private readonly at: number;
  constructor(readonly seconds: number) {
    this.at = Date.now() + seconds * 1000;
  }
  left(): number {
    return Math.round((this.at - Date.now()) / 1000);
  }
  check(what: string): void {
    if (Date.now() > this.at) throw new OpsError(`bootstrap timed out after ${this.seconds}s waiting for ${what} (raise --timeout, or see \`status\`)`);
  }
}

/**
 * Why bootstrap stopped at preflight, and the fix that works: `preflight --fix` only when it has
 * something to apply; otherwise the checks' own fixes, which preflight printed above.
 */
export function preflightStop(env: string, bad: readonly Check[]): string {
  const what = bad.map((c) => `${c.area} ${c.name}: ${c.detail}`).join('; ');
  const manual = bad.filter((c) => !c.autoFix);
  const fix = manual.length === 0
    ? `fix: ${CLI} preflight ${env} --fix`
    : manual.length === bad.length
      ? 'fix: as printed above for each, then re-run bootstrap'
      : `fix: ${CLI} preflight ${env} --fix, and the rest as printed above`;
  return `bootstrap of '${env}' stopped at preflight: ${what} (${fix})`;
}

async function preflight(ctx: OpsContext, p: Progress, io: Io, json: boolean): Promise<void> {
  p.set('preflight', 'preflight', 'running', 'checking databases, Kafka and Connect');
  const checks = await gatherChecks(ctx);
  if (preflightExit(checks) !== 0) {
    const bad = checks.filter((c: Check) => c.status === 'fail' || c.status === 'restart');
    p.set('preflight', 'preflight', 'failed', `${bad.length} check(s) failed`);
    p.close();
    if (!json) io.err(renderChecks(ctx.env.name, bad));
    throw new OpsError(preflightStop(ctx.env.name, bad));
  }
  const pending = checks.filter((c) => c.status === 'pending').length;
  p.set('preflight', 'preflight', 'done', `${checks.filter((c) => c.status === 'ok').length} ok${pending ? `, ${pending} to create` : ''}`);
}

/**
 * The stack, applied by Terraform through `cdktf deploy` (real providers). Synthesized in-process
 * first, so that a missing variable is one clear line instead of a Terraform prompt.
 */
async function deployStack(ctx: OpsContext, p: Progress, env: NodeJS.ProcessEnv): Promise<void> {
  const name = ctx.env.name;
  p.set('stack', 'stack resources', 'running', 'synthesizing');
  const [{ App }, { buildApp }] = await Promise.all([import('cdktf'), import('../../main')]);
  const outdir = join(ROOT, 'cdktf.out');
  buildApp(new App({ outdir })).synth();
  const json = JSON.parse(readFileSync(join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8')) as { variable?: Record<string, { default?: unknown }> };
  const unset = Object.entries(json.variable ?? {}).filter(([v, d]) => d.default === undefined && !env[`TF_VAR_${v}`]).map(([v]) => `TF_VAR_${v}`);
  if (unset.length) throw new ConfigurationError(`the ${name} stack needs its variables: set ${unset.join(', ')}`);
  let applied = 0;
  // Terraform's whole output goes to a file (a first deploy prints ~1,800 lines); the progress shows its count
  const logFile = join(ROOT, 'build', 'logs', `cdktf-deploy-${name}.log`);
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  p.set('stack', 'stack resources', 'running', `cdktf deploy ${name} (Terraform's output: ${relative(process.cwd(), logFile)})`);
  const run = await runCdktf(['deploy', name, '--auto-approve', '--skip-synth'], {
    env: withConnectCaTrust(ctx.env, env),
    onLine: (line) => {
      log.write(`${line}\n`);
      if (/(Creation|Modifications|Destruction) complete/.test(line)) p.set('stack', 'stack resources', 'running', `cdktf deploy ${name}: ${++applied} resources changed`);
    },
  }).finally(() => new Promise((done) => log.end(done)));
  if (run.code !== 0) {
    p.set('stack', 'stack resources', 'failed', `cdktf deploy exited ${run.code}; Terraform's output: ${logFile}`);
    const registry = /Failed to query available provider packages|could not connect to registry/i.test(run.output);
    // a working directory initialised before the stack's backend moved (local: state now beside the engines)
    const backendMoved = /Backend configuration changed/.test(run.output);
    const last = run.output.split('\n').map((l) => l.trim()).filter((l) => /^(│ )?Error:/.test(l)).pop();
    throw new OpsError(
      registry
        ? `\`cdktf deploy ${name}\` failed: Terraform cannot download its providers from the public registry; unset ${PROVIDERS_ENV} (the project then builds its own provider mirror) or point ${MIRROR_ENV} at a provider mirror (see README, "Terraform and its providers")`
        : backendMoved
        ? `\`cdktf deploy ${name}\` failed: cdktf.out/stacks/${name} was initialised for another state backend than the stack now declares; run \`npm run cdktf -- deploy ${name} --migrate-state\` once to move the state there`
        : `\`cdktf deploy ${name}\` failed (exit ${run.code})${last ? `: ${last.replace(/^│ /, '')}` : ''}; Terraform's whole output: ${logFile}`,
    );
  }
  p.set('stack', 'stack resources', 'done', `cdktf deploy ${name}: ${applied} resources changed (Terraform's output: ${relative(process.cwd(), logFile)})`);
}

async function waitConnectors(ctx: OpsContext, p: Progress, deadline: Deadline): Promise<void> {
  const api = new ConnectApi(ctx.connect);
  const names = [...ctx.names.sources.map((s) => s.connector), ...ctx.names.sinks.map((s) => s.connector), ctx.names.supervisor.connector];
  const resumed = new Set<string>();
  for (const n of names) p.set(`c:${n}`, n, 'pending');
  for (;;) {
    const all = await api.connectors();
    let pending = 0;
    for (const n of names) {
      const s = all[n]?.status;
      if (!s) {
        p.set(`c:${n}`, n, 'running', 'not created yet');
        pending++;
        continue;
      }
      // a deploy never changes a connector's target state: bring back what was stopped or paused
      if ((s.connector.state === 'STOPPED' || s.connector.state === 'PAUSED') && !resumed.has(n)) {
        await api.request('PUT', `/connectors/${encodeURIComponent(n)}/resume`, undefined, [202, 204]);
        resumed.add(n);
        p.set(`c:${n}`, n, 'running', `was ${s.connector.state}: resumed`);
        pending++;
        continue;
      }
      const failed = s.connector.state === 'FAILED' ? s.connector.trace : s.tasks.find((t) => t.state === 'FAILED')?.trace;
      if (failed !== undefined) {
        p.set(`c:${n}`, n, 'failed', 'FAILED');
        throw new OpsError(`connector ${n} FAILED: ${(failed ?? '').split('\n')[0]} (after fixing the cause: ${CLI} repair restart ${ctx.env.name})`);
      }
      const running = allRunning(s);
      p.set(`c:${n}`, n, running ? 'done' : 'running', running ? `RUNNING (${s.tasks.length} task${s.tasks.length > 1 ? 's' : ''})` : `${s.connector.state}, tasks ${s.tasks.map((t) => t.state).join(' ') || 'none yet'}`);
      if (!running) pending++;
    }
    if (!pending) return;
    deadline.check('connectors to be RUNNING');
    await sleep(1000);
  }
}

async function waitSnapshots(ctx: OpsContext, p: Progress, deadline: Deadline): Promise<void> {
  const api = new ConnectApi(ctx.connect);
  const snapDone = new Set<string>();
  const catchUps = new Map<string, SinkCatchUp>();
  const sinkDone = new Set<string>();
  for (const s of ctx.names.sources) p.set(`s:${s.connector}`, `snapshot ${s.db}`, 'pending');
  for (const k of ctx.names.sinks) p.set(`k:${k.connector}`, `sink ${k.flow.name}`, 'pending', 'waits for its source snapshot');
  for (;;) {
    for (const s of ctx.names.sources) {
      if (snapDone.has(s.connector)) continue;
      // the stack's sources never snapshot: they stream from the slot's start (a connector deployed
      // before that change may still be in its initial snapshot, judged from its offset)
      const mode = (await api.get<Record<string, string>>(`/connectors/${encodeURIComponent(s.connector)}/config`))['snapshot.mode'];
      const state = mode === SNAPSHOT_MODE ? { done: true, detail: `streams from its slot (snapshot.mode ${SNAPSHOT_MODE}: the first copy is the backfill)` } : initialSnapshotState(await api.offsets(s.connector));
      p.set(`s:${s.connector}`, `snapshot ${s.db}`, state.done ? 'done' : 'running', state.detail);
      if (state.done) snapDone.add(s.connector);
    }
    const ready = ctx.names.sinks.filter((k) => !sinkDone.has(k.connector) && snapDone.has(ctx.view.sourceConnectorName(k.flow.source.database)));
    if (ready.length) {
      await withKafka(ctx.kafka, async (admin) => {
        for (const k of ready) {
          if (!catchUps.has(k.connector)) catchUps.set(k.connector, new SinkCatchUp(k, await endOffsets(admin, k.topic)));
          const c = catchUps.get(k.connector)!;
          const { behind, done } = await c.behind(admin);
          if (done) {
            sinkDone.add(k.connector);
            p.set(`k:${k.connector}`, `sink ${k.flow.name}`, 'done', `consumed ${k.topic} up to ${c.total}${behind ? ` (last ${behind} dropped by the unwrap transform)` : ''}`);
          } else p.set(`k:${k.connector}`, `sink ${k.flow.name}`, 'running', `consumed ${c.total - behind}/${c.total} of ${k.topic}`);
        }
      });
    }
    if (snapDone.size === ctx.names.sources.length && sinkDone.size === ctx.names.sinks.length) return;
    deadline.check('initial snapshots and sinks');
    await sleep(1000);
  }
}

async function waitHeartbeats(ctx: OpsContext, p: Progress, deadline: Deadline): Promise<void> {
  const max = DEFAULT_THRESHOLDS.maxHeartbeatAgeSeconds;
  for (const s of ctx.names.sources) p.set(`h:${s.connector}`, `heartbeat ${s.db}`, 'pending');
  const done = new Set<string>();
  for (;;) {
    for (const s of ctx.names.sources) {
      if (done.has(s.connector)) continue;
      const age = await withPg(ctx.databases[s.db], async (c) => {
        const r = await c.query<{ age: string }>(`SELECT extract(epoch FROM now() - beat_at) AS age FROM ${HEARTBEAT_TABLE} WHERE source = $1`, [s.connector]);
        return r.rows.length ? Number(r.rows[0].age) : undefined;
      });
      if (age !== undefined && age <= max) {
        done.add(s.connector);
        p.set(`h:${s.connector}`, `heartbeat ${s.db}`, 'done', `${HEARTBEAT_TABLE} written ${Math.round(age)}s ago`);
      } else p.set(`h:${s.connector}`, `heartbeat ${s.db}`, 'running', age === undefined ? 'no heartbeat yet (every 10 s)' : `last one ${Math.round(age)}s ago`);
    }
    if (done.size === ctx.names.sources.length) return;
    deadline.check('heartbeats');
    await sleep(1000);
  }
}

/** The backfills a deploy marked (backfill.ts): run them, or say which command runs them. */
async function runBackfills(ctx: OpsContext, p: Progress, deadline: Deadline, skip: boolean): Promise<void> {
  const pending = await pendingBackfills(ctx);
  if (!pending.length) return;
  const command = `${CLI} repair backfill ${ctx.env.name}`;
  if (skip) {
    for (const b of pending) p.set(`b:${b.flow}`, `backfill ${b.flow}`, 'skipped', `${b.reason}: run \`${command}\``);
    return;
  }
  const flows = ctx.view.flows.filter((f) => pending.some((b) => b.flow === f.name));
  for (const f of flows) p.set(`b:${f.name}`, `backfill ${f.name}`, 'pending', pending.find((b) => b.flow === f.name)!.reason);
  const results = await backfill(ctx, flows, {
    timeoutS: Math.max(1, deadline.left()),
    onFlow: (flow, state, detail) => p.set(`b:${flow}`, `backfill ${flow}`, state, detail),
  });
  const failed = results.filter((r) => !r.ok);
  if (failed.length) throw new OpsError(`backfill of ${failed.map((r) => `${r.flow} failed: ${r.detail}`).join('; ')} (then: ${command})`);
}

/** Every `{ variable }` secret reference of the environment's configuration. */
export function secretVariables(ctx: Pick<OpsContext, 'env'>): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.variable === 'string' && Object.keys(o).length === 1) out.add(o.variable);
    else Object.values(o).forEach(walk);
  };
  // Ranger's password only where phase 3 (masking governance) is on: the stack declares it only then
  walk({ ...ctx.env, ranger: ctx.env.phases.includes(3) ? ctx.env.ranger : undefined });
  return [...out].sort();
}

export async function runBootstrap(ctx: OpsContext, flags: Record<string, unknown>, io: Io): Promise<number> {
  const json = flags.json === true;
  const started = Date.now();
  const p = new Progress(process.stderr, !!process.stderr.isTTY);
  const deadline = new Deadline(flags.timeout as number);
  // the stack reads every secret of the environment as a Terraform variable: all must be set
  const env = ctx.env.runtime === 'local' ? withLocalSecrets(process.env) : process.env;
  const unset = secretVariables(ctx).filter((v) => !env[`TF_VAR_${v}`]);
  if (unset.length) throw new ConfigurationError(`the ${ctx.env.name} stack needs its variables: set ${unset.map((v) => `TF_VAR_${v}`).join(', ')}`);
  try {
    if (ctx.env.runtime === 'docker') p.set('preflight', 'preflight', 'skipped', 'the stack creates the dev engines: checked after the deploy');
    else await preflight(ctx, p, io, json);
    await deployStack(ctx, p, env);
    if (ctx.env.runtime === 'docker') await preflight(ctx, p, io, json);
    await waitConnectors(ctx, p, deadline);
    await waitSnapshots(ctx, p, deadline);
    await waitHeartbeats(ctx, p, deadline);
    await runBackfills(ctx, p, deadline, flags['no-backfill'] === true);
  } catch (e) {
    p.close();
    throw e instanceof OpsError ? e : new OpsError(`bootstrap of '${ctx.env.name}' failed: ${describeError(e)}`);
  }
  p.close();
  const thresholds = thresholdsFrom(flags);
  const report = judge(await gatherStatus(ctx, thresholds), thresholds);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (json) io.out(JSON.stringify({ environment: ctx.env.name, bootstrapSeconds: Number(secs), status: report }, null, 2));
  else io.out(`bootstrap of ${ctx.env.name} finished in ${secs}s\n\n${renderStatus(report)}`);
  return report.exitCode;
}
