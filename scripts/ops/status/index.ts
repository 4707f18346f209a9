/**
 * `status <env> [--watch [s]] [--json]`: gathers the pipeline's state (gather.ts), judges and
 * renders it (render.ts), once or every interval (watch.ts).
 */
import { OpsContext } from '../context';
import { Thresholds } from '../health';
import { Io } from '../io';
import { gatherStatus } from './gather';
import { judge, renderStatus } from './render';
import { watch } from './watch';

export { gatherStatus } from './gather';
export { judge, renderStatus } from './render';
export type { StatusReport } from './render';

export function thresholdsFrom(flags: Record<string, unknown>): Thresholds {
  return {
    maxSlotLagBytes: flags['max-slot-lag'] as number,
    maxHeartbeatAgeSeconds: flags['max-heartbeat-age'] as number,
    maxConsumerLag: flags['max-consumer-lag'] as number,
    maxDeadLetters: flags['max-dlq'] as number,
  };
}

export async function runStatus(ctx: OpsContext, flags: Record<string, unknown>, io: Io): Promise<number> {
  const t = thresholdsFrom(flags);
  const json = flags.json === true;
  const once = async () => judge(await gatherStatus(ctx, t), t);
  const seconds = flags.watch as number | undefined;
  if (seconds) return watch(once, seconds, io, renderStatus, json);
  const r = await once();
  io.out(json ? JSON.stringify(r, null, 2) : renderStatus(r));
  return r.exitCode;
}
