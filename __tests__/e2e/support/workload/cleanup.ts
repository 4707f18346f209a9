import { SMART_CATALOGUE } from '../../../../catalogue/smart';
import { loadEnvironment } from '../../../../environments';
import { viewOf } from '../../../../scripts/ops/context';
import { ops } from '../../ops/run';
import { app } from '../engines';
import { flowStates, settle, silent } from './oracle';
import { tableModels } from './program';
import { prng } from './prng';
import { ordinaryFor, PARKING_EDGES } from './values';

/**
 * What a seeded workload leaves behind, undone by the application that owns each row: the suites
 * after a workload read whole tables, count dead letters and refuse (preflight) values no flow can
 * carry, such as dates before year 1.
 */

const models = tableModels(viewOf(loadEnvironment('local', SMART_CATALOGUE)));

/** The run's values no flow can carry exactly, put back to ordinary ones. */
export async function heal(ns: string): Promise<void> {
  const r = prng(1);
  for (const m of models)
    for (const c of m.owned) {
      const edges = PARKING_EDGES[c.type] ?? [];
      if (edges.length)
        await app(m.db, `UPDATE ${m.table} SET ${c.name} = ${ordinaryFor(c, r)} WHERE ${m.key}::text LIKE '${ns}%' AND ${c.name} IN (${edges.map((e) => `${e}::${c.type}`).join(', ')})`);
    }
}

/** The run's rows deleted where the application deletes, its large values made small elsewhere. */
export async function tidy(ns: string): Promise<void> {
  for (const m of models) {
    const mine = `${m.key}::text LIKE '${ns}%'`;
    if (m.removes) await app(m.db, `DELETE FROM ${m.table} WHERE ${mine}`);
    else
      for (const c of m.owned.filter((x) => x.type === 'text' || x.type === 'jsonb'))
        await app(m.db, `UPDATE ${m.table} SET ${c.name} = ${c.type === 'jsonb' ? `'{"tidied": true}'` : `'tidied'`} WHERE ${mine} AND octet_length(${c.name}::text) > 10000`);
  }
}

/**
 * A run put behind the suites that follow, as a user would: its values healed and its rows tidied,
 * what that parks replayed (an UPDATE leaving an out-of-line value unchanged is parked where the
 * replica identity is not FULL), until no row of the run differs; what is left parked is discarded.
 * Returns the run's rows that still differ (none when it worked).
 */
export async function putBehind(ns: string): Promise<string[]> {
  const replayFlagged = async () => {
    for (const s of (await flowStates(ns)).filter((x) => x.flagged.size)) await ops(['repair', 'replay', 'local', s.flow]);
  };
  const differing = async () => (await flowStates(ns)).flatMap((s) => s.differing.map((k) => `${s.flow}: ${k}`));
  for (const step of [heal, tidy]) {
    await step(ns);
    await settle(async () => silent(await flowStates(ns)), 240_000);
    await replayFlagged();
  }
  const left = await settle(differing, 180_000);
  for (const s of (await flowStates(ns)).filter((x) => x.flagged.size)) await ops(['repair', 'discard', 'local', s.flow]);
  return left;
}
