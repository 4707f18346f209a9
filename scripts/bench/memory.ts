/**
 * Resident memory of the local runtime's engines, sampled while the benchmark runs. Each engine is
 * its process tree (PostgreSQL: postmaster and every backend, walsender and worker); its memory is
 * the sum of PSS (proportional set size: shared pages such as shared_buffers counted once, not once
 * per backend). Samples are attributed to the path being measured at that moment.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { Path } from './workload';

export const ENGINES = ['pg-warehouse', 'pg-citizen', 'kafka', 'connect'] as const;
export type Engine = (typeof ENGINES)[number];
/** the engines that are JVMs */
export const JVM_ENGINES = ['kafka', 'connect'] as const;
export type JvmEngine = (typeof JVM_ENGINES)[number];
/** What native replication needs: the two PostgreSQL clusters only. */
export const NATIVE_ENGINES: readonly Engine[] = ['pg-warehouse', 'pg-citizen'];

export const runtimeState = () => process.env.SMART_CDC_STATE ?? '/tmp/smart-cdc-local';

/** The engine's main PID from the local runtime's state dir (scripts/local-runtime.sh writes them). */
export function enginePid(engine: Engine, state = runtimeState()): number {
  const f = join(state, 'run', `${engine}.pid`);
  let raw: string;
  try {
    raw = readFileSync(f, 'utf8').trim();
  } catch {
    throw new Error(`no PID file ${f}: is the local runtime up with SMART_CDC_STATE=${state}?`);
  }
  const pid = Number(raw);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`PID file ${f} holds '${raw}'`);
  return pid;
}

function parentsOf(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(e));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

function pssKiB(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** PSS in bytes of a process and all its descendants. */
export function treePss(pid: number, children = parentsOf()): number {
  let kib = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop() as number;
    kib += pssKiB(p);
    stack.push(...(children.get(p) ?? []));
  }
  return kib * 1024;
}

/** CPU seconds of a process tree: live processes' user+system time, plus what the root reaped from exited children. */
export function treeCpuSeconds(pid: number, children = parentsOf()): number {
  let total = statTicks(`/proc/${pid}/stat`, true);
  const stack = [...(children.get(pid) ?? [])];
  while (stack.length) {
    const p = stack.pop() as number;
    total += statTicks(`/proc/${p}/stat`, false);
    stack.push(...(children.get(p) ?? []));
  }
  return total / CLOCK_TICKS;
}

/** user+system ticks in a process's or thread's `stat` file (plus its reaped children's), 0 when it is gone. */
function statTicks(file: string, reaped: boolean): number {
  try {
    const stat = readFileSync(file, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields 14-17 of /proc/<pid>/stat (utime stime cutime cstime), counted from `state` as index 0
    return Number(f[11]) + Number(f[12]) + (reaped ? Number(f[13]) + Number(f[14]) : 0);
  } catch {
    return 0;
  }
}

/**
 * CPU seconds of the threads named like `name` in a process tree (live threads only): for a JVM,
 * `/^C[12] CompilerThre/` are its JIT compilers (the kernel keeps 15 characters of a thread's name).
 */
export function threadCpuSeconds(pid: number, name: RegExp, children = parentsOf()): number {
  let ticks = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop() as number;
    stack.push(...(children.get(p) ?? []));
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const t of tids) {
      let comm: string;
      try {
        comm = readFileSync(`/proc/${p}/task/${t}/comm`, 'utf8').trim();
      } catch {
        continue; // the thread ended while we looked
      }
      if (name.test(comm)) ticks += statTicks(`/proc/${p}/task/${t}/stat`, false);
    }
  }
  return ticks / CLOCK_TICKS;
}

/** A JVM's JIT compiler threads, by the names HotSpot gives them. */
export const JIT_THREADS = /^C[12] CompilerThre/;

/** USER_HZ: Linux reports process times in 1/100 s on every architecture it runs on here. */
const CLOCK_TICKS = 100;

export type Sample = Record<Engine, number>;

/** CPU seconds of each JVM engine so far, in all and in its JIT compiler threads. */
export type JitCpu = Record<JvmEngine, { readonly total: number; readonly compiler: number }>;

/** The share of the JVM engines' CPU between two samples that their JIT compilers took (0 when idle). */
export function jitShare(before: JitCpu, after: JitCpu): number {
  const d = (k: 'total' | 'compiler') => JVM_ENGINES.reduce((n, e) => n + after[e][k] - before[e][k], 0);
  return d('total') > 0 ? d('compiler') / d('total') : 0;
}

/** Per path: the peak of each engine and the peak of their sum (at one instant). */
export interface PeakMemory {
  readonly samples: number;
  readonly engines: Record<Engine, number>;
  /** the largest sum over `engines` seen in one sample */
  readonly total: number;
}

export class PeakTracker {
  private readonly peaks = new Map<Path, { samples: number; engines: Record<Engine, number>; total: number }>();

  add(path: Path, s: Sample, counted: readonly Engine[] = ENGINES): void {
    const p = this.peaks.get(path) ?? { samples: 0, engines: Object.fromEntries(ENGINES.map((e) => [e, 0])) as Record<Engine, number>, total: 0 };
    p.samples++;
    for (const e of counted) p.engines[e] = Math.max(p.engines[e], s[e]);
    p.total = Math.max(p.total, counted.reduce((n, e) => n + s[e], 0));
    this.peaks.set(path, p);
  }

  peak(path: Path): PeakMemory | undefined {
    const p = this.peaks.get(path);
    return p && { samples: p.samples, engines: { ...p.engines }, total: p.total };
  }
}

/** Samples every engine each `intervalMs` while a path is being measured. */
export class MemorySampler {
  readonly tracker = new PeakTracker();
  private path: Path | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly pids: Record<Engine, number>;

  constructor(private readonly intervalMs = 500) {
    this.pids = Object.fromEntries(ENGINES.map((e) => [e, enginePid(e)])) as Record<Engine, number>;
  }

  start(): void {
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  /** Attribute the following samples to `path` (undefined: not measured). */
  measuring(path: Path | undefined): void {
    this.path = path;
    if (path) this.sample();
  }

  sample(): void {
    if (!this.path) return;
    const children = parentsOf();
    const s = Object.fromEntries(ENGINES.map((e) => [e, treePss(this.pids[e], children)])) as Sample;
    this.tracker.add(this.path, s, this.path === 'native' ? NATIVE_ENGINES : ENGINES);
  }

  /** CPU seconds each engine has used so far. */
  cpu(): Record<Engine, number> {
    const children = parentsOf();
    return Object.fromEntries(ENGINES.map((e) => [e, treeCpuSeconds(this.pids[e], children)])) as Record<Engine, number>;
  }

  /** CPU seconds the JVM engines have used so far: in all, and in their JIT compiler threads. */
  jit(): JitCpu {
    const children = parentsOf();
    const of = (e: JvmEngine) => ({ total: treeCpuSeconds(this.pids[e], children), compiler: threadCpuSeconds(this.pids[e], JIT_THREADS, children) });
    return { kafka: of('kafka'), connect: of('connect') };
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** JVM options of an engine's process (heap bounds), for the machine statement. */
  jvmOptions(engine: JvmEngine): string[] {
    try {
      return readFileSync(`/proc/${this.pids[engine]}/cmdline`, 'utf8').split('\0').filter((a) => /^-X(ms|mx|mn)|^-XX:\+Use\w+GC$/.test(a));
    } catch {
      return [];
    }
  }
}
