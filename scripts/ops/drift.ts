/**
 * Schema drift: a column the pipeline carries (CatalogueView.carriedColumns) that is missing,
 * renamed or of another type in its database. Read by `preflight` and `status`; judged here
 * without engines. The sinks park records whose carried columns drifted (connect-plugin/), and the
 * DDL guard of sql/V003 refuses such DDL where the stack could install it.
 */
import { Client } from 'pg';
import { CarriedColumn, CatalogueView, ORIGIN_COLUMN } from '../../catalogue/derive';
import { DatabaseId } from '../../catalogue/model';
import { CLI } from './io';

/** What the database holds for one carried column. */
export interface ColumnFound {
  readonly table: string;
  readonly column: string;
  readonly tableExists: boolean;
  /** format_type of the column, null when it does not exist */
  readonly actualType: string | null;
  /** whether its base type is the catalogue's (to_regtype), null when it does not exist */
  readonly sameBaseType: boolean | null;
  /** columns of the table the catalogue does not know, with their types: rename candidates */
  readonly unknownColumns: ReadonlyArray<{ readonly name: string; readonly type: string; readonly sameBaseType: boolean }>;
}

export interface Drift {
  readonly database: DatabaseId;
  readonly table: string;
  readonly column: string;
  readonly flows: readonly string[];
  /** missing: no such column (nor a likely renamed one); renamed: another column looks like it; retyped; no table */
  readonly kind: 'missing' | 'renamed' | 'retyped' | 'no-table';
  readonly problem: string;
  /** SQL that restores what the pipeline needs, when it can be known */
  readonly fixSql?: string;
}

/** One query per database: each carried column as the database has it. */
export async function readCarriedColumns(c: Client, view: CatalogueView, db: DatabaseId): Promise<ColumnFound[]> {
  const carried = view.carriedColumns(db);
  if (!carried.length) return [];
  const known = (table: string) => [...view.table(db, table).columns.map((x) => x.name), ORIGIN_COLUMN];
  const tables = [...new Set(carried.map((x) => x.table))];
  const rows = (
    await c.query<{ t: string; col: string; type: string; expected: string | null; exists: boolean; same: boolean | null; actual: string | null }>(
      `SELECT x.t, x.col, x.type,
              to_regclass(x.t) IS NOT NULL AS exists,
              format_type(a.atttypid, a.atttypmod) AS actual,
              CASE WHEN a.attname IS NULL THEN NULL ELSE a.atttypid = to_regtype(x.type) END AS same
         FROM unnest($1::text[], $2::text[], $3::text[]) AS x(t, col, type)
         LEFT JOIN pg_attribute a ON a.attrelid = to_regclass(x.t) AND a.attname = x.col AND a.attnum > 0 AND NOT a.attisdropped`,
      [carried.map((x) => x.table), carried.map((x) => x.column), carried.map((x) => x.type)],
    )
  ).rows;
  const others = (
    await c.query<{ t: string; name: string; type: string; typid: number }>(
      `SELECT t, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.atttypid::int AS typid
         FROM unnest($1::text[]) AS t JOIN pg_attribute a ON a.attrelid = to_regclass(t) AND a.attnum > 0 AND NOT a.attisdropped`,
      [tables],
    )
  ).rows;
  const baseOf = new Map(
    (await c.query<{ type: string; oid: number | null }>(`SELECT type, to_regtype(type)::oid::int AS oid FROM unnest($1::text[]) AS type`, [[...new Set(carried.map((x) => x.type))]])).rows.map((r) => [r.type, r.oid]),
  );
  return rows.map((r) => ({
    table: r.t,
    column: r.col,
    tableExists: r.exists,
    actualType: r.actual,
    sameBaseType: r.same,
    unknownColumns: others
      .filter((o) => o.t === r.t && !known(r.t).includes(o.name))
      .map((o) => ({ name: o.name, type: o.type, sameBaseType: o.typid === baseOf.get(r.type) })),
  }));
}

const quoteIdent = (s: string) => (/^[a-z_][a-z0-9_]*$/.test(s) ? s : `"${s.replace(/"/g, '""')}"`);

/** The drifted carried columns, each with the flows it breaks and, when it can be known, the SQL that restores it. */
export function judgeDrift(view: CatalogueView, db: DatabaseId, found: readonly ColumnFound[]): Drift[] {
  const carried = new Map(view.carriedColumns(db).map((c: CarriedColumn) => [`${c.table}.${c.column}`, c]));
  const out: Drift[] = [];
  for (const f of found) {
    const c = carried.get(`${f.table}.${f.column}`);
    if (!c) continue;
    const base = { database: db, table: f.table, column: f.column, flows: c.flows };
    if (!f.tableExists) {
      out.push({ ...base, kind: 'no-table', problem: `table ${f.table} does not exist (renamed or dropped)` });
      continue;
    }
    if (f.actualType === null) {
      // a single unknown column of the same base type is most likely the renamed one
      const candidates = f.unknownColumns.filter((u) => u.sameBaseType);
      const missingHere = found.filter((x) => x.table === f.table && x.tableExists && x.actualType === null).length;
      const renamed = candidates.length === 1 && missingHere === 1 ? candidates[0].name : undefined;
      out.push({
        ...base,
        kind: renamed ? 'renamed' : 'missing',
        problem: `column ${f.table}.${f.column} (${c.type}) is missing${renamed ? `; ${renamed} looks like it renamed` : ' (renamed or dropped)'}`,
        fixSql: renamed ? `ALTER TABLE ${f.table} RENAME COLUMN ${quoteIdent(renamed)} TO ${quoteIdent(f.column)};` : `ALTER TABLE ${f.table} ADD COLUMN ${quoteIdent(f.column)} ${c.type};`,
      });
      continue;
    }
    if (f.sameBaseType === false)
      out.push({
        ...base,
        kind: 'retyped',
        problem: `column ${f.table}.${f.column} is ${f.actualType}, the pipeline carries ${c.type}`,
        fixSql: `ALTER TABLE ${f.table} ALTER COLUMN ${quoteIdent(f.column)} TYPE ${c.type} USING ${quoteIdent(f.column)}::${c.type};`,
      });
  }
  return out;
}

/**
 * The literal fix of a drift: the SQL, in a transaction that overrides the DDL guard (which would
 * refuse it while another carried column of the table is still drifted), then replay.
 */
export function driftFix(d: Drift, env: string, ops = CLI): string {
  const replay = d.flows.map((f) => `${ops} repair replay ${env} ${f}`).join('; ');
  if (!d.fixSql) return `restore ${d.table} as the catalogue describes it (or change catalogue/smart.ts and redeploy), then: ${replay}`;
  return `on ${d.database}: BEGIN; SET LOCAL smart_cdc.allow_carried_ddl = on; ${d.fixSql} COMMIT;  then: ${replay}`;
}
