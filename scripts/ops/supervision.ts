/**
 * What the pipeline supervisor (connect-plugin/, a connector of the stack) did lately: its restart
 * events in the last hour, from its events topic. Read by `status`.
 */
import { readRange } from './clients';
import { KafkaTarget } from './context';
import { KafkaAdmin } from './kafka';

export interface RestartEvent {
  readonly at: string;
  readonly action: string;
  readonly connector: string;
  readonly tasks: readonly number[];
  readonly attempt: number;
  readonly cause: string;
}

export interface SupervisionState {
  readonly topic: string;
  /** restarts written in the window (null: topic missing or unreadable) */
  readonly restarts: number | null;
  readonly windowSeconds: number;
  readonly last?: RestartEvent;
  readonly error?: string;
}

export async function supervision(admin: KafkaAdmin, t: KafkaTarget, topic: string, existing: ReadonlySet<string>, windowSeconds = 3600): Promise<SupervisionState> {
  if (!existing.has(topic)) return { topic, restarts: null, windowSeconds, error: 'topic does not exist' };
  const [ends, since] = await Promise.all([admin.topicOffsets(topic), admin.offsetsAt(topic, Date.now() - windowSeconds * 1000)]);
  const end = ends.find((p) => p.partition === 0)?.high ?? 0;
  const from = since.find((p) => p.partition === 0)?.offset ?? end;
  const restarts = Math.max(0, end - (from < 0 ? end : from));
  if (!restarts) return { topic, restarts, windowSeconds };
  const { records } = await readRange(t, topic, 0, end - 1, end, 15_000);
  let last: RestartEvent | undefined;
  try {
    if (records.length) last = JSON.parse(records[0].value?.toString('utf8') ?? '') as RestartEvent;
  } catch {
    last = undefined;
  }
  return { topic, restarts, windowSeconds, last };
}
