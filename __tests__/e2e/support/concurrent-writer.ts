import { randomUUID } from 'crypto';
import { app, query } from './engines';
import { SEED } from './fixtures';
import { settle } from './workload/oracle';

/**
 * A run of rows of flow recommendation (ml.recommendation → portal.recommendation, marked by its
 * program_code) and the application writing them while a repair copies the flow: the tests of a copy
 * made while the source is written.
 */

export interface Written {
  readonly inserted: string[];
  /** in order: the i-th got reason code R-UPDATED-i */
  readonly updated: string[];
  readonly deleted: string[];
}

/** Inserts `rows` rows of the run (reason code R-BULK); returns the keys of the first `keys` of them. */
export async function seedRun(ns: string, rows: number, keys: number): Promise<string[]> {
  await app('warehouse', `INSERT INTO ml.recommendation (recommendation_id, citizen_id, program_code, rank, reason_code) SELECT gen_random_uuid(), $1, $2, i, 'R-BULK' FROM generate_series(1, $3::int) i`, [SEED.profile, ns, rows]);
  return (await query<{ id: string }>('warehouse', 'SELECT recommendation_id::text AS id FROM ml.recommendation WHERE program_code = $1 ORDER BY rank LIMIT $2', [ns, keys])).map((r) => r.id);
}

/**
 * Writes as the application until stopped: each round inserts a row (R-DURING) and, while `keys`
 * last, updates one of them and deletes the next.
 */
export function startWriter(ns: string, keys: readonly string[], pauseMs: number): { readonly written: Written; stop: () => Promise<void> } {
  const written: Written = { inserted: [], updated: [], deleted: [] };
  let stopped = false;
  const done = (async () => {
    for (let i = 0; !stopped; i++) {
      const id = randomUUID();
      await app('warehouse', "INSERT INTO ml.recommendation (recommendation_id, citizen_id, program_code, rank, reason_code) VALUES ($1, $2, $3, -1, 'R-DURING')", [id, SEED.profile, ns]);
      written.inserted.push(id);
      if (2 * i + 1 < keys.length) {
        await app('warehouse', "UPDATE ml.recommendation SET reason_code = 'R-UPDATED-' || $2 WHERE recommendation_id = $1", [keys[2 * i], i]);
        written.updated.push(keys[2 * i]);
        await app('warehouse', 'DELETE FROM ml.recommendation WHERE recommendation_id = $1', [keys[2 * i + 1]]);
        written.deleted.push(keys[2 * i + 1]);
      }
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  })();
  return {
    written,
    stop: () => {
      stopped = true;
      return done;
    },
  };
}

/** What the target holds that the writer did not write: each written row checked, and the run's row count when `rows` is given. */
export async function writtenDifferences(ns: string, written: Written, rows?: number): Promise<string[]> {
  const there = new Map((await query<{ id: string; reason_code: string }>('citizen', 'SELECT id::text AS id, reason_code FROM portal.recommendation WHERE program_code = $1', [ns])).map((x) => [x.id, x.reason_code]));
  const count = rows === undefined ? undefined : rows + written.inserted.length - written.deleted.length;
  return [
    ...written.deleted.filter((id) => there.has(id)).map((id) => `${id}: deleted at the source, still at the target`),
    ...written.inserted.filter((id) => there.get(id) !== 'R-DURING').map((id) => `${id}: inserted as R-DURING, target has ${there.get(id)}`),
    ...written.updated.flatMap((id, i) => (there.get(id) === `R-UPDATED-${i}` ? [] : [`${id}: updated to R-UPDATED-${i}, target has ${there.get(id)}`])),
    ...(count === undefined || there.size === count ? [] : [`${there.size} rows of the run at the target, not ${count}`]),
  ];
}

/**
 * The run deleted at the source, and waited for until none of it is at the target: the suites after
 * one count the flow's records. Returns what is left (nothing when it worked).
 */
export async function removeRun(ns: string): Promise<string[]> {
  await app('warehouse', 'DELETE FROM ml.recommendation WHERE program_code = $1', [ns]);
  return settle(async () => {
    const [{ n }] = await query<{ n: string }>('citizen', 'SELECT count(*)::text AS n FROM portal.recommendation WHERE program_code = $1', [ns]);
    return n === '0' ? [] : [`${n} rows of the run still at the target`];
  }, 180_000);
}
