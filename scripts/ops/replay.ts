/**
 * `repair replay <env> <flow>` and `repair discard <env> <flow>`: the two ways out for a flow's
 * parked records (parked.ts); nothing leaves the dead-letter topic's pending range otherwise.
 *
 * Replay does not re-send the parked bytes, which may be stale by now (a later change of the same
 * row) or lack a drifted column: for each parked key it asks the source connector to read the row
 * again as it is now (an incremental snapshot limited to those keys, through cdc.replay_key), so
 * the sink writes the current row through the normal path. A key whose row is gone from the source
 * (or left the flow's filter): a parked delete is re-sent as it was; a parked upsert was followed
 * by that delete, which the target already follows. Then it waits until the sink has consumed it
 * all and counts what was parked again.
 */
import { randomUUID } from 'crypto';
import { filterSql, SIGNAL_TABLE } from '../../catalogue/derive';
import { ConnectApi, produce, readRange, withKafka, withPg } from './clients';
import { findFlow, OpsContext, SinkNames, unknownFlow } from './context';
import { OpsError } from './errors';
import { describeParked, markHandled, ParkedRecord, pendingParked, positionText } from './parked';
import { describeStatus, emit, waitIncrementalSnapshot } from './repair';
import { patchText, replaySignalData, signalProblems } from './signals';
import { CLI, Io } from './io';
import { allRunning, caughtUp, endOffsets, SinkCatchUp } from './waits';


function sinkOf(ctx: OpsContext, arg: string): SinkNames {
  const flow = findFlow(ctx, arg);
  if (!flow) throw unknownFlow(ctx, arg);
  return ctx.names.sinks.find((s) => s.flow.name === flow.name)!;
}

const keyText = (r: ParkedRecord, keyColumn: string): string | undefined => {
  const v = r.key?.[keyColumn];
  return v === undefined || v === null ? undefined : String(v);
};

/**
 * Asks the flow's source connector to read these rows again as they are now (an incremental
 * snapshot limited to the keys, through cdc.replay_key), and waits until it has emitted them.
 * `before`: the change topic's end offset before the signal.
 */
export async function rereadKeys(ctx: OpsContext, api: ConnectApi, sink: SinkNames, keys: readonly string[], before: number, timeoutS: number, lines: string[]): Promise<{ done: boolean; after: number; text: string }> {
  const { database: db, table } = sink.flow.source;
  const batch = randomUUID();
  const signal = randomUUID();
  const data = replaySignalData(ctx.view, db, table, batch);
  await withPg(ctx.databases[db], async (c) => {
    await c.query('BEGIN');
    await c.query('INSERT INTO cdc.replay_key (batch, key) SELECT $1, unnest($2::text[])', [batch, keys]);
    await c.query(`INSERT INTO ${SIGNAL_TABLE} (id, type, data) VALUES ($1, 'execute-snapshot', $2)`, [signal, data]);
    await c.query('COMMIT');
  });
  lines.push(`re-reading ${keys.length} row(s) of ${table} at the source (signal ${signal}, replay batch ${batch})`);
  const w = await waitIncrementalSnapshot(ctx, api, ctx.view.sourceConnectorName(db), table, sink.topic, before, keys.length, timeoutS);
  await withPg(ctx.databases[db], (c) => c.query('DELETE FROM cdc.replay_key WHERE batch = $1', [batch])).catch(() => undefined);
  return w;
}

export async function replay(ctx: OpsContext, pos: Record<string, string>, flags: Record<string, unknown>, io: Io): Promise<number> {
  const sink = sinkOf(ctx, pos.flow);
  const flow = sink.flow;
  const env = ctx.env.name;
  const db = flow.source.database;
  const table = flow.source.table;
  const keyColumn = ctx.view.primaryKey(db, table).name;
  const timeoutS = flags.timeout as number;
  const { counts, records, raw } = await pendingParked(ctx.kafka, sink, sink.handledGroup);
  const lines: string[] = [];
  if (!records.length) {
    lines.push(`nothing parked for flow ${flow.name} (${sink.deadLetterTopic}: ${counts.depth} record(s), all replayed or discarded)`);
    return emit(io, flags, 'replay', ctx, true, { flow: flow.name, parked: 0, lines });
  }

  // both ends must run: the source re-reads, the sink writes
  const api = new ConnectApi(ctx.connect);
  const sourceName = ctx.view.sourceConnectorName(db);
  const all = await api.connectors();
  for (const [name, how] of [
    [sink.connector, `${CLI} repair resume ${env} ${flow.name}`],
    [sourceName, `${CLI} repair resume ${env} ${db} --source`],
  ] as const) {
    const st = all[name]?.status;
    if (!st) throw new OpsError(`connector ${name} does not exist — run \`${CLI} bootstrap ${env}\``);
    if (!allRunning(st)) throw new OpsError(`refusing to replay: ${name} is ${describeStatus(st)}; it must be RUNNING (${st.connector.state === 'STOPPED' || st.connector.state === 'PAUSED' ? how : `${CLI} repair restart ${env}`})`);
  }
  const config = all[sourceName].info?.config ?? {};
  const signalTopicExists = await withKafka(ctx.kafka, async (a) => (await a.listTopics()).includes(`${config['topic.prefix']}.${SIGNAL_TABLE}`));
  const problems = signalProblems(config, signalTopicExists);
  if (problems.length) throw new OpsError(`refusing to replay: ${sourceName} would not act on the snapshot signal: ${problems.map((p) => p.problem).join('; ')}. Set in its config: ${patchText(config)}`);

  // the latest parked record of each key decides
  const latest = new Map<string, { parked: ParkedRecord; raw: (typeof raw)[number] }>();
  let unkeyed = 0;
  records.forEach((r, i) => {
    const k = keyText(r, keyColumn);
    if (k === undefined) unkeyed++;
    else latest.set(k, { parked: r, raw: raw[i] });
  });
  const keys = [...latest.keys()];
  // a row the other side's sink wrote over this side's is re-read too (snapshot reads carry it); one
  // only sinks wrote since (the other side made it again) holds nothing of this side's, and is not
  const inFilter = flow.filter ? ` AND ${filterSql(flow.filter)}` : '';
  const carried = ctx.view.snapshotCarriedSql(db, table);
  const foreign = carried ? `NOT (${carried})` : 'false';
  const rows = await withPg(ctx.databases[db], async (c) =>
    (await c.query<{ k: string; foreign: boolean }>(`SELECT ${keyColumn}::text AS k, ${foreign} AS foreign FROM ${table} WHERE ${keyColumn}::text = ANY($1)${inFilter}`, [keys])).rows,
  );
  const present = new Set(rows.filter((r) => !r.foreign).map((r) => r.k));
  const remade = new Set(rows.filter((r) => r.foreign).map((r) => r.k));
  const reread: string[] = [];
  const resend: string[] = [];
  const superseded: string[] = [];
  const skipped: Array<{ key: string; why: string }> = [];
  for (const k of keys) {
    const { parked } = latest.get(k)!;
    if (present.has(k)) reread.push(k);
    else if (remade.has(k)) skipped.push({ key: k, why: 'the row was deleted and made again by the other side (only its sink wrote it since): it holds nothing of this change' });
    // gone from the source, or out of the flow's filter: the target must not have it
    else if (flow.deletes !== 'propagate') skipped.push({ key: k, why: 'the row is no longer at the source and this flow does not carry deletes' });
    else if (parked.op === 'd' || parked.op === null) resend.push(k);
    else superseded.push(k);
  }

  // what the sink must consume: everything produced from here on
  const dlqStart = counts.end;
  const before = await withKafka(ctx.kafka, async (a) => (await a.topicOffsets(sink.topic)).reduce((n, p) => n + p.high, 0));
  let emitted = 0;
  if (reread.length) {
    const w = await rereadKeys(ctx, api, sink, reread, before, timeoutS, lines);
    emitted = w.after - before;
    if (!w.done) {
      lines.push(`error: ${w.text}; nothing was marked replayed`);
      return emit(io, flags, 'replay', ctx, false, { flow: flow.name, parked: records.length, lines });
    }
  }
  if (resend.length) {
    await produce(
      ctx.kafka,
      sink.topic,
      resend.map((k) => {
        const r = latest.get(k)!.raw;
        return { key: r.key, value: r.value };
      }),
    );
    lines.push(`re-sent ${resend.length} parked delete(s) to ${sink.topic}`);
  }

  // the sink has consumed everything up to here: what it parked again is in the topic by now
  const catchUp = await withKafka(ctx.kafka, async (a) => new SinkCatchUp(sink, await endOffsets(a, sink.topic), true));
  const late = await caughtUp(ctx.kafka, [catchUp], Date.now() + timeoutS * 1000, 500);
  if (late) {
    lines.push(`error: after ${timeoutS}s ${sink.connector} is still ${late.behind} record(s) behind on ${sink.topic}; nothing was marked replayed`);
    return emit(io, flags, 'replay', ctx, false, { flow: flow.name, parked: records.length, lines });
  }
  const dlqEnd = await withKafka(ctx.kafka, async (a) => (await a.topicOffsets(sink.deadLetterTopic))[0].high);
  const again = (await readRange(ctx.kafka, sink.deadLetterTopic, 0, dlqStart, dlqEnd, 60_000)).records
    .map(describeParked)
    .filter((r) => {
      const k = keyText(r, keyColumn);
      return k !== undefined && (reread.includes(k) || resend.includes(k));
    });
  const againKeys = new Set(again.map((r) => keyText(r, keyColumn)!));
  // checked at the target: a re-read row is there, a re-sent delete's row is not
  const targetKey = flow.fields[keyColumn];
  const atTarget = await withPg(ctx.databases[flow.target.database], async (c) =>
    new Set((await c.query<{ k: string }>(`SELECT ${targetKey}::text AS k FROM ${flow.target.table} WHERE ${targetKey}::text = ANY($1)`, [[...reread, ...resend]])).rows.map((r) => r.k)),
  );
  const notApplied = [...reread.filter((k) => !againKeys.has(k) && !atTarget.has(k)), ...resend.filter((k) => !againKeys.has(k) && atTarget.has(k))];
  await markHandled(ctx.kafka, sink.deadLetterTopic, sink.handledGroup, dlqStart);

  const replayed = reread.length + resend.length;
  const wentIn = replayed - againKeys.size - notApplied.length;
  lines.push(
    `flow ${flow.name}: ${records.length} parked record(s) for ${keys.length} key(s): ${wentIn} went in, ${againKeys.size} parked again` +
      `${superseded.length ? `, ${superseded.length} superseded by a later delete` : ''}${skipped.length ? `, ${skipped.length} skipped` : ''}${unkeyed ? `, ${unkeyed} without a key (cannot be replayed; discard them)` : ''}` +
      `${notApplied.length ? `, ${notApplied.length} not found applied at ${flow.target.table} (keys ${notApplied.join(', ')})` : ''}`,
  );
  for (const r of again.slice(-5)) lines.push(`  parked again: key ${keyText(r, keyColumn)}: ${r.reason}`);
  for (const s of skipped) lines.push(`  skipped: key ${s.key}: ${s.why}`);
  if (againKeys.size) lines.push(`the cause is not fixed: fix it, then run \`${CLI} repair replay ${env} ${flow.name}\` again (or \`${CLI} repair discard ${env} ${flow.name}\`)`);
  const ok = againKeys.size === 0 && unkeyed === 0 && notApplied.length === 0;
  return emit(io, flags, 'replay', ctx, ok, {
    flow: flow.name,
    parked: records.length,
    keys: keys.length,
    in: wentIn,
    parkedAgain: againKeys.size,
    notApplied: notApplied.length,
    superseded: superseded.length,
    skipped: skipped.length,
    reread: reread.length,
    emitted,
    resent: resend.length,
    lines,
  });
}

export async function discard(ctx: OpsContext, pos: Record<string, string>, flags: Record<string, unknown>, io: Io): Promise<number> {
  const sink = sinkOf(ctx, pos.flow);
  const keyColumn = ctx.view.primaryKey(sink.flow.source.database, sink.flow.source.table).name;
  const { counts, records } = await pendingParked(ctx.kafka, sink, sink.handledGroup);
  if (!records.length) return emit(io, flags, 'discard', ctx, true, { flow: sink.flow.name, discarded: 0, lines: [`nothing parked for flow ${sink.flow.name}`] });
  await markHandled(ctx.kafka, sink.deadLetterTopic, sink.handledGroup, counts.end);
  const lines = [
    `discarded ${records.length} parked record(s) of flow ${sink.flow.name} (${sink.deadLetterTopic} offsets ${counts.handled}..${counts.end - 1}); the targets will not get them:`,
    ...records.map((r) => `  key ${keyText(r, keyColumn) ?? '(none)'} from ${positionText(r)}: ${r.reason}`),
  ];
  return emit(io, flags, 'discard', ctx, true, {
    flow: sink.flow.name,
    discarded: records.length,
    records: records.map((r) => ({ key: keyText(r, keyColumn) ?? null, source: r.source, reason: r.reason, at: r.at })),
    lines,
  });
}
