import { randomUUID } from 'crypto';
import { app, Db, eventually, query, sleep, topicSize } from './engines';

/** The citizen profile on either side: analytics.citizen_profile (warehouse), portal.citizen (citizen). */
export const PROFILE = {
  warehouse: { table: 'analytics.citizen_profile', key: 'citizen_id' },
  citizen: { table: 'portal.citizen', key: 'id' },
} as const;

export type SharedRow = { household_size: number | null; household_size_updated_at: Date | null } & Record<string, unknown>;

export async function sharedRow(db: Db, id: string): Promise<SharedRow> {
  const rows = await query<SharedRow>(db, `SELECT * FROM ${PROFILE[db].table} WHERE ${PROFILE[db].key} = $1`, [id]);
  if (rows.length !== 1) throw new Error(`no ${db} row ${id}`);
  return rows[0];
}

/** A citizen present on both sides (created by the registry, replicated to the portal). */
export async function newCitizen(version = '2026-02-01T00:00:00Z'): Promise<string> {
  const id = randomUUID();
  await app('warehouse', `INSERT INTO analytics.citizen_profile (citizen_id, full_name, household_size, household_size_updated_at) VALUES ($1, 'Both Sides', 1, $2)`, [id, version]);
  await eventually(() => sharedRow('citizen', id));
  return id;
}

/** Table content fingerprint and write counters: both must hold still once the pipeline is quiet. */
async function fingerprint(): Promise<string> {
  const w = await query('warehouse', "SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) AS h, (SELECT sum(n_tup_ins + n_tup_upd + n_tup_del) FROM pg_stat_user_tables WHERE schemaname IN ('analytics','ml','staging')) AS n FROM analytics.citizen_profile t");
  const c = await query('citizen', "SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) AS h, (SELECT sum(n_tup_ins + n_tup_upd + n_tup_del) FROM pg_stat_user_tables WHERE schemaname = 'portal') AS n FROM portal.citizen t");
  return JSON.stringify([w, c]);
}

/** Waits until the topics' sizes and both profile tables stop changing (4 s apart); returns the sizes. */
export async function quiescent(topics: string[], timeoutMs = 120_000): Promise<Record<string, number>> {
  let last = '';
  return eventually(async () => {
    const sizes = Object.fromEntries(await Promise.all(topics.map(async (t) => [t, await topicSize(t)] as const)));
    const now = JSON.stringify(sizes) + (await fingerprint());
    const same = now === last;
    last = now;
    if (!same) {
      await sleep(4_000);
      throw new Error('still changing');
    }
    return sizes;
  }, timeoutMs, 0);
}
