/**
 * The benchmark's workload and the two paths it travels, both derived from the catalogue:
 *
 * - `pipeline`: a flow of the deployed stack (source table → Debezium → Kafka → JDBC sink → target);
 * - `native`: PostgreSQL logical replication of the same source table, with the flow's columns
 *   (publication column list) and row filter, into a table of the same name in a scratch database
 *   on the target cluster (native replication cannot rename tables or columns).
 *
 * Rows of one run share an id prefix, so every query of a run is a primary-key range scan.
 */
import { CatalogueView, filterSql } from '../../catalogue/derive';
import { ColumnDef, DatabaseId, FlowDef } from '../../catalogue/model';

/** Scratch database, on both clusters, of the native replication path. */
export const NATIVE_DB = 'smart_cdc_bench';

export type Path = 'native' | 'pipeline';

export interface Endpoint {
  readonly db: DatabaseId;
  /** PostgreSQL database name */
  readonly database: string;
  readonly table: string;
  readonly key: string;
  /** the carried columns, in the flow's order (compared by the checksum) */
  readonly columns: readonly string[];
  /** when a row became visible here; default: its transaction's commit timestamp */
  readonly visibleAt?: string;
}

/**
 * Column of the native path's target tables stamped when the apply worker inserts the row. Needed
 * because a subscriber records the *publisher's* commit time as its own commit timestamp.
 */
export const NATIVE_VISIBLE_COLUMN = 'bench_visible_at';

export interface Route {
  readonly path: Path;
  readonly flow: FlowDef;
  readonly source: Endpoint;
  readonly target: Endpoint;
}

export function pipelineRoute(view: CatalogueView, flow: FlowDef): Route {
  const key = view.primaryKey(flow.source.database, flow.source.table).name;
  return {
    path: 'pipeline',
    flow,
    source: { db: flow.source.database, database: view.database(flow.source.database).name, table: flow.source.table, key, columns: Object.keys(flow.fields) },
    target: { db: flow.target.database, database: view.database(flow.target.database).name, table: flow.target.table, key: flow.fields[key], columns: Object.values(flow.fields) },
  };
}

export function nativeRoute(view: CatalogueView, flow: FlowDef): Route {
  const p = pipelineRoute(view, flow);
  const same = { database: NATIVE_DB, table: flow.source.table, key: p.source.key, columns: p.source.columns };
  return { path: 'native', flow, source: { ...same, db: flow.source.database }, target: { ...same, db: flow.target.database, visibleAt: NATIVE_VISIBLE_COLUMN } };
}

/** Publication, subscription and slot name of a flow's native path. */
export const nativeName = (flow: FlowDef) => `smart_cdc_bench_${flow.name}`;

/** Publication of the native path: the flow's columns and row filter, like the pipeline's column.include.list and publication. */
export function nativePublicationSql(flow: FlowDef, columns: readonly string[]): string {
  const where = flow.filter ? ` WHERE (${filterSql(flow.filter)})` : '';
  // the workload only inserts: no replica identity is needed for the row filter
  return `CREATE PUBLICATION ${nativeName(flow)} FOR TABLE ${flow.source.table} (${columns.join(', ')})${where} WITH (publish = 'insert, update, delete')`;
}

/** Target table of the native path: the carried columns, typed as at the source. */
export function nativeTargetSql(view: CatalogueView, route: Route): string {
  const cols = route.source.columns.map((c) => {
    const def = view.column(route.flow.source.database, route.flow.source.table, c);
    return `${c} ${def.type}${def.primaryKey ? ' PRIMARY KEY' : ''}`;
  });
  // filled by the column default: the apply worker inserts only the published columns
  return `CREATE TABLE ${route.target.table} (${[...cols, `${NATIVE_VISIBLE_COLUMN} timestamptz DEFAULT clock_timestamp()`].join(', ')})`;
}

/**
 * Row ids of one run: `rrrrrrrr-pppp-4000-8000-<12 hex of the row number>`. Ascending, so inserts
 * append to the primary-key index on both paths alike, and a run is one key range.
 */
export class IdRange {
  readonly prefix: string;
  constructor(run: string, part: number) {
    if (!/^[0-9a-f]{8}$/.test(run)) throw new Error(`run id must be 8 hex digits, not '${run}'`);
    this.prefix = `${run}-${part.toString(16).padStart(4, '0')}-4000-8000-`;
  }
  get lo(): string {
    return `${this.prefix}000000000000`;
  }
  get hi(): string {
    return `${this.prefix}ffffffffffff`;
  }
  id(n: number): string {
    return `${this.prefix}${n.toString(16).padStart(12, '0')}`;
  }
}

/** SQL value of a source column for row number `g` (a bigint in the SELECT), valid for the flow's filter. */
function valueSql(c: ColumnDef, flow: FlowDef): string {
  if (c.primaryKey) {
    if (c.type !== 'uuid') throw new Error(`bench: primary key ${c.name} is ${c.type}; the workload generates uuid keys`);
    return `($3::text || lpad(to_hex(g), 12, '0'))::uuid`;
  }
  if (flow.filter?.column === c.name) return literal(flow.filter.in[0]);
  if (c.allowed) return literal(c.allowed[0]);
  const t = c.type.replace(/\(.*\)$/, '');
  switch (t) {
    case 'uuid':
      return 'md5(g::text)::uuid';
    case 'text':
      return `'${c.name}-' || (g % 97)`;
    case 'integer':
      return '(g % 10)::integer';
    case 'numeric':
      return '0.5';
    case 'boolean':
      return 'true';
    case 'timestamptz':
      return 'now()';
    case 'date':
      return 'current_date';
    case 'jsonb':
      return `jsonb_build_object('n', g % 97)`;
    default:
      throw new Error(`bench: no generator for column ${flow.source.table}.${c.name} of type ${c.type}`);
  }
}

const literal = (v: string | boolean) => (typeof v === 'boolean' ? String(v) : `'${v.replace(/'/g, "''")}'`);

/**
 * INSERT of rows $1..$2 (row numbers) with id prefix $3 into the flow's source table: every column
 * of the catalogue's table gets a value (INTERNAL ones too, as in production), filtered flows get
 * rows inside their filter.
 */
export function insertSql(view: CatalogueView, flow: FlowDef): string {
  const cols = view.table(flow.source.database, flow.source.table).columns;
  return (
    `INSERT INTO ${flow.source.table} (${cols.map((c) => c.name).join(', ')}) ` +
    `SELECT ${cols.map((c) => valueSql(c, flow)).join(', ')} FROM generate_series($1::bigint, $2::bigint) AS g`
  );
}

/** Row count and an order-independent checksum of the carried columns over an id range ($1..$2). */
export function checksumSql(e: Endpoint): string {
  const row = `concat_ws('|', ${e.columns.map((c) => `${c}::text`).join(', ')})`;
  return `SELECT count(*)::bigint AS n, coalesce(sum(hashtextextended(${row}, 0)::numeric), 0)::text AS sum FROM ${e.table} WHERE ${e.key} BETWEEN $1::uuid AND $2::uuid`;
}

const visibleMs = (e: Endpoint) => `extract(epoch FROM ${e.visibleAt ?? 'pg_xact_commit_timestamp(xmin)'}) * 1000`;

/** First and last time (epoch ms) rows of an id range became visible. Commit timestamps need track_commit_timestamp. */
export function visibleSpanSql(e: Endpoint): string {
  return `SELECT min(${visibleMs(e)})::float8 AS first, max(${visibleMs(e)})::float8 AS last FROM ${e.table} WHERE ${e.key} BETWEEN $1::uuid AND $2::uuid`;
}

/** When (epoch ms) each row of an id range became visible. */
export function visibleTimesSql(e: Endpoint): string {
  return `SELECT ${e.key}::text AS k, (${visibleMs(e)})::float8 AS ms FROM ${e.table} WHERE ${e.key} BETWEEN $1::uuid AND $2::uuid`;
}

export const countSql = (e: Endpoint) => `SELECT count(*)::bigint AS n FROM ${e.table} WHERE ${e.key} BETWEEN $1::uuid AND $2::uuid`;
export const existsSql = (e: Endpoint) => `SELECT 1 FROM ${e.table} WHERE ${e.key} = $1::uuid`;
