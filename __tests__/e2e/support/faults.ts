import { execFileSync } from 'child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { cpus, loadavg, totalmem } from 'os';
import { ROOT } from './deploy';
import { connectApi, Db } from './engines';
import { view } from './converge';

/** Fault injection on the local runtime's engines, and the record of how each fault healed. */

const STATE = process.env.SMART_CDC_STATE ?? '/tmp/smart-cdc-local';
const PG = '/usr/lib/postgresql/15/bin/pg_ctl';
const asPostgres = (cmd: string) => execFileSync('su', ['postgres', '-c', cmd], { stdio: 'pipe' });

/** `fast`: a clean shutdown (a restart); `immediate`: a crash, recovered from WAL at the next start. */
export function stopDatabase(db: Db, mode: 'fast' | 'immediate' = 'fast'): void {
  asPostgres(`${PG} -D ${STATE}/pg/${db} -m ${mode} -w stop`);
}

export function startDatabase(db: Db): void {
  asPostgres(`${PG} -D ${STATE}/pg/${db} -l ${STATE}/logs/pg-${db}.log -w -t 60 start`);
  // the runtime knows its engines by pid file (scripts/local-runtime.sh status)
  writeFileSync(join(STATE, 'run', `pg-${db}.pid`), `${readFileSync(join(STATE, 'pg', db, 'postmaster.pid'), 'utf8').split('\n')[0]}\n`);
}

export function killEngine(engine: 'kafka' | 'connect'): number {
  const pid = Number(readFileSync(join(STATE, 'run', `${engine}.pid`), 'utf8').trim());
  process.kill(pid, 'SIGKILL');
  return pid;
}

const wanted = (engine: 'kafka' | 'connect') => join(STATE, 'run', `${engine}.wanted`);

/**
 * Stops Kafka or Connect and keeps it down: the watchdog starts only engines marked wanted, so the
 * mark goes first. Resolves once the process is gone.
 */
export async function holdEngineDown(engine: 'kafka' | 'connect'): Promise<void> {
  rmSync(wanted(engine), { force: true });
  const pid = Number(readFileSync(join(STATE, 'run', `${engine}.pid`), 'utf8').trim());
  process.kill(pid, 'SIGTERM');
  const gone = Date.now() + 90_000;
  // a zombie (state Z, not yet reaped by its parent) is gone too
  const alive = () => {
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  };
  while (alive()) {
    if (Date.now() > gone) process.kill(pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Marks the engine wanted again: the watchdog starts it within its interval, as a restart policy would. */
export function releaseEngine(engine: 'kafka' | 'connect'): void {
  writeFileSync(wanted(engine), '');
}

/** The local runtime's watchdog brings it back; true once the engine answers again. */
export async function engineAnswers(engine: 'kafka' | 'connect'): Promise<boolean> {
  if (engine === 'connect') return connectApi('/').then(() => true, () => false);
  try {
    execFileSync('bash', [join(ROOT, 'scripts', 'local-runtime.sh'), 'status'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** Every pipeline connector and task RUNNING (what the supervisor restores without a command). */
export async function pipelineRunning(): Promise<string[]> {
  const names = [...view.sourceDatabases.map((d) => view.sourceConnectorName(d)), ...view.flows.map((f) => view.sinkConnectorName(f)), view.supervisorConnectorName];
  const all = await connectApi<Record<string, { status: { connector: { state: string }; tasks: Array<{ state: string }> } }>>('/connectors?expand=status');
  return names.filter((n) => all[n]?.status.connector.state !== 'RUNNING' || !all[n].status.tasks.length || all[n].status.tasks.some((t) => t.state !== 'RUNNING'));
}

export interface Healing {
  readonly fault: string;
  /** changes written during the fault's burst */
  readonly rows: number;
  /** from the engine being back (or the fault, for kills) to every target exact */
  readonly secondsToRecover: number;
  /** commands an operator ran (0 for transient faults) */
  readonly manualSteps: number;
  readonly restartsBySupervisor?: number;
}

/** Appends to build/test-reports/healing.jsonl and prints it: the figures the README quotes (through `npm run docs:record`). */
export function recordHealing(h: Healing): void {
  const dir = join(ROOT, 'build', 'test-reports');
  mkdirSync(dir, { recursive: true });
  // the machine goes with the figure: `npm run docs:record` renders it into the docs beside it
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryBytes: totalmem() };
  appendFileSync(join(dir, 'healing.jsonl'), `${JSON.stringify({ ...h, at: new Date().toISOString(), machine, load: loadavg()[0] })}\n`);
  console.log(`healing: ${h.fault}: ${h.rows} rows, ${h.secondsToRecover.toFixed(1)} s to recover, ${h.manualSteps} manual step(s)`);
}

/** The comment that marks the black-hole rules, so that any left behind can be found and removed. */
const HOLE_MARK = 'smart-cdc-e2e-black-hole';
const iptables = (...args: string[]) => execFileSync('iptables', ['-w', ...args], { stdio: 'pipe' });
const holeRules = (port: number) => [
  ['INPUT', '-i', 'lo', '-p', 'tcp', '--dport', String(port)],
  ['INPUT', '-i', 'lo', '-p', 'tcp', '--sport', String(port)],
];

/**
 * Every TCP packet to and from a loopback port vanishes (iptables DROP both ways): a black hole, not
 * a refused connection — established sessions hang, new ones time out. Unix-socket sessions (the
 * test's own application writes, LOCAL_SOCKET_DIR) are untouched. Returns what removes it.
 */
export function blackHole(port: number): () => void {
  for (const r of holeRules(port)) iptables('-I', ...r, '-m', 'comment', '--comment', HOLE_MARK, '-j', 'DROP');
  return () => {
    for (const r of holeRules(port)) iptables('-D', ...r, '-m', 'comment', '--comment', HOLE_MARK, '-j', 'DROP');
  };
}

/** Removes every black-hole rule a test left behind (a test killed mid-fault). */
export function clearBlackHoles(): void {
  const rules = execFileSync('iptables', ['-w', '-S', 'INPUT'], { encoding: 'utf8' }).split('\n').filter((l) => l.includes(HOLE_MARK));
  for (const r of rules) iptables(...r.replace(/^-A /, '-D ').split(' ').map((w) => w.replace(/^"|"$/g, '')));
}
