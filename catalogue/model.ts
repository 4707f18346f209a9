/**
 * Types of the pipeline catalogue: the one description of databases, tables, columns,
 * flows and reader roles from which every artefact of the stack is derived.
 */

/** How a column may travel. */
export type ColumnClass =
  /** free to replicate */
  | 'PUBLIC'
  /** direct identifier: replicated between the two databases, masked for readers by Ranger */
  | 'PII'
  /** free text that may hold anything: leaves its origin only as a salted hash */
  | 'SENSITIVE'
  /** model internals: never leave the warehouse (not even into Kafka) */
  | 'INTERNAL';

export const COLUMN_CLASSES: readonly ColumnClass[] = ['PUBLIC', 'PII', 'SENSITIVE', 'INTERNAL'];

/** A database's id in the catalogue: lower_snake, part of slot, connector and topic names. */
export type DatabaseId = string;

export interface ColumnDef {
  readonly name: string;
  /** PostgreSQL type, used for the reference schema of local/dev */
  readonly type: string;
  readonly class: ColumnClass;
  readonly primaryKey?: boolean;
  /** @default true (primary keys are never null) */
  readonly nullable?: boolean;
  /** SQL default expression */
  readonly default?: string;
  /** allowed values, rendered as a CHECK constraint */
  readonly allowed?: readonly string[];
}

export interface TableDef {
  readonly schema: string;
  readonly name: string;
  readonly description: string;
  readonly columns: readonly ColumnDef[];
}

export interface DatabaseDef {
  readonly id: DatabaseId;
  /** PostgreSQL database name */
  readonly name: string;
  readonly description: string;
  /** INTERNAL columns may live here (and never leave); a database without it holds none */
  readonly internalHome?: boolean;
  readonly tables: readonly TableDef[];
}

/** A row filter on the source table; rendered as a publication WHERE clause and a snapshot override. */
export interface RowFilter {
  readonly column: string;
  /** the row belongs to the flow while the column holds one of these values */
  readonly in: readonly (string | boolean)[];
}

export type DeleteHandling =
  /** a delete at the source (or the row leaving the filter) deletes the target row */
  | 'propagate'
  /** deletes are dropped before the sink; the target keeps the row */
  | 'ignore';

export type Phase = 1 | 2 | 3 | 4;
export const PHASES: Record<Phase, string> = {
  1: 'warehouse → citizen',
  2: 'citizen → warehouse',
  3: 'masking governance',
  4: 'monitoring',
};

/**
 * A field both sides may change: last writer wins by `versionColumn`; on equal versions the
 * greater value wins, so both databases reach the same state whatever the arrival order.
 */
export interface SharedField {
  readonly column: string;
  readonly versionColumn: string;
}

export interface FlowDef {
  /** 1..n, stable */
  readonly id: number;
  /** short, lower_snake: used in connector, topic and consumer-group names */
  readonly name: string;
  readonly description: string;
  readonly phase: Phase;
  readonly source: { readonly database: DatabaseId; readonly table: string };
  readonly target: { readonly database: DatabaseId; readonly table: string };
  /**
   * source column → target column. Exactly these columns travel; the source primary key must be
   * among them. Ownership: the source side owns every mapped field except `shared` ones.
   */
  readonly fields: Readonly<Record<string, string>>;
  readonly filter?: RowFilter;
  readonly deletes: DeleteHandling;
  /** why the delete handling is what it is (documented) */
  readonly deletesReason: string;
  readonly shared?: readonly SharedField[];
}

/** Ranger mask types for PostgreSQL columns (the custom service definition's dataMaskDef). */
export type MaskType =
  | 'MASK'
  | 'MASK_SHOW_LAST_4'
  | 'MASK_SHOW_FIRST_4'
  | 'MASK_HASH'
  | 'MASK_NULL'
  | 'MASK_NONE'
  | 'MASK_DATE_SHOW_YEAR';

/** A role that reads a database through Ranger-governed engines. */
export interface ReaderRole {
  readonly name: string;
  readonly description: string;
  readonly database: DatabaseId;
  /** schema.table the role may read; '*' for every table of the database */
  readonly tables: readonly string[] | '*';
  /** the mask applied to each PII column by name; every PII column it can read needs one */
  readonly masks: Readonly<Record<string, MaskType>>;
}

export interface Catalogue {
  /** semver of the pipeline; the major version goes into names a breaking change must not reuse */
  readonly version: string;
  readonly databases: readonly DatabaseDef[];
  readonly flows: readonly FlowDef[];
  readonly readers: readonly ReaderRole[];
}
