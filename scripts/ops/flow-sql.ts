/**
 * A flow's mapping written in SQL, as the streaming path applies it: the rows it carries (its
 * filter; at an origin-marked source, not the rows only the other side's sink ever wrote) and each
 * carried value (SENSITIVE text as the salted hash `HashColumns` writes: lower-case hex of
 * SHA-256(salt ‖ value), both UTF-8). `verify` compares with it; `bulk-copy` loads with it.
 */
import { CatalogueView, filterSql } from '../../catalogue/derive';
import { FlowDef } from '../../catalogue/model';

export const isSensitive = (view: CatalogueView, f: FlowDef, column: string): boolean => view.column(f.source.database, f.source.table, column).class === 'SENSITIVE';

/** The flow's SENSITIVE carried columns (they leave the source only hashed). */
export const sensitiveColumns = (view: CatalogueView, f: FlowDef): string[] => Object.keys(f.fields).filter((c) => isSensitive(view, f, c));

/** A carried source column's value as the target receives it; `salt` is the SQL expression of the salt. */
export const carriedValueSql = (view: CatalogueView, f: FlowDef, column: string, salt: string): string =>
  isSensitive(view, f, column) ? `encode(sha256(convert_to(${salt} || ${column}, 'UTF8')), 'hex')` : column;

/**
 * The conditions on source rows the flow carries: its filter and, where its source table is
 * origin-marked, not a row only the other side's sink ever wrote (what a snapshot read lets through).
 */
export function carriedRowsConditions(view: CatalogueView, f: FlowDef, opts: { withEchoes?: boolean } = {}): string[] {
  return [f.filter ? filterSql(f.filter) : '', opts.withEchoes ? '' : (view.snapshotCarriedSql(f.source.database, f.source.table) ?? '')].filter(Boolean);
}
