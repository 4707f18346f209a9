/**
 * `repair reconcile <env> <flow>`: repairs what `verify` finds in one flow. Rows missing or
 * different at the target are read again at the source (the incremental snapshot of those keys that
 * `repair replay` uses), so the target gets the current row through the normal path; rows at the
 * target that the source no longer has are deleted (flows that propagate deletes only). Then the
 * flow is verified again, and the command says what is still different, if anything.
 */
import { ConnectApi, withKafka, withPg } from './clients';
import { findFlow, OpsContext, unknownFlow } from './context';
import { OpsError } from './errors';
import { CLI, Io } from './io';
import { describeStatus, emit } from './repair';
import { rereadKeys } from './replay';
import { hashSalt, recordVerdict, verdictResult, verifyFlow, VERIFY_EXIT } from './verify';
import { allRunning, caughtUp, endOffsets, SinkCatchUp } from './waits';

export async function reconcile(ctx: OpsContext, pos: Record<string, string>, flags: Record<string, unknown>, io: Io): Promise<number> {
  const flow = findFlow(ctx, pos.flow);
  if (!flow) throw unknownFlow(ctx, pos.flow);
  const sink = ctx.names.sinks.find((s) => s.flow.name === flow.name)!;
  const env = ctx.env.name;
  const timeoutS = flags.timeout as number;
  const salt = hashSalt(env);
  const recheck = { rounds: 2, delayMs: 2_000 };
  const lines: string[] = [];

  const found = await verifyFlow(ctx, flow, salt, recheck);
  if (found.error) {
    emit(io, flags, 'reconcile', ctx, false, { flow: flow.name, error: found.error, lines: [`flow ${flow.name}: could not verify: ${found.error}`] });
    return VERIFY_EXIT.unverified;
  }
  const reread = [...found.missing, ...found.different];
  const extra = [...found.extra];
  if (!reread.length && !extra.length && !found.unlisted) {
    await recordVerdict(ctx, flow, found);
    lines.push(`flow ${flow.name}: ${found.equal} row(s), every one equal: nothing to repair`);
    return emit(io, flags, 'reconcile', ctx, true, { flow: flow.name, reread: 0, deleted: 0, lines });
  }

  // both ends must run: the source re-reads, the sink writes
  const api = new ConnectApi(ctx.connect);
  const all = await api.connectors();
  for (const name of [sink.connector, ctx.view.sourceConnectorName(flow.source.database)]) {
    const st = all[name]?.status;
    if (!st) throw new OpsError(`connector ${name} does not exist — run \`${CLI} bootstrap ${env}\``);
    if (!allRunning(st)) throw new OpsError(`refusing to reconcile: ${name} is ${describeStatus(st)}; it must be RUNNING`);
  }

  if (reread.length) {
    const before = await withKafka(ctx.kafka, async (a) => (await a.topicOffsets(sink.topic)).reduce((n, p) => n + p.high, 0));
    const w = await rereadKeys(ctx, api, sink, reread, before, timeoutS, lines);
    if (!w.done) {
      lines.push(`error: ${w.text}`);
      return emit(io, flags, 'reconcile', ctx, false, { flow: flow.name, reread: reread.length, deleted: 0, lines });
    }
  }
  if (extra.length) {
    const key = flow.fields[ctx.view.primaryKey(flow.source.database, flow.source.table).name];
    const n = await withPg(ctx.databases[flow.target.database], async (c) => (await c.query(`DELETE FROM ${flow.target.table} WHERE ${key}::text = ANY($1)`, [extra])).rowCount ?? 0);
    lines.push(`deleted ${n} row(s) from ${flow.target.table} that the source no longer has`);
  }
  const catchUp = await withKafka(ctx.kafka, async (a) => new SinkCatchUp(sink, await endOffsets(a, sink.topic), true));
  const late = await caughtUp(ctx.kafka, [catchUp], Date.now() + timeoutS * 1000, 500);
  if (late) {
    lines.push(`error: after ${timeoutS}s ${sink.connector} is still ${late.behind} record(s) behind on ${sink.topic}`);
    return emit(io, flags, 'reconcile', ctx, false, { flow: flow.name, reread: reread.length, deleted: extra.length, lines });
  }

  const after = await verifyFlow(ctx, flow, salt, recheck);
  // status shows the flow's content as this verify found it
  await recordVerdict(ctx, flow, after);
  const still = [...after.missing, ...after.different, ...after.extra];
  const ok = verdictResult(after) === 'equal';
  lines.push(
    ok
      ? `flow ${flow.name}: verified after the repair: ${after.equal} row(s), every one equal`
      : `flow ${flow.name}: still different after the repair: ${after.error ?? `${still.length} key(s)${after.unlisted ? ` and ${after.unlisted} more key range(s)` : ''}: ${still.slice(0, 10).join(', ')}`} (parked rows: \`${CLI} status ${env}\`; run again once their cause is fixed)`,
  );
  return emit(io, flags, 'reconcile', ctx, ok, { flow: flow.name, reread: reread.length, deleted: extra.length, stillDifferent: still.length, lines });
}

