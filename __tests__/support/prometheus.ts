/**
 * A real Prometheus's HTTP API as the monitoring tests read it (the local runtime's, which a test starts,
 * and the dev stack's container): instant queries, firing alerts, loaded rule groups, scrape targets;
 * and the wait for a child process (the exporter, Prometheus) to say it is ready.
 */
import { ChildProcess } from 'child_process';

export interface PromAlert {
  readonly labels: Record<string, string>;
  readonly state: string;
}
export interface PromSample {
  readonly metric: Record<string, string>;
  readonly value: [number, string];
}
export interface PromTarget {
  readonly labels: Record<string, string>;
  readonly scrapePool: string;
  readonly scrapeUrl: string;
  readonly health: string;
  readonly lastError: string;
}
export interface PromRuleGroup {
  readonly name: string;
  readonly rules: ReadonlyArray<{ readonly name: string; readonly health: string; readonly lastError?: string }>;
}

export class PrometheusApi {
  /** @param address host:port */
  constructor(readonly address: string) {}

  private async get<T>(path: string): Promise<T> {
    const r = (await (await fetch(`http://${this.address}${path}`)).json()) as { status: string; error?: string; data: T };
    if (r.status !== 'success') throw new Error(`Prometheus at ${this.address} refused ${path}: ${r.error}`);
    return r.data;
  }

  /** An instant query's result vector. */
  query(expr: string): Promise<PromSample[]> {
    return this.get<{ result: PromSample[] }>(`/api/v1/query?query=${encodeURIComponent(expr)}`).then((d) => d.result);
  }

  async firing(): Promise<PromAlert[]> {
    return (await this.get<{ alerts: PromAlert[] }>('/api/v1/alerts')).alerts.filter((a) => a.state === 'firing');
  }

  /** whether the alert fires with these labels (a subset of its labels) */
  async isFiring(alert: string, labels: Record<string, string>): Promise<boolean> {
    return (await this.firing()).some((a) => a.labels.alertname === alert && Object.entries(labels).every(([k, v]) => a.labels[k] === v));
  }

  async ruleGroups(): Promise<PromRuleGroup[]> {
    return (await this.get<{ groups: PromRuleGroup[] }>('/api/v1/rules')).groups;
  }

  async targets(): Promise<PromTarget[]> {
    return (await this.get<{ activeTargets: PromTarget[] }>('/api/v1/targets')).activeTargets;
  }
}

/** Resolves once the child prints `ready`; rejects when it exits first or says nothing of it in 60 s. */
export function started(child: ChildProcess, what: string, ready: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start in 60 s:\n${out}`)), 60_000);
    const seen = (b: Buffer) => {
      out += b.toString();
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', seen);
    child.stderr?.on('data', seen);
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}):\n${out}`)));
  });
}
