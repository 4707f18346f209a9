import { randomUUID } from 'crypto';
import { FlowDef } from '../../../catalogue/model';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { loadEnvironment } from '../../../environments';
import { viewOf } from '../../../scripts/ops/context';
import { appOwnedSql, flowRowsSql, saltParams } from '../../../scripts/ops/verify';
import { localSalt } from './deploy';
import { Client } from 'pg';
import { APP_ROLE, Db, LOCAL, LOCAL_SOCKET_DIR, query, sleep } from './engines';
import { SEED, SEED_VALUES } from './fixtures';

/**
 * What the fault tests assert: a burst of changes in both directions, and the exact content of
 * every target, derived from the catalogue (no flow is written twice here).
 */

export const view = viewOf(loadEnvironment('local', SMART_CATALOGUE));
const salt = localSalt;

/** One row per key, the carried columns as text; SENSITIVE ones as the salted hash the flow carries (verify's own query). */
async function rowsOf(f: FlowDef, side: 'source' | 'target', withEchoes = false): Promise<Map<string, string>> {
  const params = side === 'source' ? saltParams(view, f, salt()) : [];
  const rows = await query<{ k: string; h: string }>(f[side].database as Db, flowRowsSql(view, f, side, { salted: true, withEchoes, raw: true }), params);
  return new Map(rows.map((r) => [r.k, r.h]));
}

/** Keys of target rows the application itself last wrote (origin-marked targets only): not the flow's to delete. */
async function appOwned(f: FlowDef): Promise<Set<string>> {
  const sql = appOwnedSql(view, f);
  return new Set(sql ? (await query<{ k: string }>(f.target.database as Db, sql)).map((r) => r.k) : []);
}

/**
 * Why a flow's target is not exactly what its source says (empty: it is): every source row (within
 * the filter, and not written there by the other side's sink) is in the target with the same
 * carried values; with deletes propagated, the target has no other row — but rows the application
 * wrote at the target itself (origin `app` on origin-marked tables). Flows that ignore deletes may
 * keep rows the source no longer has.
 */
export async function flowDiff(f: FlowDef): Promise<string[]> {
  const [src, srcAll, tgt, appRows] = await Promise.all([rowsOf(f, 'source'), rowsOf(f, 'source', true), rowsOf(f, 'target'), appOwned(f)]);
  const out: string[] = [];
  for (const [k, v] of src) {
    const t = tgt.get(k);
    if (t === undefined) out.push(`${f.name}: ${k} missing in ${f.target.table}`);
    else if (t !== v) out.push(`${f.name}: ${k} differs in ${f.target.table}: ${t} ≠ ${v}`);
  }
  // a row last written at the source by the other side's sink still belongs to the flow, with what an earlier change carried
  if (f.deletes === 'propagate') for (const k of tgt.keys()) if (!srcAll.has(k) && !appRows.has(k)) out.push(`${f.name}: ${k} in ${f.target.table} but not at the source`);
  return out;
}

export async function allFlowsDiff(flows: readonly FlowDef[] = view.flows): Promise<string[]> {
  return (await Promise.all(flows.map(flowDiff))).flat();
}

/** How long the targets must stay exact after they first are: a late or replayed record that changes a row shows. */
const QUIET_MS = 5_000;

/**
 * Polls until every target (of `flows`, default all) is exactly what its source says, and still is after
 * QUIET_MS; returns the seconds from `since` to the first moment it was.
 */
export async function converged(since: number, timeoutMs = 240_000, flows: readonly FlowDef[] = view.flows): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const check = () => allFlowsDiff(flows).catch((e) => [`cannot read: ${(e as Error).message}`]);
  for (;;) {
    const diff = await check();
    if (!diff.length) {
      const at = (Date.now() - since) / 1000;
      await sleep(QUIET_MS);
      const later = await check();
      if (!later.length) return at;
      throw new Error(`targets were exact ${at}s after the fault, then differed ${QUIET_MS / 1000}s later (${later.length} difference(s)):\n${later.slice(0, 15).join('\n')}`);
    }
    if (Date.now() > deadline) throw new Error(`targets not converged after ${timeoutMs / 1000}s (${diff.length} difference(s)):\n${diff.slice(0, 15).join('\n')}`);
    await sleep(500);
  }
}

/**
 * A write the application retries until its database takes it (it may be down for a while). A crash
 * can take a commit whose answer never came back: an INSERT retried after that meets its own row
 * (unique violation), which means the first attempt committed, as an application would conclude.
 */
async function writeOnce(db: Db, sql: string, params: unknown[], viaSocket = false): Promise<void> {
  let outcomeUnknown = false;
  for (;;) {
    // its own session, whose loss (the database stopping under it) is an error to retry, not a crash
    const c = new Client({ ...LOCAL[db], ...(viaSocket ? { host: LOCAL_SOCKET_DIR } : {}), user: APP_ROLE[db] });
    c.on('error', () => undefined);
    let sent = false;
    try {
      await c.connect();
      sent = true;
      await c.query(sql, params);
      return;
    } catch (e) {
      const { code, message } = e as { code?: string; message?: string };
      if (outcomeUnknown && code === '23505' && /^\s*INSERT/i.test(sql)) return;
      // constraint or syntax errors are the test's own bugs: only unavailability is retried
      const unavailable = (code && /^(08|57|53|E[A-Z]+$)/.test(code)) || /Connection terminated|not queryable|the database system is (starting up|shutting down)/.test(message ?? '');
      if (!unavailable) throw e;
      outcomeUnknown ||= sent;
      await sleep(200);
    } finally {
      await c.end().catch(() => undefined);
    }
  }
}

export interface Burst {
  /** changes written, both directions */
  readonly rows: number;
  readonly insights: string[];
  readonly recommendations: string[];
}

/**
 * `n` rounds of changes on both sides (`recommendations: false` leaves ml.recommendation alone), `gapMs` apart, each side in its own loop (a side whose
 * database is down waits while the other goes on): warehouse → citizen inserts, updates and deletes
 * of insights, new recommendations, registry profile updates; citizen → warehouse submissions,
 * profile updates and recommendation responses.
 */
export async function burst(tag: string, n: number, gapMs: number, opts: { recommendations?: boolean; viaSocket?: boolean } = {}): Promise<Burst> {
  const withRecommendations = opts.recommendations ?? true;
  const write = (db: Db, sql: string, params: unknown[]) => writeOnce(db, sql, params, opts.viaSocket);
  const insights: string[] = [];
  const recommendations: string[] = [];
  const warehouse = (async () => {
    for (let i = 0; i < n; i++) {
      const id = randomUUID();
      insights.push(id);
      await write('warehouse', `INSERT INTO ml.eligibility_insight (insight_id, citizen_id, program_code, eligibility_score, is_eligible, explanation, status) VALUES ($1, $2, $3, $4, true, $5, 'published')`, [
        id,
        SEED.profile,
        tag,
        (i % 9) / 10,
        `${tag} #${i}`,
      ]);
      if (withRecommendations) {
        const rec = randomUUID();
        recommendations.push(rec);
        await write('warehouse', `INSERT INTO ml.recommendation (recommendation_id, citizen_id, program_code, rank, reason_code) VALUES ($1, $2, $3, $4, 'R-BURST')`, [rec, SEED.profile, tag, i]);
      }
      if (i % 4 === 3) await write('warehouse', 'UPDATE ml.eligibility_insight SET explanation = $2 WHERE insight_id = $1', [insights[i - 1], `${tag} updated #${i}`]);
      if (i % 5 === 4) await write('warehouse', 'DELETE FROM ml.eligibility_insight WHERE insight_id = $1', [insights[i - 2]]);
      await write('warehouse', 'UPDATE analytics.citizen_profile SET postal_code = $2 WHERE citizen_id = $1', [SEED.profile, `${tag.slice(0, 6)}${i}`]);
      if (gapMs) await sleep(gapMs);
    }
    // the seeded profile as it was: other suites expect the seed
    await write('warehouse', 'UPDATE analytics.citizen_profile SET postal_code = $2 WHERE citizen_id = $1', [SEED.profile, SEED_VALUES.profilePostalCode]);
  })();
  const citizen = (async () => {
    for (let i = 0; i < n; i++) {
      await write('citizen', `INSERT INTO portal.citizen_submission (id, citizen_id, category, payload, free_text, consent_research) VALUES ($1, $2, $3, '{"n": 1}', $4, true)`, [randomUUID(), SEED.portalCitizen, tag, `free text ${i}`]);
      await write('citizen', 'UPDATE portal.citizen SET phone = $2 WHERE id = $1', [SEED.portalCitizen, `+358${i}`]);
      await write('citizen', 'UPDATE portal.recommendation SET status = $2, responded_at = now() WHERE id = $1', [SEED.recommendation, i % 2 ? 'accepted' : 'dismissed']);
      if (gapMs) await sleep(gapMs);
    }
    // the seeded citizen and recommendation as they were (no response yet)
    await write('citizen', 'UPDATE portal.citizen SET phone = $2 WHERE id = $1', [SEED.portalCitizen, SEED_VALUES.portalCitizenPhone]);
    await write('citizen', "UPDATE portal.recommendation SET status = 'new', responded_at = NULL WHERE id = $1", [SEED.recommendation]);
  })();
  await Promise.all([warehouse, citizen]);
  // per round: insight, recommendation, profile update (+ every 4th an update, every 5th a delete); submission, citizen update,
  // response; then the three seeded rows put back
  return { rows: n * (withRecommendations ? 6 : 5) + Math.floor(n / 4) + Math.floor(n / 5) + 3, insights, recommendations };
}
