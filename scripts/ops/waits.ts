/**
 * Waits shared by bootstrap and the repairs: a sink caught up with its topic, a connector settled.
 * Each returns its state; the caller loops with its own deadline and progress.
 */
import { ConnectApi, ConnectorStatusInfo, withKafka } from './clients';
import { KafkaTarget, SinkNames } from './context';
import { KafkaAdmin } from './kafka';
import { rootCause } from './format';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** End offsets of a topic by partition: what a sink must have consumed. */
export async function endOffsets(admin: KafkaAdmin, topic: string): Promise<Map<number, number>> {
  return new Map((await admin.topicOffsets(topic)).map((x) => [x.partition, x.high]));
}

/**
 * Follows one sink's committed offsets towards `target`. Caught up when nothing is behind, or (not
 * `exact`) at most 2 records behind with the committed offset still for 5 s: a sink that commits
 * only what its task saw never commits past a delete's trailing tombstone, which the unwrap
 * transform drops. The parking sink commits what Connect consumed, so a repair that must know every
 * record was handled waits `exact`ly.
 */
export class SinkCatchUp {
  private lastSum = -1;
  private since = Date.now();

  constructor(readonly sink: SinkNames, readonly target: ReadonlyMap<number, number>, private readonly exact = false) {}

  get total(): number {
    return [...this.target.values()].reduce((a, b) => a + b, 0);
  }

  async behind(admin: KafkaAdmin): Promise<{ behind: number; done: boolean }> {
    const committed = new Map((await admin.groupOffsets(this.sink.group, this.sink.topic)).map((x) => [x.partition, Math.max(0, x.offset)]));
    const behind = [...this.target].reduce((n, [part, high]) => n + Math.max(0, high - (committed.get(part) ?? 0)), 0);
    const sum = [...committed.values()].reduce((a, b) => a + b, 0);
    if (sum !== this.lastSum) {
      this.lastSum = sum;
      this.since = Date.now();
    }
    return { behind, done: behind === 0 || (!this.exact && behind <= 2 && Date.now() - this.since >= 5_000) };
  }
}

/**
 * Follows sinks' catch-ups (exact or not, as each was made) until every one is done or `deadline`
 * (epoch ms) passes; returns the first one still behind then, with how far.
 */
export async function caughtUp(kafka: KafkaTarget, catchUps: readonly SinkCatchUp[], deadline: number, pollMs: number): Promise<{ sink: SinkNames; behind: number } | undefined> {
  for (const c of catchUps) {
    for (;;) {
      const { done, behind } = await withKafka(kafka, (a) => c.behind(a));
      if (done) break;
      if (Date.now() > deadline) return { sink: c.sink, behind };
      await sleep(pollMs);
    }
  }
  return undefined;
}

export const allRunning = (s: ConnectorStatusInfo) => s.connector.state === 'RUNNING' && s.tasks.length > 0 && s.tasks.every((t) => t.state === 'RUNNING');
export const anyFailed = (s: ConnectorStatusInfo) => s.connector.state === 'FAILED' || s.tasks.some((t) => t.state === 'FAILED');
export const failureOf = (s: ConnectorStatusInfo) => rootCause(s.connector.trace) || rootCause(s.tasks.find((t) => t.state === 'FAILED')?.trace);

/** Polls a connector's status until `done` holds or `timeoutS` passes; returns the last status. */
export async function waitFor(api: ConnectApi, name: string, done: (s: ConnectorStatusInfo) => boolean, timeoutS: number): Promise<{ status: ConnectorStatusInfo; reached: boolean }> {
  const deadline = Date.now() + timeoutS * 1000;
  for (;;) {
    const status = await api.status(name);
    if (done(status)) return { status, reached: true };
    if (Date.now() > deadline) return { status, reached: false };
    await sleep(500);
  }
}

/**
 * After a connector reached RUNNING: watches it for `settleS` more seconds, because a task that
 * fails on its first records (a poison row, a missing column) does so only after it started.
 * Returns the status that failed, or the last RUNNING one.
 */
export async function settle(api: ConnectApi, name: string, settleS: number): Promise<{ status: ConnectorStatusInfo; stable: boolean }> {
  const { status, reached } = await waitFor(api, name, (s) => anyFailed(s) || !allRunning(s), settleS);
  return { status, stable: !reached };
}
