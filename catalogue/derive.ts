import { Catalogue, ColumnDef, DatabaseDef, DatabaseId, FlowDef, Phase, RowFilter, TableDef } from './model';

/**
 * Views derived from the catalogue that several layers need. Names that a breaking change must not
 * reuse (slots, publications, connectors, topics) carry the catalogue's major version.
 */

/** Login roles the stack creates in each database: the source connector's and the sinks'. */
export const CAPTURE_ROLE = 'smart_cdc_capture';
export const SINK_ROLE = 'smart_cdc_sink';

/** Column the loop-prevention trigger writes on tables that are both a flow target and a flow source. */
export const ORIGIN_COLUMN = 'cdc_origin';
/**
 * Values of {@link ORIGIN_COLUMN}. A sink's write is `sink` on a row only sinks ever wrote (the other
 * side made it: its fields this side's flow carries were never this side's application's), and
 * `sink-over-app` on a row this side's application wrote before (those fields are its own). The
 * source connector drops the changes of both (loop prevention); a snapshot read carries
 * `sink-over-app` rows and drops `sink` ones, and verify compares them alike.
 */
export const ORIGIN_SINK = 'sink';
export const ORIGIN_SINK_OVER_APP = 'sink-over-app';
export const ORIGIN_APP = 'app';
/** Support schema created by sql/ migrations. */
export const SUPPORT_SCHEMA = 'cdc';
export const HEARTBEAT_TABLE = `${SUPPORT_SCHEMA}.heartbeat`;
export const SIGNAL_TABLE = `${SUPPORT_SCHEMA}.debezium_signal`;
/** Columns Debezium reads from a signal row (sql/V001__cdc_support.sql). */
export const SIGNAL_COLUMNS = ['id', 'type', 'data'] as const;

export const qualified = (t: TableDef): string => `${t.schema}.${t.name}`;

export class CatalogueView {
  readonly major: number;

  constructor(readonly catalogue: Catalogue, readonly phases: readonly Phase[] = [1, 2, 3, 4]) {
    this.major = Number(catalogue.version.split('.')[0]);
  }

  /** Flows whose phase the environment enables. */
  get flows(): FlowDef[] {
    return this.catalogue.flows.filter((f) => this.phases.includes(f.phase));
  }

  /** Every database of the catalogue, in catalogue order. */
  get databaseIds(): DatabaseId[] {
    return this.catalogue.databases.map((d) => d.id);
  }

  database(id: DatabaseId): DatabaseDef {
    const db = this.catalogue.databases.find((d) => d.id === id);
    if (!db) throw new Error(`catalogue: unknown database '${id}'`);
    return db;
  }

  table(db: DatabaseId, name: string): TableDef {
    const t = this.database(db).tables.find((x) => qualified(x) === name);
    if (!t) throw new Error(`catalogue: unknown table '${name}' in database '${db}'`);
    return t;
  }

  column(db: DatabaseId, table: string, name: string): ColumnDef {
    const c = this.table(db, table).columns.find((x) => x.name === name);
    if (!c) throw new Error(`catalogue: unknown column '${table}.${name}' in database '${db}'`);
    return c;
  }

  primaryKey(db: DatabaseId, table: string): ColumnDef {
    const pk = this.table(db, table).columns.filter((c) => c.primaryKey);
    if (pk.length !== 1) throw new Error(`catalogue: table '${table}' in '${db}' needs exactly one primary-key column`);
    return pk[0];
  }

  /** Databases some enabled flow reads from, in catalogue order. */
  get sourceDatabases(): DatabaseId[] {
    return this.catalogue.databases.map((d) => d.id).filter((id) => this.flowsFrom(id).length > 0);
  }

  flowsFrom(db: DatabaseId): FlowDef[] {
    return this.flows.filter((f) => f.source.database === db);
  }

  flowsInto(db: DatabaseId): FlowDef[] {
    return this.flows.filter((f) => f.target.database === db);
  }

  /** Source tables of the enabled flows leaving `db`: exactly what its publication lists. */
  capturedTables(db: DatabaseId): string[] {
    return unique(this.flowsFrom(db).map((f) => f.source.table));
  }

  targetTables(db: DatabaseId): string[] {
    return unique(this.flowsInto(db).map((f) => f.target.table));
  }

  /** Tables a sink writes that are also captured: their sink writes must not travel back. */
  echoGuardedTables(db: DatabaseId): string[] {
    const captured = new Set(this.capturedTables(db));
    return this.targetTables(db).filter((t) => captured.has(t));
  }

  /**
   * The condition on `table`'s rows that a snapshot read carries past the echo filter (not a row only
   * sinks ever wrote), or undefined on a table without origin marks: every row.
   */
  snapshotCarriedSql(db: DatabaseId, table: string): string | undefined {
    return this.echoGuardedTables(db).includes(table) ? `${ORIGIN_COLUMN} IS DISTINCT FROM '${ORIGIN_SINK}'` : undefined;
  }

  /**
   * The fields `f` carries that another flow writes into its source table (shared last-writer-wins
   * fields aside). A change of one there is that flow's sink's, which the echo filter keeps home: `f`
   * carries such a field as of the application's last write of the row (or a snapshot).
   */
  passedOnFields(f: FlowDef): string[] {
    const db = f.source.database;
    if (!this.echoGuardedTables(db).includes(f.source.table)) return [];
    const shared = new Set(this.sharedFieldsOf(db, f.source.table).flatMap((s) => [s.column, s.versionColumn]));
    const written = new Set(this.flowsInto(db).filter((g) => g.target.table === f.source.table).flatMap((g) => Object.values(g.fields)));
    const key = this.primaryKey(db, f.source.table).name;
    return Object.keys(f.fields).filter((c) => c !== key && written.has(c) && !shared.has(c));
  }

  /** Row filter of the flow reading `table`, if any. */
  filterOf(db: DatabaseId, table: string): RowFilter | undefined {
    return this.flowsFrom(db).find((f) => f.source.table === table)?.filter;
  }

  /** Shared fields written into `table` by some enabled flow. */
  sharedFieldsOf(db: DatabaseId, table: string) {
    return this.flowsInto(db)
      .filter((f) => f.target.table === table)
      .flatMap((f) => f.shared ?? []);
  }

  /**
   * Every column the pipeline depends on in `db`, with its catalogue type and the flows that need it:
   * the columns each flow reads at its source (and the origin marker the echo filter reads there),
   * and the columns each sink writes at its target. Renaming, dropping or retyping one breaks a flow:
   * preflight and status check them, the DDL guard refuses it.
   */
  carriedColumns(db: DatabaseId): CarriedColumn[] {
    const out = new Map<string, CarriedColumn>();
    const add = (table: string, column: string, type: string, flow: string) => {
      const key = `${table}.${column}`;
      const prev = out.get(key);
      out.set(key, { table, column, type, flows: prev ? unique([...prev.flows, flow]) : [flow] });
    };
    const guarded = new Set(this.echoGuardedTables(db));
    for (const f of this.flowsFrom(db)) {
      for (const c of Object.keys(f.fields)) add(f.source.table, c, this.column(db, f.source.table, c).type, f.name);
      if (guarded.has(f.source.table)) add(f.source.table, ORIGIN_COLUMN, 'text', f.name);
    }
    for (const f of this.flowsInto(db)) for (const c of Object.values(f.fields)) add(f.target.table, c, this.column(db, f.target.table, c).type, f.name);
    return [...out.values()];
  }

  columnsOfClass(db: DatabaseId, table: string, cls: ColumnDef['class']): string[] {
    return this.table(db, table)
      .columns.filter((c) => c.class === cls)
      .map((c) => c.name);
  }

  // ---- names ---------------------------------------------------------------------------------

  get versionTag(): string {
    return `v${this.major}`;
  }

  slotName(db: DatabaseId): string {
    return `smart_cdc_${this.versionTag}_${db}`;
  }

  publicationName(db: DatabaseId): string {
    return `smart_cdc_${this.versionTag}_${db}`;
  }

  /** Every connector name of this major version starts with it. */
  get connectorPrefix(): string {
    return `smart-cdc-${this.versionTag}-`;
  }

  sourceConnectorName(db: DatabaseId): string {
    return `${this.connectorPrefix}${db}-source`;
  }

  sinkConnectorName(flow: FlowDef): string {
    return `${this.connectorPrefix}${flow.name.replace(/_/g, '-')}-sink`;
  }

  /** Kafka Connect names a sink connector's consumer group `connect-<connector>`. */
  sinkConsumerGroup(flow: FlowDef): string {
    return `connect-${this.sinkConnectorName(flow)}`;
  }

  /** Every sink consumer group of this major version starts with it. */
  get sinkConsumerGroupPrefix(): string {
    return `connect-${this.connectorPrefix}`;
  }

  /** Every change and dead-letter topic of this major version starts with it. */
  get topicNamePrefix(): string {
    return `smart.${this.versionTag}.`;
  }

  topicPrefix(db: DatabaseId): string {
    return `${this.topicNamePrefix}${db}`;
  }

  changeTopic(flow: FlowDef): string {
    return this.tableTopic(flow.source.database, flow.source.table);
  }

  tableTopic(db: DatabaseId, table: string): string {
    return `${this.topicPrefix(db)}.${table}`;
  }

  /** Dead-letter topics are `<it><flow name>`. */
  get deadLetterTopicPrefix(): string {
    return `${this.topicNamePrefix}dlq.`;
  }

  deadLetterTopic(flow: FlowDef): string {
    return `${this.deadLetterTopicPrefix}${flow.name}`;
  }

  /** Consumer group whose committed offset marks how far a flow's dead-letter topic was replayed or discarded. */
  parkedHandledGroup(flow: FlowDef): string {
    return `smart-cdc-${this.versionTag}-dlq-handled-${flow.name.replace(/_/g, '-')}`;
  }

  /** The connector that restarts FAILED pipeline connectors (connect-plugin/). */
  get supervisorConnectorName(): string {
    return `smart-cdc-${this.versionTag}-supervisor`;
  }

  /** Its restart events. */
  get supervisorTopic(): string {
    return `smart.${this.versionTag}.supervisor`;
  }

  /** Debezium's `topic.heartbeat.prefix`: heartbeats of a source go to `<it>.<topic prefix>`. */
  get heartbeatTopicPrefix(): string {
    return '__debezium-heartbeat';
  }

  heartbeatTopic(db: DatabaseId): string {
    return `${this.heartbeatTopicPrefix}.${this.topicPrefix(db)}`;
  }

  /** Every heartbeat topic of this major version starts with it. */
  get heartbeatTopicNamePrefix(): string {
    return `${this.heartbeatTopicPrefix}.${this.topicNamePrefix}`;
  }

  // ---- Ranger names (per environment: one Ranger Admin may serve several) ---------------------

  /** Every Ranger service and policy the stack of `env` owns starts with it. */
  rangerPrefix(env: string): string {
    return `smart-cdc-${env}-`;
  }

  rangerDatabaseService(env: string, db: DatabaseId): string {
    return `${this.rangerPrefix(env)}${db}`;
  }

  rangerKafkaService(env: string): string {
    return `${this.rangerPrefix(env)}kafka`;
  }
}

export interface CarriedColumn {
  /** schema.table */
  readonly table: string;
  readonly column: string;
  /** catalogue type (compared by base type: numeric(5,4) is numeric) */
  readonly type: string;
  readonly flows: readonly string[];
}

export function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** SQL predicate of a row filter, e.g. `status IN ('published')`. */
export function filterSql(filter: RowFilter): string {
  const lit = (v: string | boolean) => (typeof v === 'boolean' ? String(v) : `'${v.replace(/'/g, "''")}'`);
  return `${filter.column} IN (${filter.in.map(lit).join(', ')})`;
}
