import { FlowDef } from '../../../../catalogue/model';
import { filterSql, ORIGIN_COLUMN } from '../../../../catalogue/derive';
import { loadContext, OpsContext } from '../../../../scripts/ops/context';
import { pendingParked } from '../../../../scripts/ops/parked';
import { flowRowsSql, hashSalt, saltParams, verifyFlow } from '../../../../scripts/ops/verify';
import { withLocalSecrets } from '../../../../scripts/terraform/local-secrets';
import { Db, query, sleep } from '../engines';
import { PARKING_EDGES } from './values';

/**
 * What the differential test asks of the pipeline, per run (its keys start with the run's `ns`):
 * every difference `verify` finds between a source and its target is flagged (the change parked,
 * so `status` shows it, with its reason); after `repair replay`, only rows whose current values no
 * flow can carry exactly (the type suite's parking values) still differ, and they stay flagged.
 */

let cached: OpsContext | undefined;
export const context = (): OpsContext => (cached ??= loadContext('local', ['databases', 'kafka'], withLocalSecrets(process.env)));

export interface FlowState {
  readonly flow: string;
  /** differing keys (missing, extra or different at the target) of the run */
  readonly differing: readonly string[];
  /** keys of the run with a pending parked change */
  readonly flagged: ReadonlySet<string>;
}

const ofRun = (ns: string) => (k: string) => k.startsWith(ns);

/** verify, and the parked keys, of every flow, restricted to the run's keys. */
export async function flowStates(ns: string): Promise<FlowState[]> {
  const ctx = context();
  const salt = hashSalt('local');
  return Promise.all(
    ctx.names.sinks.map(async (s): Promise<FlowState> => {
      const [v, parked] = await Promise.all([verifyFlow(ctx, s.flow, salt, { rounds: 0, delayMs: 0 }), pendingParked(ctx.kafka, s, s.handledGroup)]);
      if (v.error) throw new Error(`verify ${s.flow.name}: ${v.error}`);
      if (v.unlisted) throw new Error(`verify ${s.flow.name}: ${v.unlisted} differing key ranges not listed`);
      const keys = parked.records.map((p) => (p.key ? String(Object.values(p.key)[0]) : '')).filter(ofRun(ns));
      return { flow: s.flow.name, differing: [...v.missing, ...v.extra, ...v.different].filter(ofRun(ns)), flagged: new Set(keys) };
    }),
  );
}

/** The flow that carries `flow`'s target table back into its source table, if any (the profile pair). */
function reverseOf(name: string): string | undefined {
  const flows = context().view.flows;
  const f = flows.find((x) => x.name === name)!;
  return flows.find((g) => g.source.table === f.target.table && g.target.table === f.source.table)?.name;
}

/**
 * Differences nobody is told about: differing, and not parked — in this flow, or in the flow back
 * (a parked change of a shared field leaves both directions' rows apart until it is replayed).
 */
export const silent = (states: readonly FlowState[]) =>
  states.flatMap((s) => {
    const back = states.find((x) => x.flow === reverseOf(s.flow));
    return s.differing.filter((k) => !s.flagged.has(k) && !back?.flagged.has(k)).map((k) => `${s.flow}: ${k}`);
  });

/** Keys of the run whose source row (as the flow carries it) holds a value the flow parks by design. */
export async function parkingRows(f: FlowDef, ns: string): Promise<Set<string>> {
  const ctx = context();
  const key = ctx.view.primaryKey(f.source.database, f.source.table).name;
  const conds = Object.keys(f.fields).flatMap((c) => {
    const type = ctx.view.column(f.source.database, f.source.table, c).type;
    return (PARKING_EDGES[type] ?? []).map((edge) => `${c} = ${edge}::${type}`);
  });
  if (!conds.length) return new Set();
  const where = [`${key}::text LIKE '${ns}%'`, `(${conds.join(' OR ')})`, ...(f.filter ? [filterSql(f.filter)] : [])];
  const rows = await query<{ k: string }>(f.source.database as Db, `SELECT ${key}::text AS k FROM ${f.source.table} WHERE ${where.join(' AND ')}`);
  return new Set(rows.map((r) => r.k));
}

/**
 * After `repair replay`, the run's keys that still differ for a reason nobody was told: each must hold a
 * value no flow can carry exactly and be flagged — in its flow, or in the flow back (a newer shared
 * value waits at one side behind the back flow's parked change, so this flow's target is ahead of its source).
 */
export async function unexplainedAfterReplay(states: readonly FlowState[], ns: string): Promise<string[]> {
  const parking = new Map<string, Set<string>>();
  const parks = async (flow: string): Promise<Set<string>> => {
    if (!parking.has(flow)) parking.set(flow, await parkingRows(context().view.flows.find((f) => f.name === flow)!, ns));
    return parking.get(flow)!;
  };
  const held = async (s: FlowState, k: string) => ({ flagged: s.flagged.has(k), parks: (await parks(s.flow)).has(k) });
  const out: string[] = [];
  for (const s of states) {
    const back = states.find((x) => x.flow === reverseOf(s.flow));
    for (const k of s.differing) {
      const here = await held(s, k);
      const there = back ? await held(back, k) : undefined;
      if ((here.flagged && here.parks) || (there?.flagged && there.parks)) continue;
      const says = (h: { flagged: boolean; parks: boolean }) => `${h.flagged ? 'flagged' : 'not flagged'}, ${h.parks ? 'holds' : 'holds no'} value the flow parks`;
      out.push(`after replay, ${s.flow}: ${k} differs (${says(here)}${back && there ? `; in ${back.flow}: ${says(there)}` : ''})`);
    }
  }
  return out;
}

/** Polls `check` (its complaints; empty: satisfied) until it is satisfied or `timeoutMs` passed; returns the last complaints. */
export async function settle(check: () => Promise<string[]>, timeoutMs: number, intervalMs = 2_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const complaints = await check().catch((e) => [`cannot check: ${(e as Error).message}`]);
    if (!complaints.length || Date.now() > deadline) return complaints;
    await sleep(intervalMs);
  }
}

/** A differing key's carried values on both sides, with each row's origin mark: the test's own diagnostics (random data, no PII). */
export async function explain(flowName: string, key: string): Promise<string> {
  const ctx = context();
  const f = ctx.view.flows.find((x) => x.name === flowName)!;
  const salt = hashSalt('local');
  const side = async (which: 'source' | 'target') => {
    const end = which === 'source' ? f.source : f.target;
    const sql = flowRowsSql(ctx.view, f, which, { salted: true, withEchoes: true, raw: true });
    const marked = ctx.view.echoGuardedTables(end.database).includes(end.table);
    const keyCol = which === 'source' ? ctx.view.primaryKey(f.source.database, f.source.table).name : f.fields[ctx.view.primaryKey(f.source.database, f.source.table).name];
    const origin = marked ? (await query<{ o: string | null }>(end.database as Db, `SELECT ${ORIGIN_COLUMN} AS o FROM ${end.table} WHERE ${keyCol}::text = $1`, [key]))[0]?.o : 'unmarked';
    const rows = await query<{ h: string }>(end.database as Db, `SELECT h FROM (${sql}) r WHERE k = $${which === 'source' ? saltParams(ctx.view, f, salt).length + 1 : 1}`, [...(which === 'source' ? saltParams(ctx.view, f, salt) : []), key]);
    const v = rows[0]?.h;
    return `${which} (${ORIGIN_COLUMN} ${origin}): ${v === undefined ? 'no row' : v.length > 600 ? `${v.slice(0, 600)}…` : v}`;
  };
  return `${flowName} ${key}:\n  ${await side('source')}\n  ${await side('target')}`;
}
