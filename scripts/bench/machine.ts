/** The machine a benchmark ran on, and how busy it was: figures mean nothing without it. */
import { spawnSync } from 'child_process';
import { cpus, loadavg, release, totalmem } from 'os';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryBytes: number;
  readonly kernel: string;
  readonly node: string;
  readonly java: string;
  readonly postgres: string;
  readonly kafka: string;
  readonly plugins: Record<string, string>;
  readonly heaps: Record<string, string[]>;
}

/** Load averages (1, 5, 15 min) now: other work on the machine competes with the engines. */
export const loadNow = (): [number, number, number] => loadavg().map((l) => Math.round(l * 100) / 100) as [number, number, number];

export function javaVersion(): string {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return `${r.stderr ?? ''}${r.stdout ?? ''}`.split('\n')[0] || 'unknown';
}

export function describeMachine(parts: Pick<Machine, 'postgres' | 'kafka' | 'plugins' | 'heaps'>): Machine {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryBytes: totalmem(),
    kernel: release(),
    node: process.version,
    java: javaVersion(),
    ...parts,
  };
}
