import { ColumnDef } from '../../../../catalogue/model';
import { TYPE_CASES, TypeCase } from '../type-cases';
import { Rand } from './prng';

/**
 * Values of a catalogue column, as SQL expressions: ordinary ones, the type's edge values (the type
 * round-trip suite's cases: limits, special values, empty and non-ASCII text), NULL where allowed,
 * text and jsonb large enough to be stored out of line (TOAST), and rarely of several megabytes.
 */

export type ValueKind = 'ordinary' | 'edge' | 'null' | 'toasted' | 'megabytes';

export interface Value {
  readonly sql: string;
  readonly kind: ValueKind;
}

export const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Edge literals the pipeline parks by design (type round-trip suite), per type: the rows holding them are flagged, not carried. */
export const PARKING_EDGES: Record<string, string[]> = Object.fromEntries(
  Object.entries(TYPE_CASES).map(([type, cases]) => [type, (cases as readonly TypeCase[]).flatMap((c) => (typeof c !== 'string' && c.parks ? [c.sql] : []))]),
);

const WORDS = ['housing', 'child care', 'pension', 'äiti', 'Åland', 'straße', 'naïve', '日本語', '🎉', 'O\'Brien', 'tab\there', 'line\nbreak', 'back\\slash', '"quoted"', '%_like'];

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Pseudo-random hex of about `bytes` bytes, built by the database (md5 chain), so it does not compress away. */
const bulkText = (r: Rand, bytes: number) => `(SELECT string_agg(md5(${lit(r.hex(8))} || i), '') FROM generate_series(1, ${Math.ceil(bytes / 32)}) i)`;

function ordinary(type: string, r: Rand): string {
  switch (type) {
    case 'uuid':
      return lit(`${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-8${r.hex(3)}-${r.hex(12)}`);
    case 'text':
      return lit(Array.from({ length: r.int(1, 4) }, () => r.pick(WORDS)).join(' '));
    case 'date':
      return lit(`${r.int(1900, 2030)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}`);
    case 'boolean':
      return r.chance(0.5) ? 'true' : 'false';
    case 'integer':
      return String(r.int(-1000, 1000));
    case 'timestamptz':
      // microseconds, and offsets other than UTC
      return lit(`${r.int(1970, 2040)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)} ${pad(r.int(0, 23), 2)}:${pad(r.int(0, 59), 2)}:${pad(r.int(0, 59), 2)}.${pad(r.int(0, 999999), 6)}${r.pick(['+00', '+05:30', '-08', '+14'])}`);
    case 'numeric(5,4)':
      return lit(`${r.chance(0.5) ? '-' : ''}${r.int(0, 9)}.${pad(r.int(0, 9999), 4)}`);
    case 'jsonb':
      return lit(JSON.stringify({ k: r.pick(WORDS), n: r.int(-1e6, 1e6) / 100, nested: { list: [r.int(0, 9), null, r.chance(0.5)], s: r.pick(WORDS) } }));
    default:
      throw new Error(`workload: no values for catalogue type '${type}' (add them here and to type-cases.ts)`);
  }
}

/** An ordinary value of `c` (never NULL, an edge or a large one): rows written by the hundred thousand. */
export const ordinaryFor = (c: ColumnDef, r: Rand): string => (c.allowed ? lit(r.pick(c.allowed)) : `${ordinary(c.type, r)}${c.type === 'text' ? '' : `::${c.type}`}`);

/** A value for column `c`; `big` allows out-of-line and multi-megabyte values (not in 100k-row statements). */
export function valueFor(c: ColumnDef, r: Rand, big = true): Value {
  if (c.allowed) return { sql: lit(r.pick(c.allowed)), kind: 'ordinary' };
  const nullable = c.nullable !== false && !c.primaryKey;
  const roll = r.next();
  if (nullable && roll < 0.1) return { sql: 'NULL', kind: 'null' };
  if (roll < 0.35) {
    // not the values a re-read cannot tell apart (`snapshot: false`: a BC date read over JDBC is the same day AD):
    // preflight refuses them at install, and a replay or reconcile would write them changed (a known limit)
    const edges = (TYPE_CASES[c.type as keyof typeof TYPE_CASES] as readonly TypeCase[] | undefined)
      ?.filter((x) => typeof x === 'string' || x.snapshot !== false)
      .map((x) => (typeof x === 'string' ? x : x.sql))
      .filter((s) => s !== 'NULL');
    if (edges?.length) {
      const sql = r.pick(edges);
      // uuids are keys of other rows elsewhere: a fixed edge uuid is fine in a non-key column only
      if (!(c.primaryKey && c.type === 'uuid')) return { sql: `(${sql})::${c.type}`, kind: 'edge' };
    }
  }
  if (big && (c.type === 'text' || c.type === 'jsonb') && roll > 0.9) {
    const megabytes = roll > 0.995;
    const bytes = megabytes ? r.int(1_500_000, 3_000_000) : r.int(3_000, 40_000);
    const text = bulkText(r, bytes);
    return { sql: c.type === 'jsonb' ? `jsonb_build_object('blob', ${text}, 'n', ${r.int(0, 99)})` : text, kind: megabytes ? 'megabytes' : 'toasted' };
  }
  return { sql: ordinaryFor(c, r), kind: 'ordinary' };
}
