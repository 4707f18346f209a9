import { CatalogueView } from '../../../../catalogue/derive';
import { ColumnDef } from '../../../../catalogue/model';
import { truncateGuardedTables } from '../../../../constructs/database/sql';
import { Db } from '../engines';
import { Rand } from './prng';
import { lit, ordinaryFor, valueFor, ValueKind } from './values';

/**
 * A seeded random workload over every flow's source table, in both directions, as the applications
 * would write it: each database's application writes the columns it owns (never the ones a flow
 * brings in, but the shared last-writer-wins fields), inserts where it creates rows, deletes and
 * changes keys where no flow writes the table. Generated whole from the seed before it runs, so a
 * failing program can be run again, and shrunk.
 * Keys are tokens (`{k:N}`, bulk rows `{ns}`) resolved per run: the same program runs again on fresh rows.
 */

export type OpKind = 'insert' | 'update' | 'shared-update' | 'delete' | 'key-change' | 'truncate' | 'truncate-many' | 'bulk-insert' | 'bulk-update';

export interface Statement {
  readonly sql: string;
  /** a statement the stack must refuse (the TRUNCATE guard): its error must match */
  readonly refused?: RegExp;
}

export interface Txn {
  readonly db: Db;
  /** `rollback`: written, then rolled back (nothing may arrive) */
  readonly end: 'commit' | 'rollback';
  readonly statements: readonly Statement[];
}

export interface Coverage {
  readonly ops: Record<string, number>;
  /** `type/kind` → values written */
  readonly values: Record<string, number>;
}

export interface Program {
  readonly seed: number;
  readonly txns: readonly Txn[];
  /** the bulk table and rows written in one transaction (and updated in another), if any */
  readonly bulk?: { readonly db: Db; readonly table: string; readonly key: string; readonly rows: number };
  readonly coverage: Coverage;
}

/** What the application may do to one captured table, derived from the catalogue. */
export interface TableModel {
  readonly db: Db;
  readonly table: string;
  readonly key: string;
  readonly columns: readonly ColumnDef[];
  /** the columns this database's application owns (and the shared ones) */
  readonly owned: readonly ColumnDef[];
  readonly shared: readonly string[];
  /** it creates rows here (no flow writes the table, or only flows that leave its rows alone on delete) */
  readonly inserts: boolean;
  /** it deletes rows and changes keys here (no flow writes the table) */
  readonly removes: boolean;
  /** a TRUNCATE of it is refused (a flow carries its deletes) */
  readonly truncateRefused: boolean;
  /** tables whose keys arrive here through a flow (the same key values) */
  readonly keysFrom: readonly string[];
}

export function tableModels(view: CatalogueView): TableModel[] {
  return view.databaseIds.flatMap((db) => {
    const guarded = new Set(truncateGuardedTables(view, db).map((t) => t.table));
    return view.capturedTables(db).map((table): TableModel => {
      const into = view.flowsInto(db).filter((f) => f.target.table === table);
      const shared = view.sharedFieldsOf(db, table).flatMap((s) => [s.column, s.versionColumn]);
      const foreign = new Set(into.flatMap((f) => Object.values(f.fields)).filter((c) => !shared.includes(c)));
      const columns = view.table(db, table).columns;
      const key = view.primaryKey(db, table).name;
      return {
        db: db as Db,
        table,
        key,
        columns,
        owned: columns.filter((c) => !c.primaryKey && !foreign.has(c.name)),
        shared,
        inserts: into.every((f) => f.deletes === 'ignore'),
        removes: into.length === 0,
        truncateRefused: guarded.has(table),
        keysFrom: into.map((f) => f.source.table),
      };
    });
  });
}

export const keyToken = (slot: number) => `{k:${slot}}`;
/** Key of slot `slot` in the run `ns` (8 hex digits): every key of a run starts with its ns. */
export const keyOf = (ns: string, slot: number) => `${ns}-0000-4000-8000-${slot.toString(16).padStart(12, '0')}`;
/** The same, in SQL, for bulk row `i`: another variant digit, so bulk and single rows never collide. */
const bulkKeySql = `('{ns}-0000-4000-9000-' || lpad(to_hex(i), 12, '0'))::uuid`;
export const resolve = (sql: string, ns: string) => sql.replace(/\{k:(\d+)\}/g, (_, n) => keyOf(ns, Number(n))).replace(/\{ns\}/g, ns);

export interface ProgramOptions {
  /** transactions to generate (besides the bulk ones) */
  readonly txns: number;
  /** rows of the one large transaction (0: none) */
  readonly bulkRows: number;
}

export function generate(view: CatalogueView, r: Rand, opts: ProgramOptions): Program {
  const models = tableModels(view);
  const pools = new Map<string, number[]>(models.map((m) => [m.table, []]));
  let nextSlot = 1;
  const ops: Record<string, number> = {};
  const values: Record<string, number> = {};
  const count = (o: OpKind) => (ops[o] = (ops[o] ?? 0) + 1);
  const value = (c: ColumnDef, big = true) => {
    const v = valueFor(c, r, big);
    const k = `${c.type}/${v.kind satisfies ValueKind}`;
    values[k] = (values[k] ?? 0) + 1;
    return v.sql;
  };
  /** keys that may exist in the table: its own, and those flows bring from their sources */
  const keysOf = (m: TableModel) => [...pools.get(m.table)!, ...m.keysFrom.flatMap((t) => pools.get(t) ?? [])];

  function statement(m: TableModel, kind: OpKind): Statement {
    count(kind);
    const t = m.table;
    const where = (slot: number) => `WHERE ${m.key} = '${keyToken(slot)}'`;
    switch (kind) {
      case 'insert': {
        const slot = nextSlot++;
        pools.get(t)!.push(slot);
        const cols = m.owned.filter((c) => c.nullable === false || r.chance(0.8));
        return { sql: `INSERT INTO ${t} (${[m.key, ...cols.map((c) => c.name)].join(', ')}) VALUES ('${keyToken(slot)}', ${cols.map((c) => value(c)).join(', ')})` };
      }
      case 'update': {
        const cols = r.subset(m.owned);
        return { sql: `UPDATE ${t} SET ${cols.map((c) => `${c.name} = ${value(c)}`).join(', ')} ${where(r.pick(keysOf(m)))}` };
      }
      case 'shared-update': {
        // the value only (the trigger stamps the version), or an explicit version from the past
        const [col, version] = m.shared;
        const past = r.chance(0.3) ? `, ${version} = now() - interval '${r.int(1, 300)} seconds'` : '';
        return { sql: `UPDATE ${t} SET ${col} = ${r.int(1, 9)}${past} ${where(r.pick(keysOf(m)))}` };
      }
      case 'delete': {
        const pool = pools.get(t)!;
        const slot = pool.splice(r.int(0, pool.length - 1), 1)[0];
        return { sql: `DELETE FROM ${t} ${where(slot)}` };
      }
      case 'key-change': {
        const pool = pools.get(t)!;
        const i = r.int(0, pool.length - 1);
        const slot = nextSlot++;
        const old = pool[i];
        pool[i] = slot;
        return { sql: `UPDATE ${t} SET ${m.key} = '${keyToken(slot)}' ${where(old)}` };
      }
      case 'truncate':
        return { sql: `TRUNCATE ${t}`, refused: /TRUNCATE of .* refused: flow .* carries its deletes/ };
      case 'truncate-many':
        return { sql: `TRUNCATE ${models.filter((x) => x.db === m.db && x.truncateRefused).map((x) => x.table).join(', ')}`, refused: /TRUNCATE of .* refused/ };
      default:
        throw new Error(`workload: ${kind} is not a single statement`);
    }
  }

  /** The kinds of change possible on `m` now, with their weights. */
  function choices(m: TableModel): Array<[OpKind, number]> {
    const own = pools.get(m.table)!.length > 0;
    const any = keysOf(m).length > 0;
    const out: Array<[OpKind, number]> = [];
    if (m.inserts) out.push(['insert', own || !any ? 4 : 2]);
    if (any && m.owned.length) out.push(['update', 5]);
    if (any && m.shared.length) out.push(['shared-update', 3]);
    if (own && m.removes) out.push(['delete', 1.5], ['key-change', 0.8]);
    if (m.truncateRefused) out.push(['truncate', 0.15], ['truncate-many', 0.1]);
    return out;
  }

  function pickKind(m: TableModel): OpKind | undefined {
    const cs = choices(m);
    const total = cs.reduce((n, [, w]) => n + w, 0);
    let x = r.next() * total;
    for (const [k, w] of cs) if ((x -= w) < 0) return k;
    return cs[cs.length - 1]?.[0];
  }

  const txns: Txn[] = [];
  while (txns.length < opts.txns) {
    const m = r.pick(models);
    const size = r.chance(0.7) ? 1 : r.int(2, 12);
    const rollback = size > 1 && r.chance(0.15);
    // a rolled-back transaction leaves the model as it was
    const saved = rollback ? new Map([...pools].map(([k, v]) => [k, [...v]])) : undefined;
    const statements: Statement[] = [];
    for (let i = 0; i < size; i++) {
      const kind = pickKind(m);
      if (!kind) break;
      // a refused statement ends its transaction: alone, in a transaction of its own
      if ((kind === 'truncate' || kind === 'truncate-many') && size > 1) continue;
      statements.push(statement(m, kind));
    }
    if (saved) for (const [k, v] of saved) pools.set(k, v);
    if (statements.length) txns.push({ db: m.db, end: rollback ? 'rollback' : 'commit', statements });
  }

  let bulk: Program['bulk'];
  if (opts.bulkRows > 0) {
    const m = r.pick(models.filter((x) => x.inserts && x.removes));
    const cols = m.owned;
    const exprs = cols.map((c) =>
      c.allowed ? `(ARRAY[${c.allowed.map(lit).join(', ')}])[1 + i % ${c.allowed.length}]` : c.type === 'boolean' ? '(i % 2 = 0)' : ordinaryFor(c, r),
    );
    count('bulk-insert');
    count('bulk-update');
    const key = m.key;
    const bulkRows = `${key}::text LIKE '{ns}-0000-4000-9000-%'`;
    const upd = r.pick(m.owned.filter((c) => !c.allowed && c.type !== 'boolean' && c.nullable !== false)) ?? m.owned[0];
    txns.splice(r.int(0, txns.length), 0, {
      db: m.db,
      end: 'commit',
      statements: [
        { sql: `INSERT INTO ${m.table} (${[key, ...cols.map((c) => c.name)].join(', ')}) SELECT ${[bulkKeySql, ...exprs].join(', ')} FROM generate_series(1, ${opts.bulkRows}) i` },
        { sql: `UPDATE ${m.table} SET ${upd.name} = ${ordinaryFor(upd, r)} WHERE ${bulkRows} AND right(${key}::text, 1) IN ('0', '7')` },
      ],
    });
    bulk = { db: m.db, table: m.table, key, rows: opts.bulkRows };
  }
  return { seed: r.seed, txns, bulk, coverage: { ops, values } };
}

/** The program as SQL, one transaction per block, keys as tokens. */
export function programText(txns: readonly Txn[]): string {
  return txns.map((t) => `-- ${t.db}\nBEGIN;\n${t.statements.map((s) => `${s.sql.length > 400 ? `${s.sql.slice(0, 400)}…` : s.sql};`).join('\n')}\n${t.end === 'commit' ? 'COMMIT' : 'ROLLBACK'};`).join('\n');
}
